package nl.langerthuis.graph.model;

/** Direction of a relationship, seen from the node that declares the field or filter. */
public enum Direction {
  OUT,
  IN,
  BOTH;

  /** The Cypher pattern from {@code a} over {@code types} to {@code b}. */
  public String pattern(String a, String types, String b) {
    return switch (this) {
      case OUT -> "(" + a + ")-[:" + types + "]->(" + b + ")";
      case IN -> "(" + a + ")<-[:" + types + "]-(" + b + ")";
      case BOTH -> "(" + a + ")-[:" + types + "]-(" + b + ")";
    };
  }
}
