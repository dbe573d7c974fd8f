package nl.langerthuis.graph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

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

  static String of(SimpleQueryRunner runner) {
    List<String> rows = new ArrayList<>();
    runner
        .run(NODES)
        .forEachRemaining(
            r ->
                rows.add(
                    "N"
                        + r.get("labels").asList(Value::asString).stream().sorted().toList()
                        + canonical(r.get("props").asMap())));
    runner
        .run(RELATIONSHIPS)
        .forEachRemaining(
            r ->
                rows.add(
                    "R"
                        + r.get("from").asString()
                        + "|"
                        + r.get("type").asString()
                        + "|"
                        + r.get("to").asString()
                        + canonical(r.get("props").asMap())));
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

  private static String canonical(Map<String, Object> properties) {
    return new TreeMap<>(properties).toString();
  }
}
