package nl.langerthuis.graph.model;

import java.util.List;

/** How one entry point of {@code Query} finds its nodes, as its SDL directive declares it. */
public sealed interface RootField {
  /** How a lookup reads its one argument. */
  enum LookupKind {
    ID,
    KAMERSTUK,
    NAME
  }

  /** One node of {@code label} by id, Kamerstuk number or name; {@code argument} carries it. */
  record Lookup(LookupKind by, String label, String argument) implements RootField {}

  /**
   * The nodes of {@code label} that pass every filter, ordered by sort key: a Relay connection
   * paged by {@code first} and {@code after}, or a plain list of at most {@code limit} nodes.
   */
  record Listing(String label, boolean connection, int limit, List<Filter> filters)
      implements RootField {
    public Listing {
      filters = List.copyOf(filters);
    }
  }

  /** Full-text search over the named index of every node's {@code properties}. */
  record Search(String index, List<String> properties, String analyzer) implements RootField {
    public Search {
      properties = List.copyOf(properties);
    }
  }
}
