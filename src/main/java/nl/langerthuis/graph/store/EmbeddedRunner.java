package nl.langerthuis.graph.store;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Cypher run on the embedded database's own transactions: no Bolt connector, no socket and no
 * serialisation between the service and its store. Reads run with a read-only access mode, so a
 * statement that tries to write fails as it would in a driver's read transaction.
 */
final class EmbeddedRunner implements CypherRunner {
  private static final SecurityContext READ_ONLY =
      SecurityContext.AUTH_DISABLED.withMode(AccessMode.Static.READ);

  private final GraphDatabaseAPI database;

  EmbeddedRunner(GraphDatabaseService database) {
    this.database = (GraphDatabaseAPI) database;
  }

  @Override
  public <T> T read(Duration timeout, Work<T> work) {
    try (Transaction tx =
        database.beginTransaction(
            KernelTransaction.Type.EXPLICIT,
            READ_ONLY,
            ClientConnectionInfo.EMBEDDED_CONNECTION,
            timeout.toMillis(),
            TimeUnit.MILLISECONDS)) {
      return work.in(statements(tx));
    } catch (RuntimeException e) {
      throw translated(e, timeout);
    }
  }

  /** Embedded reads are never replayed anyway. */
  @Override
  public <T> T readOnce(Duration timeout, Work<T> work) {
    return read(timeout, work);
  }

  @Override
  public <T> T write(Work<T> work) {
    try (Transaction tx = database.beginTx()) {
      T result = work.in(statements(tx));
      tx.commit();
      return result;
    }
  }

  @Override
  public void schema(String statement) {
    database.executeTransactionally(statement);
  }

  private static Statements statements(Transaction tx) {
    return new Statements() {
      @Override
      public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        each(cypher, parameters, rows::add);
        return rows;
      }

      @Override
      public void each(
          String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
        try (Result result = tx.execute(cypher, parameters)) {
          while (result.hasNext()) {
            row.accept(plainMap(result.next()));
          }
        }
      }
    };
  }

  /**
   * The values the driver would have given: arrays as lists, every integer a {@code Long}, every
   * float a {@code Double}.
   */
  private static Object plain(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Map<?, ?> map) {
      return plainMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> plain = new ArrayList<>(list.size());
      list.forEach(item -> plain.add(plain(item)));
      return plain;
    }
    if (value != null && value.getClass().isArray()) {
      int length = Array.getLength(value);
      List<Object> plain = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        plain.add(plain(Array.get(value, i)));
      }
      return plain;
    }
    return value;
  }

  private static Map<String, Object> plainMap(Map<?, ?> map) {
    Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
    map.forEach((key, value) -> plain.put((String) key, plain(value)));
    return plain;
  }

  private static RuntimeException translated(RuntimeException e, Duration timeout) {
    if (e instanceof QueryTimeoutException || e instanceof StoreException) {
      return e;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Status.HasStatus status
          && status.status().code().serialize().contains("TransactionTimedOut")) {
        return QueryTimeoutException.after(timeout, e);
      }
    }
    return new StoreException("Neo4j read failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    // the database belongs to EmbeddedNeo4j, which shuts it down
  }
}
