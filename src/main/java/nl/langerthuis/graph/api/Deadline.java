package nl.langerthuis.graph.api;

import java.time.Duration;
import nl.langerthuis.graph.store.QueryTimeoutException;

/**
 * When a request's time is up. Past it the store is not read any more, so a request that ran out of
 * time stops on its own instead of being interrupted (an interrupt would break the store
 * transaction the thread holds); its statement is bounded by the same limit as a Neo4j transaction
 * timeout.
 */
record Deadline(long nanoTime, Duration limit) {
  static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos(), limit);
  }

  boolean passed() {
    return System.nanoTime() - nanoTime > 0;
  }

  /** Fails with a TIMEOUT error when {@code deadline} has passed; nothing when it is null. */
  static void check(Deadline deadline) {
    if (deadline != null && deadline.passed()) {
      throw new QueryTimeoutException(
          "the request ran past its limit of " + deadline.limit().toMillis() + " ms", null);
    }
  }
}
