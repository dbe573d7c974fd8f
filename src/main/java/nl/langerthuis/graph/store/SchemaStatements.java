package nl.langerthuis.graph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.langerthuis.graph.model.Filter;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.RootField;

/**
 * The constraints and indexes the model needs, every statement idempotent: unique ids and lookup
 * keys, a range index on {@code id} and on {@code sortKey} per label (lookups, index-ordered
 * pages), one per property a listing filters on, and the full-text index of the search entry point.
 */
public final class SchemaStatements {
  private SchemaStatements() {}

  public static List<String> of(GraphModel model) {
    List<String> statements = new ArrayList<>();
    statements.add(
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
    statements.add("CREATE CONSTRAINT key_key IF NOT EXISTS FOR (k:Key) REQUIRE k.key IS UNIQUE");
    Set<String> indexed = new LinkedHashSet<>();
    for (NodeKind kind : model.kinds().values()) {
      indexed.add(kind.label() + ".id");
      indexed.add(kind.label() + ".sortKey");
    }
    for (RootField root : model.roots().values()) {
      if (root instanceof RootField.Listing listing) {
        listing.filters().stream()
            .filter(Filter.Equals.class::isInstance)
            .forEach(f -> indexed.add(listing.label() + "." + ((Filter.Equals) f).property()));
      }
    }
    for (String labelAndProperty : indexed) {
      String[] parts = labelAndProperty.split("\\.");
      statements.add(
          "CREATE INDEX "
              + (parts[0] + "_" + parts[1]).toLowerCase(Locale.ROOT)
              + " IF NOT EXISTS FOR (n:"
              + parts[0]
              + ") ON (n."
              + parts[1]
              + ")");
    }
    model.roots().values().stream()
        .filter(RootField.Search.class::isInstance)
        .map(RootField.Search.class::cast)
        .forEach(search -> statements.add(fullText(search)));
    return statements;
  }

  private static String fullText(RootField.Search search) {
    return "CREATE FULLTEXT INDEX "
        + search.index()
        + " IF NOT EXISTS FOR (n:Entity) ON EACH ["
        + search.properties().stream().map(p -> "n." + p).collect(Collectors.joining(", "))
        + "] OPTIONS {indexConfig: {`fulltext.analyzer`: '"
        + search.analyzer().replace("'", "")
        + "', `fulltext.eventually_consistent`: false}}";
  }
}
