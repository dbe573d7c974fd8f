package nl.langerthuis.graph.store;

import java.io.Serial;
import java.time.Duration;

/** A read transaction ran past the request's timeout and was terminated by Neo4j. */
public final class QueryTimeoutException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Neo4j ended a transaction that ran past {@code timeout}. */
  static QueryTimeoutException after(Duration timeout, Throwable cause) {
    return new QueryTimeoutException(
        "the query took longer than " + timeout.toMillis() + " ms", cause);
  }
}
