package nl.langerthuis.graph.model;

import java.util.List;

/** What one argument of a listing keeps, as its SDL directive declares it. */
public sealed interface Filter {
  String argument();

  /** Nodes whose property equals the argument. */
  record Equals(String argument, String property) implements Filter {}

  /** Nodes whose property contains the argument, ignoring case. */
  record Contains(String argument, String property) implements Filter {}

  /**
   * Nodes named by the argument (a lookup key), or related through {@code types} to a node of
   * {@code label} so named; {@code types} is empty for the node itself.
   */
  record Named(String argument, List<String> types, Direction direction, String label)
      implements Filter {
    public Named {
      types = List.copyOf(types);
    }
  }

  /** Nodes related through {@code types} to the node whose id is the argument. */
  record Related(String argument, List<String> types, Direction direction) implements Filter {
    public Related {
      types = List.copyOf(types);
    }
  }
}
