package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Read access for one request: it runs the request's one compiled statement in a read-only
 * transaction bounded by the request's timeout, and counts the statements it ran. Results are plain
 * Java maps and lists.
 */
public final class GraphReader implements AutoCloseable {
  private final CypherRunner runner;
  private final Duration timeout;
  private final AtomicInteger statements = new AtomicInteger();
  private volatile String snapshot;

  GraphReader(CypherRunner runner, Duration timeout) {
    this.runner = runner;
    this.timeout = timeout;
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
    List<Map<String, Object>> rows =
        runner.read(timeout, tx -> tx.run(query.cypher(), query.parameters()));
    if (rows.size() != 1) {
      throw new StoreException("a compiled query returned " + rows.size() + " rows, not 1", null);
    }
    Map<String, Object> row = rows.get(0);
    Map<String, Object> result = new LinkedHashMap<>();
    query.columns().forEach((column, key) -> result.put(key, row.get(column)));
    snapshot = (String) row.get(CompiledQuery.SNAPSHOT);
    return result;
  }

  @Override
  public void close() {
    // transactions are closed per statement; nothing is held between statements
  }
}
