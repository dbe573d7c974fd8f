package nl.langerthuis.graph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.langerthuis.graph.model.GraphModel;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The one owner of the Neo4j driver (and, by default, of the embedded database behind it).
 * Everything else reads through a {@link GraphReader} per request and writes through {@link
 * SeedWriter}.
 */
public final class GraphStore implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GraphStore.class.getName());

  private final StoreConfig config;
  private final EmbeddedNeo4j embedded;
  private final Driver driver;

  private GraphStore(StoreConfig config, EmbeddedNeo4j embedded, Driver driver) {
    this.config = config;
    this.embedded = embedded;
    this.driver = driver;
  }

  /**
   * Starts the embedded database or connects to the external one, and makes sure constraints and
   * indexes exist.
   */
  public static GraphStore open(StoreConfig config) {
    EmbeddedNeo4j embedded =
        config.isEmbedded() ? new EmbeddedNeo4j(config.dataDir(), config.boltPort()) : null;
    String uri = embedded != null ? embedded.boltUri() : config.uri();
    Config driverConfig = Config.builder().withLogging(org.neo4j.driver.Logging.none()).build();
    Driver driver =
        config.user() == null
            ? GraphDatabase.driver(uri, AuthTokens.none(), driverConfig)
            : GraphDatabase.driver(
                uri, AuthTokens.basic(config.user(), config.password()), driverConfig);
    GraphStore store = new GraphStore(config, embedded, driver);
    try {
      driver.verifyConnectivity();
      store.applySchema();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw new StoreException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
    }
  }

  /** The Bolt URI other tools can use to look at the same graph. */
  public String boltUri() {
    return embedded != null ? embedded.boltUri() : config.uri();
  }

  public StoreConfig config() {
    return config;
  }

  /**
   * A reader for one request: read-only transactions bounded by the configured timeout, statements
   * counted.
   */
  public GraphReader reader() {
    return new GraphReader(driver, config.queryTimeout());
  }

  public SeedWriter writer() {
    return new SeedWriter(driver);
  }

  /** The hash of the seed the graph was built from, if one was loaded. */
  public Optional<String> seedHash() {
    try (Session session = driver.session()) {
      return session
          .executeRead(tx -> tx.run("MATCH (s:SeedInfo) RETURN s.hash AS hash").list())
          .stream()
          .map(r -> r.get("hash").asString())
          .findFirst();
    }
  }

  /** Node counts per label of the loaded graph, for health checks and progress output. */
  public Map<String, Object> status() {
    try (Session session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run(
                      "OPTIONAL MATCH (s:SeedInfo) "
                          + "RETURN s.hash AS seedHash, toString(s.loadedAt) AS loadedAt, "
                          + "COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-->(:Entity) } AS relationships")
                  .single()
                  .asMap());
    }
  }

  private void applySchema() {
    try (Session session = driver.session()) {
      for (String statement : schemaStatements()) {
        session.executeWrite(tx -> tx.run(statement).consume());
      }
      session.run("CALL db.awaitIndexes(60)").consume();
    }
  }

  static List<String> schemaStatements() {
    return SchemaStatements.of(GraphModel.standard());
  }

  @Override
  public void close() {
    try {
      driver.close();
    } catch (Neo4jException e) {
      LOG.log(Level.FINE, "closing the driver", e);
    }
    if (embedded != null) {
      embedded.close();
    }
  }
}
