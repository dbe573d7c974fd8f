package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How the store runs Cypher: {@link EmbeddedRunner} inside this JVM, with no network between the
 * service and its database, or {@link DriverRunner} through the Bolt driver to an external server
 * or cluster. Both hand back rows as plain Java values (lists for arrays, {@code Long} for
 * integers, {@code Double} for floats), so the rest of the store cannot tell them apart.
 */
interface CypherRunner extends AutoCloseable {

  /** The statements of one transaction. */
  interface Statements {
    List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

    default List<Map<String, Object>> run(String cypher) {
      return run(cypher, Map.of());
    }

    /** Hands each row to {@code row} as it is read, without holding the whole result. */
    void each(String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row);
  }

  /** Work done in one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T in(Statements statements);
  }

  /**
   * Runs {@code work} in a read-only transaction that Neo4j ends after {@code timeout} ({@link
   * QueryTimeoutException}); any other failure is a {@link StoreException}.
   */
  <T> T read(Duration timeout, Work<T> work);

  /**
   * Like {@link #read}, but never runs {@code work} a second time: for work whose effects outside
   * the transaction cannot be taken back, such as writing an export.
   */
  <T> T readOnce(Duration timeout, Work<T> work);

  /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
  <T> T write(Work<T> work);

  /** Runs one schema statement (an index or constraint) in a transaction of its own. */
  void schema(String statement);

  @Override
  void close();
}
