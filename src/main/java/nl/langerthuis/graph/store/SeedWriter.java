package nl.langerthuis.graph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.seed.SeedGraph;

/**
 * Replaces the graph with a validated seed in one write transaction: readers see the old graph or
 * the new one, never a mix, and a failure leaves the old graph as it was.
 */
public final class SeedWriter {
  private static final int BATCH = 500;

  private final CypherRunner runner;

  SeedWriter(CypherRunner runner) {
    this.runner = runner;
  }

  public void replaceWith(SeedGraph graph) {
    runner.write(
        tx -> {
          tx.run("MATCH (n) WHERE n:Entity OR n:Key OR n:SeedInfo DETACH DELETE n");
          writeNodes(tx, graph.nodes());
          writeKeys(tx, graph.nodes());
          writeRelationships(tx, graph.relationships());
          tx.run(
              "MATCH (r:Region) WHERE r.hasIntegratedCareNetwork IS NULL"
                  + " AND EXISTS { (:IntegratedCareNetwork)-[:RUNS_IN]->(r) } SET r.hasIntegratedCareNetwork = true");
          tx.run(
              "CREATE (:SeedInfo {hash: $hash, checksum: $checksum, loadedAt: datetime(),"
                  + " nodes: $nodes, relationships: $relationships})",
              Map.of(
                  "hash",
                  graph.hash(),
                  "checksum",
                  GraphChecksum.of(tx),
                  "nodes",
                  graph.nodes().size(),
                  "relationships",
                  graph.relationships().size()));
          return null;
        });
  }

  /**
   * Labels and types come as data ({@code $(...)}, Cypher 5.26): one plan for all nodes, one for
   * all links.
   */
  private static void writeNodes(CypherRunner.Statements tx, List<SeedGraph.Node> nodes) {
    List<Map<String, Object>> rows =
        nodes.stream()
            .map(
                n -> Map.<String, Object>of("labels", checked(n.labels()), "props", n.properties()))
            .toList();
    batched(
        rows,
        batch ->
            tx.run(
                "UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props",
                Map.of("rows", batch)));
  }

  /**
   * One {@code (:Key)-[:NAMES {exact}]->(node)} per lookup key: {@code exact: true} for a name,
   * alias, abbreviation or id, {@code exact: false} for a whole-word part of one (see {@code
   * NameMatch}, which prefers exact names).
   */
  private static void writeKeys(CypherRunner.Statements tx, List<SeedGraph.Node> nodes) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SeedGraph.Node n : nodes) {
      n.keys().forEach(key -> rows.add(Map.of("id", n.id(), "key", key, "exact", true)));
      n.partKeys().forEach(key -> rows.add(Map.of("id", n.id(), "key", key, "exact", false)));
    }
    batched(
        rows,
        batch ->
            tx.run(
                "UNWIND $rows AS row MATCH (n:Entity {id: row.id})"
                    + " MERGE (k:Key {key: row.key}) CREATE (k)-[:NAMES {exact: row.exact}]->(n)",
                Map.of("rows", batch)));
  }

  private static void writeRelationships(
      CypherRunner.Statements tx, List<SeedGraph.Relationship> relationships) {
    List<Map<String, Object>> rows =
        relationships.stream()
            .map(
                r ->
                    Map.<String, Object>of(
                        "type",
                        checked(r.type()),
                        "from",
                        r.from(),
                        "to",
                        r.to(),
                        "props",
                        r.properties()))
            .toList();
    batched(
        rows,
        batch ->
            tx.run(
                "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})"
                    + " CREATE (a)-[r:$(row.type)]->(b) SET r = row.props",
                Map.of("rows", batch)));
  }

  private static void batched(
      List<Map<String, Object>> rows,
      java.util.function.Consumer<List<Map<String, Object>>> write) {
    for (int i = 0; i < rows.size(); i += BATCH) {
      write.accept(rows.subList(i, Math.min(rows.size(), i + BATCH)));
    }
  }

  /**
   * Labels and relationship types come from the seed vocabulary; this guards the one place they
   * meet Cypher text.
   */
  private static List<String> checked(List<String> names) {
    names.forEach(SeedWriter::checked);
    return names;
  }

  private static String checked(String name) {
    if (!name.matches("[A-Z][A-Za-z_]*")) {
      throw new IllegalArgumentException("not a label or relationship type: " + name);
    }
    return name;
  }
}
