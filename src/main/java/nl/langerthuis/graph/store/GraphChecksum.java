package nl.langerthuis.graph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of the graph's content (entities, lookup keys, their properties and relationships),
 * kept beside the seed hash so that a change made outside the loader, through Bolt for instance, is
 * noticed at the next start. Independent of the order Neo4j returns rows in.
 */
final class GraphChecksum {
  private static final String NODES =
      "MATCH (n) WHERE n:Entity OR n:Key RETURN labels(n) AS labels, properties(n) AS props";
  private static final String RELATIONSHIPS =
      "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Key) AND (b:Entity OR b:Key)"
          + " RETURN coalesce(a.id, 'key:' + a.key) AS from, type(r) AS type,"
          + " coalesce(b.id, 'key:' + b.key) AS to, properties(r) AS props";

  private GraphChecksum() {}

  static String of(CypherRunner.Statements tx) {
    List<String> rows = new ArrayList<>();
    for (Map<String, Object> r : tx.run(NODES)) {
      rows.add("N" + sorted(r.get("labels")) + canonical(r.get("props")));
    }
    for (Map<String, Object> r : tx.run(RELATIONSHIPS)) {
      rows.add(
          "R"
              + r.get("from")
              + "|"
              + r.get("type")
              + "|"
              + r.get("to")
              + canonical(r.get("props")));
    }
    rows.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String row : rows) {
        digest.update(row.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> sorted(Object labels) {
    return ((List<?>) labels).stream().map(String::valueOf).sorted().toList();
  }

  private static String canonical(Object properties) {
    return new TreeMap<>((Map<?, ?>) properties).toString();
  }
}
