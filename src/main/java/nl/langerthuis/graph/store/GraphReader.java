package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Read access for one request: it runs the request's one compiled statement in a read transaction
 * function (so transient failures are retried) bounded by the request's timeout, and counts the
 * statements it ran. Results are plain Java maps and lists.
 */
public final class GraphReader implements AutoCloseable {
  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final TransactionConfig transactionConfig;
  private final AtomicInteger statements = new AtomicInteger();
  private volatile String snapshot;

  GraphReader(Driver driver, SessionConfig sessionConfig, Duration timeout) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
  }

  /**
   * The hash of the seed the graph held for the statement this reader ran: the snapshot its answer
   * comes from. Empty before a statement ran, or when the graph holds no seed.
   */
  public Optional<String> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /** How many Cypher statements this reader has run. */
  public int statements() {
    return statements.get();
  }

  /** Runs a compiled query and returns its one row keyed by the result keys of the entry points. */
  public Map<String, Object> read(CompiledQuery query) {
    if (query.isEmpty()) {
      return Map.of();
    }
    statements.incrementAndGet();
    try (Session session = driver.session(sessionConfig)) {
      Record row =
          session.executeRead(
              tx -> tx.run(query.cypher(), query.parameters()).single(), transactionConfig);
      Map<String, Object> result = new LinkedHashMap<>();
      query.columns().forEach((column, key) -> result.put(key, row.get(column).asObject()));
      Value seed = row.get(CompiledQuery.SNAPSHOT);
      snapshot = seed.isNull() ? null : seed.asString();
      return result;
    } catch (ClientException e) {
      if (e.code() != null && e.code().contains("TransactionTimedOut")) {
        throw new QueryTimeoutException(
            "the query took longer than " + transactionConfig.timeout().toMillis() + " ms", e);
      }
      throw new StoreException("Neo4j refused a read: " + e.code(), e);
    } catch (Neo4jException e) {
      throw new StoreException("Neo4j read failed: " + e.code(), e);
    }
  }

  @Override
  public void close() {
    // sessions are closed per statement; nothing is held between statements
  }
}
