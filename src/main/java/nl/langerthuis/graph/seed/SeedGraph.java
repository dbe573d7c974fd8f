package nl.langerthuis.graph.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated seed, ready to write: nodes and relationships with Neo4j-ready property values
 * (strings, longs, doubles, booleans and lists of strings), the content hash that identifies it,
 * and the Kamerstuk references the curators declared not to be motions.
 */
public record SeedGraph(
    List<Node> nodes,
    List<Relationship> relationships,
    String hash,
    Set<String> notMotionReferences) {

  public SeedGraph {
    nodes = List.copyOf(nodes);
    relationships = List.copyOf(relationships);
    notMotionReferences = Set.copyOf(notMotionReferences);
  }

  /**
   * A node: its id, its labels (always including {@code Entity}), its properties, its lookup keys
   * (exact: name, abbreviation, alias, title, id) and its part keys (whole-word parts of its names,
   * see {@link LookupKey#parts}), which a lookup uses only where no node is named exactly.
   */
  public record Node(
      String id,
      List<String> labels,
      Map<String, Object> properties,
      Set<String> keys,
      Set<String> partKeys) {}

  /** A relationship between two node ids. */
  public record Relationship(String type, String from, String to, Map<String, Object> properties) {}

  public long count(String label) {
    return nodes.stream().filter(n -> n.labels().contains(label)).count();
  }
}
