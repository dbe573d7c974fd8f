package nl.langerthuis.graph.seed;

import java.io.Serial;
import java.util.List;

/**
 * The seed could not be read or failed validation; nothing was written. Lists every problem found.
 */
public final class SeedException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public SeedException(List<String> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code file:line: what is wrong}. */
  public List<String> problems() {
    return problems;
  }

  private static String summary(List<String> problems) {
    int shown = Math.min(problems.size(), 50);
    String head =
        problems.size()
            + " problem(s) in the seed:\n  "
            + String.join("\n  ", problems.subList(0, shown));
    return shown < problems.size()
        ? head + "\n  ... and " + (problems.size() - shown) + " more"
        : head;
  }
}
