package nl.langerthuis.graph.model;

import java.io.Serial;
import java.util.List;

/** The schema declares something the model cannot place; the message names every such item. */
public final class ModelException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ModelException(List<String> problems) {
    super(
        problems.size()
            + " problem(s) in the schema's model declarations:\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
