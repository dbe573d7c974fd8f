package nl.langerthuis.graph.seed;

import java.util.List;
import java.util.Set;

/**
 * One field a seed record of some type may carry. Reference fields become relationships: {@code
 * relation} is the stored type and {@code outgoing} says whether it points from the record to the
 * referenced node.
 */
record Field(
    String name,
    Kind kind,
    Set<String> values,
    String relation,
    boolean outgoing,
    List<String> targets) {
  enum Kind {
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

  static final List<String> ANY = List.of();

  static Field text(String name) {
    return new Field(name, Kind.TEXT, Set.of(), null, false, ANY);
  }

  static Field texts(String name) {
    return new Field(name, Kind.TEXTS, Set.of(), null, false, ANY);
  }

  static Field oneOf(String name, String... values) {
    return new Field(name, Kind.ENUM, Set.of(values), null, false, ANY);
  }

  static Field date(String name) {
    return new Field(name, Kind.DATE, Set.of(), null, false, ANY);
  }

  static Field number(String name) {
    return new Field(name, Kind.NUMBER, Set.of(), null, false, ANY);
  }

  static Field integer(String name) {
    return new Field(name, Kind.INTEGER, Set.of(), null, false, ANY);
  }

  static Field bool(String name) {
    return new Field(name, Kind.BOOLEAN, Set.of(), null, false, ANY);
  }

  static Field report(String name, String... statuses) {
    return new Field(name, Kind.REPORT, Set.of(statuses), null, false, ANY);
  }

  /** A single reference, stored as {@code (record)-[relation]->(target)}. */
  static Field out(String name, String relation, String... prefixes) {
    return new Field(name, Kind.REF, Set.of(), relation, true, List.of(prefixes));
  }

  /** A list of references, stored as {@code (record)-[relation]->(target)}. */
  static Field outs(String name, String relation, String... prefixes) {
    return new Field(name, Kind.REFS, Set.of(), relation, true, List.of(prefixes));
  }

  /** A list of references, stored as {@code (target)-[relation]->(record)}. */
  static Field ins(String name, String relation, String... prefixes) {
    return new Field(name, Kind.REFS, Set.of(), relation, false, List.of(prefixes));
  }

  boolean isReference() {
    return kind == Kind.REF || kind == Kind.REFS;
  }

  boolean accepts(String id) {
    return targets.isEmpty() || targets.stream().anyMatch(id::startsWith);
  }
}
