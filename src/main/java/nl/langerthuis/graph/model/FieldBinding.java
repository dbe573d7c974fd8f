package nl.langerthuis.graph.model;

import java.util.List;

/** How one field of a node type reads the graph, as its SDL directives declare it. */
public sealed interface FieldBinding {

  /** A node property; {@code emptyList} where the field is a non-null list (absent means empty). */
  record Property(String name, boolean emptyList) implements FieldBinding {}

  /**
   * The nodes related through {@code types} (joined by {@code |}) in {@code direction}, of label
   * {@code targetLabel} and, where given, of property kind {@code targetKind}; one or many.
   */
  record Relation(
      List<String> types, Direction direction, String targetLabel, String targetKind, boolean many)
      implements FieldBinding {
    public Relation {
      types = List.copyOf(types);
    }

    public String typePattern() {
      return String.join("|", types);
    }
  }

  /** The node's source passages; the first one where {@code many} is false. */
  record Sources(boolean many) implements FieldBinding {}

  /** The status events of a motion or commitment, oldest first. */
  record StatusHistory() implements FieldBinding {
    /** The relationship from a motion or commitment to each document that reports its status. */
    public static final String RELATIONSHIP = "REPORTED_IN";
  }

  /** Every relationship to another node, paged by the field's {@code first}. */
  record Neighbours(int defaultFirst) implements FieldBinding {}
}
