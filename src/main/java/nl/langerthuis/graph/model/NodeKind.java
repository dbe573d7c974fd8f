package nl.langerthuis.graph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of node: its GraphQL type, its Neo4j label, the id prefix of its seed records, how each of
 * its fields reads the graph, the fields curators write, what the loader derives ({@link
 * SeedRules}) and the fields that answer a link to the official publication of a Kamerstuk number.
 */
public record NodeKind(
    String typeName,
    String label,
    String prefix,
    Map<String, FieldBinding> fields,
    Map<String, SeedField> seedFields,
    SeedRules seedRules,
    Set<String> officialUrls) {
  public NodeKind {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    seedFields = Collections.unmodifiableMap(new LinkedHashMap<>(seedFields));
    officialUrls = Set.copyOf(officialUrls);
  }

  /** The field of this name that the seed format accepts on records of this kind. */
  public Optional<SeedField> seedField(String name) {
    return Optional.ofNullable(seedFields.get(name));
  }

  public Optional<FieldBinding> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** True when records of this kind report statuses ({@code report}). */
  public boolean hasReports() {
    return seedFields.values().stream().anyMatch(f -> f.kind() == SeedField.Kind.REPORT);
  }
}
