package nl.langerthuis.graph.store;

import java.time.Duration;
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
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
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
    } catch (ClientException e) {
      if (e.code() != null && e.code().contains("TransactionTimedOut")) {
        throw new QueryTimeoutException(
            "the query took longer than " + timeout.toMillis() + " ms", e);
      }
      throw new StoreException("Neo4j refused a read: " + e.code(), e);
    } catch (Neo4jException e) {
      throw new StoreException("Neo4j read failed: " + e.code(), e);
    }
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

  private static Statements statements(TransactionContext tx) {
    return (cypher, parameters) -> tx.run(cypher, parameters).list(Record::asMap);
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
