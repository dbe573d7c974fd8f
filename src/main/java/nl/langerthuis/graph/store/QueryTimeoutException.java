package nl.langerthuis.graph.store;

import java.io.Serial;

/** A read transaction ran past the request's timeout and was terminated by Neo4j. */
public final class QueryTimeoutException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
