package nl.langerthuis.graph.store;

/** A read transaction ran past the request's timeout and was terminated by Neo4j. */
public final class QueryTimeoutException extends RuntimeException {
  public QueryTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
