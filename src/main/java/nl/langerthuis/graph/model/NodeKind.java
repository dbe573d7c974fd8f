package nl.langerthuis.graph.model;

import java.util.Map;
import java.util.Optional;

/**
 * A kind of node: its GraphQL type, its Neo4j label, the id prefix of its seed records and how each
 * of its fields reads the graph.
 */
public record NodeKind(
    String typeName, String label, String prefix, Map<String, FieldBinding> fields) {
  public NodeKind {
    fields = Map.copyOf(fields);
  }

  public Optional<FieldBinding> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
