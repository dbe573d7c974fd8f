package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Cypher run through the Bolt driver on an external server or cluster: every session names the
 * configured database (no round trip to find the home database) and shares one bookmark manager
 * (reads follow the latest load, also on a cluster); reads run in transaction functions, so
 * transient failures are retried, and are routed to any member.
 */
final class DriverRunner implements CypherRunner {
  private static final Logger LOG = Logger.getLogger(DriverRunner.class.getName());

  private final Driver driver;
  private final String database;
  private final BookmarkManager bookmarks =
      BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

  DriverRunner(Driver driver, String database) {
    this.driver = driver;
    this.database = database;
  }

  private SessionConfig session(AccessMode mode) {
    return SessionConfig.builder()
        .withDatabase(database)
        .withBookmarkManager(bookmarks)
        .withDefaultAccessMode(mode)
        .build();
  }

  @Override
  public <T> T read(Duration timeout, Work<T> work) {
    TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
    try (Session session = driver.session(session(AccessMode.READ))) {
      return session.executeRead(tx -> work.in(statements(tx)), config);
    } catch (Neo4jException e) {
      throw translated(e, timeout);
    }
  }

  /** An explicit transaction rather than a retried transaction function. */
  @Override
  public <T> T readOnce(Duration timeout, Work<T> work) {
    TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
    try (Session session = driver.session(session(AccessMode.READ));
        Transaction tx = session.beginTransaction(config)) {
      return work.in(statements(tx));
    } catch (Neo4jException e) {
      throw translated(e, timeout);
    }
  }

  private static RuntimeException translated(Neo4jException e, Duration timeout) {
    if (e instanceof ClientException) {
      if (e.code() != null && e.code().contains("TransactionTimedOut")) {
        return QueryTimeoutException.after(timeout, e);
      }
      return new StoreException("Neo4j refused a read: " + e.code(), e);
    }
    return new StoreException("Neo4j read failed: " + e.code(), e);
  }

  @Override
  public <T> T write(Work<T> work) {
    try (Session session = driver.session(session(AccessMode.WRITE))) {
      return session.executeWrite(tx -> work.in(statements(tx)));
    }
  }

  @Override
  public void schema(String statement) {
    try (Session session = driver.session(session(AccessMode.WRITE))) {
      session.executeWrite(tx -> tx.run(statement).consume());
    }
  }

  private static Statements statements(SimpleQueryRunner tx) {
    return new Statements() {
      @Override
      public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
        return tx.run(cypher, parameters).list(Record::asMap);
      }

      @Override
      public void each(
          String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
        tx.run(cypher, parameters).forEachRemaining(record -> row.accept(record.asMap()));
      }
    };
  }

  @Override
  public void close() {
    try {
      driver.close();
    } catch (Neo4jException e) {
      LOG.log(Level.FINE, "closing the driver", e);
    }
  }
}
