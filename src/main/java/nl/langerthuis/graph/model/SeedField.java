package nl.langerthuis.graph.model;

import java.util.List;
import java.util.Set;

/**
 * A field the seed format accepts on a record of some kind, read from the schema: a property of a
 * scalar or enum type (enum fields list their values), a reference that becomes a relationship of
 * {@code relationship} type pointing {@code outgoing} from the record or towards it, to ids with
 * one of {@code targets} (empty: any), or the {@code report} of a status.
 *
 * <p>A property also says how the files that write one id merge it ({@code merge}), the value a
 * node gets where no file states one ({@code defaultValue}, null for none), whether the merged
 * record must state it ({@code required}: the schema's type is non-null and there is no default),
 * and whether the record's id is its kind's prefix followed by the value in canonical form ({@code
 * idForm}, null for none).
 */
public record SeedField(
    String name,
    Kind kind,
    Set<String> values,
    String relationship,
    boolean outgoing,
    List<String> targets,
    Merge merge,
    String defaultValue,
    boolean required,
    IdForm idForm) {
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

  /** How the values several files give one id merge. */
  public enum Merge {
    /** They must be equal; a different value is a conflict that names both places. */
    SAME,
    /** The value of the newest document wins: a status moves on with time. */
    NEWEST,
    /** Texts are joined as paragraphs, each once. */
    JOIN
  }

  /** A canonical form of a value that the record's id repeats after its prefix. */
  public enum IdForm {
    /** A Kamerstuk number, {@code 31765-446} ({@code nl.langerthuis.graph.seed.Kamerstuk}). */
    KAMERSTUK
  }

  public SeedField {
    values = Set.copyOf(values);
    targets = List.copyOf(targets);
    merge = merge == null ? Merge.SAME : merge;
  }

  /** A plain property of this kind, merged as equal values, optional, without a default. */
  public static SeedField property(String name, Kind kind) {
    return new SeedField(
        name, kind, Set.of(), null, false, List.of(), Merge.SAME, null, false, null);
  }

  public boolean isReference() {
    return kind == Kind.REF || kind == Kind.REFS;
  }

  /** True when a reference may name {@code id}. */
  public boolean accepts(String id) {
    return targets.isEmpty() || targets.stream().anyMatch(id::startsWith);
  }

  /** This field with another merge rule. */
  public SeedField withMerge(Merge other) {
    return new SeedField(
        name, kind, values, relationship, outgoing, targets, other, defaultValue, required, idForm);
  }
}
