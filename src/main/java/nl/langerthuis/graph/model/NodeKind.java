package nl.langerthuis.graph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of node: its GraphQL type, its Neo4j label, the id prefix of its seed records and how each
 * of its fields reads the graph.
 */
public record NodeKind(
    String typeName,
    String label,
    String prefix,
    Map<String, FieldBinding> fields,
    Map<String, SeedField> seedFields) {
  public NodeKind {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    seedFields = Collections.unmodifiableMap(new LinkedHashMap<>(seedFields));
  }

  /** The field of this name that the seed format accepts on records of this kind. */
  public Optional<SeedField> seedField(String name) {
    return Optional.ofNullable(seedFields.get(name));
  }

  public Optional<FieldBinding> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }
}
