package nl.langerthuis.graph.store;

import java.io.Serial;

/** Neo4j could not be reached or refused a statement; the message says which store and why. */
public final class StoreException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
