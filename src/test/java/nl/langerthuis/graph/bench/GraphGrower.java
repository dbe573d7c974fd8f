package nl.langerthuis.graph.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Grows the loaded graph synthetically, for the benchmark only: every motion, pilot, programme and
 * measurement is copied {@code scale - 1} times (ids and sort keys get a {@code ~k} suffix), with
 * every relationship it has. A relationship between two copied kinds joins the copies of the same
 * generation; one to anything else joins the copy to the original (the same document, person or
 * organisation). Lookup keys are not copied, so names still find the originals.
 */
final class GraphGrower {
  private static final String COPIED = "n:Motion OR n:Pilot OR n:Programme OR n:Measurement";

  private final Driver driver;

  GraphGrower(Driver driver) {
    this.driver = driver;
  }

  /** Sizes of the graph in nodes and relationships between entities. */
  record Size(long nodes, long relationships) {}

  Size size() {
    try (Session session = driver.session()) {
      Record row =
          session
              .run(
                  "RETURN COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-->(:Entity) } AS relationships")
              .single();
      return new Size(row.get("nodes").asLong(), row.get("relationships").asLong());
    }
  }

  /** True when a kept store still holds the copies of an earlier run. */
  static boolean isGrown(String boltUri, String password) {
    try (Driver driver = GraphDatabase.driver(boltUri, AuthTokens.basic("neo4j", password));
        Session session = driver.session()) {
      return session
          .run("RETURN EXISTS { MATCH (n:Programme) WHERE n.id CONTAINS '~' } AS grown")
          .single()
          .get("grown")
          .asBoolean();
    }
  }

  void grow(int scale) {
    try (Session session = driver.session()) {
      List<Map<String, Object>> nodes =
          session
              .run(
                  "MATCH (n:Entity) WHERE "
                      + COPIED
                      + " RETURN n.id AS id, n.sortKey AS sortKey, labels(n) AS labels, properties(n) AS props")
              .list(GraphGrower::withoutIdentity);
      if (nodes.stream().anyMatch(n -> ((String) n.get("id")).contains("~"))) {
        throw new IllegalStateException("the graph is grown already (an id contains '~')");
      }
      List<Map<String, Object>> relationships =
          session
              .run(
                  "MATCH (a:Entity)-[r]->(b:Entity) WITH a, r, b, "
                      + COPIED.replace("n:", "a:")
                      + " AS fromCopied, "
                      + COPIED.replace("n:", "b:")
                      + " AS toCopied WHERE fromCopied OR toCopied"
                      + " RETURN a.id AS from, b.id AS to, fromCopied, toCopied, type(r) AS type, properties(r) AS props")
              .list(Record::asMap);
      for (int k = 1; k < scale; k++) {
        String suffix = String.format("~%03d", k);
        session.executeWrite(
            tx -> tx.run(CREATE_NODES, Map.of("rows", nodes, "suffix", suffix)).consume());
        session.executeWrite(
            tx ->
                tx.run(CREATE_RELATIONSHIPS, Map.of("rows", relationships, "suffix", suffix))
                    .consume());
      }
      session.run("CALL db.awaitIndexes(300)").consume();
    }
  }

  /** A node to copy: its identity is given by the copy, the rest of its properties are the same. */
  private static Map<String, Object> withoutIdentity(Record record) {
    Map<String, Object> row = new HashMap<>(record.asMap());
    Map<String, Object> props = new HashMap<>(record.get("props").asMap());
    props.remove("id");
    props.remove("sortKey");
    row.put("props", props);
    return row;
  }

  private static final String CREATE_NODES =
      "UNWIND $rows AS row CREATE (c:$(row.labels) {id: row.id + $suffix, sortKey: row.sortKey + $suffix})"
          + " SET c += row.props";

  private static final String CREATE_RELATIONSHIPS =
      "UNWIND $rows AS row"
          + " MATCH (a:Entity {id: row.from + CASE WHEN row.fromCopied THEN $suffix ELSE '' END})"
          + " MATCH (b:Entity {id: row.to + CASE WHEN row.toCopied THEN $suffix ELSE '' END})"
          + " CREATE (a)-[r:$(row.type)]->(b) SET r = row.props";
}
