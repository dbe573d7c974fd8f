package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Read access for one request. Every method is one Cypher statement; all statements of a request
 * run in one read-only transaction bounded by the request's timeout, so they see one snapshot;
 * batch methods take many ids at once so that a GraphQL request costs one statement per field and
 * level, however many nodes it returns. Results are plain Java maps and lists.
 */
public final class GraphReader implements AutoCloseable {
  private static final String NODE = "n {.*}";

  private final Driver driver;
  private final TransactionConfig transactionConfig;
  private final AtomicInteger statements = new AtomicInteger();
  private Session session;
  private Transaction transaction;

  GraphReader(Driver driver, Duration timeout) {
    this.driver = driver;
    this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
  }

  /** How many Cypher statements this reader has run. */
  public int statements() {
    return statements.get();
  }

  /** Nodes by id; ids that do not exist are absent from the result. */
  public Map<String, Map<String, Object>> nodes(Collection<String> ids) {
    return run(
            "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, " + NODE + " AS node",
            Map.of("ids", List.copyOf(ids)))
        .stream()
        .collect(
            Collectors.toMap(
                r -> (String) r.get("id"),
                r -> node(r.get("node")),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  /** For each id, the nodes related to it by {@code relation}, ordered by id. */
  public Map<String, List<Map<String, Object>>> related(Relation relation, Collection<String> ids) {
    String cypher =
        "UNWIND $ids AS id MATCH (a:Entity {id: id}) MATCH "
            + relation.pattern
            + " WITH DISTINCT id, b ORDER BY b.id RETURN id, collect(b {.*}) AS nodes";
    return grouped(run(cypher, Map.of("ids", List.copyOf(ids))), "nodes");
  }

  /**
   * For each id, its status events (REPORTED_IN relationships) oldest first, each with its
   * document.
   */
  public Map<String, List<Map<String, Object>>> statusReports(Collection<String> ids) {
    String cypher =
        "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:REPORTED_IN]->(d:Document)"
            + " WITH id, r, d ORDER BY r.date, d.id RETURN id, collect(r {.*, document: d {.*}}) AS rows";
    return grouped(run(cypher, Map.of("ids", List.copyOf(ids))), "rows");
  }

  /**
   * For each id, up to {@code first} relationships to other entities, with the relationship's
   * sources.
   */
  public Map<String, List<Map<String, Object>>> neighbours(Collection<String> ids, int first) {
    String cypher =
        "UNWIND $ids AS id MATCH (a:Entity {id: id})"
            + " CALL { WITH a MATCH (a)-[r]-(b:Entity) RETURN r, b ORDER BY type(r), b.id LIMIT $first }"
            + " RETURN id, collect({relation: type(r), outgoing: startNode(r) = a, node: b {.*},"
            + " sourceDocs: r.sourceDocs, sourceQuotes: r.sourceQuotes, sourceLocations: r.sourceLocations}) AS rows";
    return grouped(run(cypher, Map.of("ids", List.copyOf(ids), "first", first)), "rows");
  }

  /**
   * One page of a listing in one statement: the total (only if asked) and up to {@code first} nodes
   * after the cursor {@code after} (a sort key), ordered by sort key.
   */
  public Page page(
      Listing listing,
      Map<String, Object> filters,
      int first,
      String after,
      boolean countTotal,
      boolean fetchNodes) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    listing.filters.forEach(
        (name, condition) -> {
          Object value = filters.get(name);
          if (value != null) {
            conditions.add(condition);
            params.put(name, value);
          }
        });
    String where = conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    String match = "MATCH (n:" + listing.label + ") WHERE " + where;
    String total = countTotal ? "COUNT { " + match + " }" : "-1";
    String nodes =
        fetchNodes
            ? "COLLECT { "
                + match
                + " AND ($after IS NULL OR n.sortKey > $after) RETURN "
                + NODE
                + " AS node ORDER BY node.sortKey LIMIT $limit }"
            : "[]";
    params.put("after", after);
    params.put("limit", first + 1);
    Map<String, Object> row =
        run("RETURN " + total + " AS total, " + nodes + " AS nodes", params).get(0);
    List<Map<String, Object>> found = nodeList(row.get("nodes"));
    boolean hasNext = found.size() > first;
    return new Page(
        ((Number) row.get("total")).longValue(),
        hasNext ? found.subList(0, first) : found,
        hasNext);
  }

  /**
   * The node of {@code label} that has {@code key} (a LookupKey of a name, alias, abbreviation or
   * id, or else of a whole-word part of a name; see {@link NameMatch}).
   */
  public Optional<Map<String, Object>> byKey(String label, String key) {
    String cypher = NameMatch.lookup(safeLabel(label), NODE);
    return run(cypher, Map.of("key", key)).stream().map(r -> node(r.get("node"))).findFirst();
  }

  /**
   * Ranked search in three tiers, best first: nodes whose name, alias or abbreviation is exactly
   * {@code key} (a LookupKey); then matches of {@code phraseQuery}; then of {@code wordsQuery}
   * (both Lucene queries over the Dutch full-text index, built from safe words by the caller; the
   * phrase may be empty). A node counts once, in its best tier; its score is the tier (3, 2 or 1)
   * plus its Lucene score squeezed below 1, so that every hit of a better tier outranks every hit
   * of a worse one.
   */
  public List<Map<String, Object>> search(
      String key, String phraseQuery, String wordsQuery, int first) {
    String cypher =
        "CALL {"
            + " MATCH (:Key {key: $key})-[r:NAMES]->(n:Entity) WHERE coalesce(r.exact, true)"
            + " RETURN n, 3 AS tier, 1.0 AS score"
            + " UNION ALL"
            + " CALL db.index.fulltext.queryNodes('entity_text', CASE $phrase WHEN '' THEN $words ELSE $phrase END,"
            + " {limit: $limit}) YIELD node AS n, score"
            + " WHERE $phrase <> '' RETURN n, 2 AS tier, score"
            + " UNION ALL"
            + " CALL db.index.fulltext.queryNodes('entity_text', $words, {limit: $limit}) YIELD node AS n, score"
            + " RETURN n, 1 AS tier, score }"
            + " WITH n, tier + score / (score + 1.0) AS score ORDER BY score DESC"
            + " WITH n, max(score) AS score ORDER BY score DESC, n.id LIMIT $first"
            + " RETURN "
            + NODE
            + " AS node, score";
    return run(
        cypher,
        Map.of(
            "key",
            key,
            "phrase",
            phraseQuery,
            "words",
            wordsQuery,
            "first",
            first,
            "limit",
            first * 3 + 10));
  }

  /**
   * Measurements, optionally about one subject id and with a metric containing {@code metric} (any
   * case).
   */
  public List<Map<String, Object>> measurements(String subject, String metric) {
    String cypher =
        "MATCH (n:Measurement) WHERE ($subject IS NULL OR EXISTS { (n)-[:MEASURES]->(:Entity {id: $subject}) })"
            + " AND ($metric IS NULL OR toLower(n.metric) CONTAINS toLower($metric))"
            + " RETURN "
            + NODE
            + " AS node ORDER BY n.id LIMIT 1000";
    Map<String, Object> params = new HashMap<>();
    params.put("subject", subject);
    params.put("metric", metric);
    return run(cypher, params).stream().map(r -> node(r.get("node"))).toList();
  }

  private List<Map<String, Object>> run(String cypher, Map<String, Object> params) {
    statements.incrementAndGet();
    try {
      return transaction().run(cypher, params).list(Record::asMap);
    } catch (ClientException e) {
      abandonTransaction();
      if (e.code() != null && e.code().contains("TransactionTimedOut")) {
        throw new QueryTimeoutException(
            "the query took longer than " + transactionConfig.timeout().toMillis() + " ms", e);
      }
      throw new StoreException("Neo4j refused a read: " + e.code(), e);
    } catch (Neo4jException e) {
      abandonTransaction();
      throw new StoreException("Neo4j read failed: " + e.code(), e);
    }
  }

  /**
   * One read transaction per request: every statement of a request sees the same snapshot of the
   * graph.
   */
  private Transaction transaction() {
    if (transaction == null) {
      transaction = session().beginTransaction(transactionConfig);
    }
    return transaction;
  }

  private void abandonTransaction() {
    if (transaction != null) {
      try {
        transaction.close();
      } catch (Neo4jException ignored) {
        // the transaction already failed; closing is best effort
      }
      transaction = null;
    }
  }

  private Session session() {
    if (session == null) {
      session =
          driver.session(
              SessionConfig.builder()
                  .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
                  .build());
    }
    return session;
  }

  private static Map<String, List<Map<String, Object>>> grouped(
      List<Map<String, Object>> rows, String column) {
    Map<String, List<Map<String, Object>>> result = new HashMap<>();
    for (Map<String, Object> row : rows) {
      result.put((String) row.get("id"), nodeList(row.get(column)));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> nodeList(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Object value) {
    return (Map<String, Object>) value;
  }

  private static String safeLabel(String label) {
    if (!label.matches("[A-Z][A-Za-z]*")) {
      throw new IllegalArgumentException("not a label: " + label);
    }
    return label;
  }

  @Override
  public void close() {
    abandonTransaction();
    if (session != null) {
      session.close();
    }
  }
}
