package nl.langerthuis.graph.api;

import java.util.List;
import java.util.Objects;

/**
 * A saved query from {@code queries/}: its file name without {@code .graphql}, the question its
 * leading comment asks, the GraphQL text, and the variables it declares.
 *
 * @param description the leading {@code #} comment lines, without the {@code #}
 */
public record SavedQuery(String name, String description, String text, List<Variable> variables) {
  public SavedQuery {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(text, "text == null");
    variables = List.copyOf(variables);
  }

  /**
   * A declared variable: its name, its GraphQL type as written, and whether a request must give it.
   */
  public record Variable(String name, String type, boolean required) {}
}
