package nl.langerthuis.graph.store;

/**
 * The Cypher of every lookup by name, in one place. A name given by a user is a {@code LookupKey};
 * it names nodes through {@code (:Key {key})-[:NAMES {exact}]->(node)}. An exact key (a full name,
 * alias, abbreviation or id) wins: whole-word parts ({@code exact: false}, e.g. a surname) count
 * only where no node of the same label is named exactly by the key. Stores written before the
 * {@code exact} property existed read as exact.
 */
final class NameMatch {
  private NameMatch() {}

  /**
   * A condition that holds where {@code $param} names a node {@code var} of {@code label} from
   * which {@code path} leads to the listed node {@code n}; {@code path} is empty when {@code var}
   * is {@code n} itself, and {@code where} is an extra condition ("true" for none).
   *
   * <pre>{@code
   * EXISTS { MATCH (k:Key {key: $submitter})-[r:NAMES]->(p:Person)-[:SUBMITTED]->(n)
   *          WHERE true AND (coalesce(r.exact, true)
   *            OR NOT EXISTS { MATCH (k)-[e:NAMES]->(:Person) WHERE coalesce(e.exact, true) }) }
   * }</pre>
   */
  static String named(String param, String var, String label, String path, String where) {
    return "EXISTS { MATCH (k:Key {key: $"
        + param
        + "})-[r:NAMES]->("
        + var
        + ":"
        + label
        + ")"
        + path
        + " WHERE "
        + where
        + " AND "
        + preferExact(label)
        + " }";
  }

  /** The listed node {@code n} itself is named by {@code $param}. */
  static String named(String param, String label) {
    return named(param, "n", label, "", "true");
  }

  /**
   * One node of {@code label} named by {@code $key}: an exact name before a part, then by id.
   * Returns rows with one column {@code node}.
   */
  static String lookup(String label, String projection) {
    return "MATCH (k:Key {key: $key})-[r:NAMES]->(n:"
        + label
        + ") RETURN "
        + projection
        + " AS node ORDER BY coalesce(r.exact, true) DESC, n.id LIMIT 1";
  }

  private static String preferExact(String label) {
    return "(coalesce(r.exact, true) OR NOT EXISTS { MATCH (k)-[e:NAMES]->(:"
        + label
        + ") WHERE coalesce(e.exact, true) })";
  }
}
