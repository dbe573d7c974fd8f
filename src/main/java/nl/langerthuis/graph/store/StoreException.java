package nl.langerthuis.graph.store;

/** Neo4j could not be reached or refused a statement; the message says which store and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
