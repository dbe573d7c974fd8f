package nl.langerthuis.graph.model;

import java.util.List;
import java.util.Set;

/**
 * A field the seed format accepts on a record of some kind, read from the schema: a property of a
 * scalar or enum type (enum fields list their values), a reference that becomes a relationship of
 * {@code relationship} type pointing {@code outgoing} from the record or towards it, to ids with
 * one of {@code targets} (empty: any), or the {@code report} of a status.
 */
public record SeedField(
    String name,
    Kind kind,
    Set<String> values,
    String relationship,
    boolean outgoing,
    List<String> targets) {
  /** What a seed field holds. */
  public enum Kind {
    TEXT,
    TEXTS,
    ENUM,
    DATE,
    NUMBER,
    INTEGER,
    BOOLEAN,
    REF,
    REFS,
    REPORT
  }

  public SeedField {
    values = Set.copyOf(values);
    targets = List.copyOf(targets);
  }

  public boolean isReference() {
    return kind == Kind.REF || kind == Kind.REFS;
  }

  /** True when a reference may name {@code id}. */
  public boolean accepts(String id) {
    return targets.isEmpty() || targets.stream().anyMatch(id::startsWith);
  }
}
