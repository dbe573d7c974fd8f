package nl.langerthuis.graph.api;

import java.io.Serial;

/**
 * A query argument broke a rule. The message names the argument and the rule; clients see it as is.
 */
final class ArgumentException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String argument;

  ArgumentException(String argument, String rule) {
    super("Argument '" + argument + "' " + rule);
    this.argument = argument;
  }

  String argument() {
    return argument;
  }
}
