package nl.langerthuis.graph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.langerthuis.graph.model.GraphModel;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The one owner of the Neo4j driver (and, by default, of the embedded database behind it).
 * Everything else reads through a {@link GraphReader} per request and writes through {@link
 * SeedWriter}.
 */
public final class GraphStore implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GraphStore.class.getName());

  /** A check that has not answered after this long makes the store count as unreachable. */
  private static final Duration STALLED = Duration.ofSeconds(10);

  private static final String STATUS =
      "OPTIONAL MATCH (s:SeedInfo) "
          + "RETURN s.hash AS seedHash, toString(s.loadedAt) AS loadedAt, "
          + "COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-->(:Entity) } AS relationships";

  private final StoreConfig config;
  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private volatile StoreHealth health = StoreHealth.starting();
  private volatile Instant checkStarted;
  private volatile boolean loading;
  private ScheduledExecutorService monitor;
  private final BookmarkManager bookmarks =
      BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

  private GraphStore(StoreConfig config, EmbeddedNeo4j embedded, Driver driver) {
    this.config = config;
    this.embedded = embedded;
    this.driver = driver;
  }

  /**
   * Checks what needs no database: that no other process holds the embedded store. Creates nothing.
   */
  public static void checkAvailable(StoreConfig config) {
    if (config.isEmbedded()) {
      EmbeddedNeo4j.checkNotInUse(config.dataDir());
    }
  }

  /**
   * Starts the embedded database or connects to the external one. The schema is not applied here
   * (see {@link #applySchema()}), so a serving instance needs only read rights.
   */
  public static GraphStore open(StoreConfig config) {
    checkAvailable(config);
    EmbeddedNeo4j embedded =
        config.isEmbedded() ? new EmbeddedNeo4j(config.dataDir(), config.boltPort()) : null;
    String uri = embedded != null ? embedded.boltUri() : config.uri();
    String user = embedded != null ? EmbeddedNeo4j.USER : config.user();
    String password = embedded != null ? embedded.password() : config.password();
    Config driverConfig =
        Config.builder()
            .withLogging(org.neo4j.driver.Logging.none())
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .build();
    Driver driver =
        user == null
            ? GraphDatabase.driver(uri, AuthTokens.none(), driverConfig)
            : GraphDatabase.driver(uri, AuthTokens.basic(user, password), driverConfig);
    GraphStore store = new GraphStore(config, embedded, driver);
    try {
      driver.verifyConnectivity();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw new StoreException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
    }
  }

  /**
   * The file that holds the embedded store's Bolt password (readable only by its owner), when the
   * store is embedded.
   */
  public Optional<Path> boltPasswordFile() {
    return embedded == null ? Optional.empty() : Optional.of(embedded.passwordFile());
  }

  /**
   * How a reader opens its session: the configured database (no round trip to find the home
   * database), the store's one bookmark manager (so reads follow the latest load, also on a
   * cluster), READ access (routed to any member).
   */
  public SessionConfig readSessionConfig() {
    return sessionConfig(AccessMode.READ);
  }

  private SessionConfig sessionConfig(AccessMode mode) {
    return SessionConfig.builder()
        .withDatabase(config.database())
        .withBookmarkManager(bookmarks)
        .withDefaultAccessMode(mode)
        .build();
  }

  /** The Bolt URI other tools can use to look at the same graph. */
  public String boltUri() {
    return embedded != null ? embedded.boltUri() : config.uri();
  }

  /** The embedded database, if this store runs one (tests stop it to see an outage). */
  EmbeddedNeo4j embeddedDatabase() {
    return embedded;
  }

  public StoreConfig config() {
    return config;
  }

  /**
   * A reader for one request: read-only transactions bounded by the configured timeout, statements
   * counted.
   */
  public GraphReader reader() {
    return new GraphReader(driver, readSessionConfig(), config.queryTimeout());
  }

  public SeedWriter writer() {
    return new SeedWriter(driver, sessionConfig(AccessMode.WRITE));
  }

  /** The hash of the seed the graph was built from, if one was loaded. */
  public Optional<String> seedHash() {
    try (Session session = driver.session(readSessionConfig())) {
      return session
          .executeRead(tx -> tx.run("MATCH (s:SeedInfo) RETURN s.hash AS hash").list())
          .stream()
          .map(r -> r.get("hash").asString())
          .findFirst();
    }
  }

  /** The loaded seed's hash and load time and the graph's counts, asked of Neo4j now. */
  private Map<String, Object> askStatus() {
    try (Session session = driver.session(readSessionConfig())) {
      return session
          .run(STATUS, TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build())
          .single()
          .asMap();
    }
  }

  /**
   * The store's health as last checked, answered from memory: a check that has hung for a few
   * seconds already counts as unreachable.
   */
  public StoreHealth health() {
    Instant started = checkStarted;
    StoreHealth known = health;
    if (started == null
        || known.unreachable()
        || Duration.between(started, Instant.now()).compareTo(STALLED) < 0) {
      return known;
    }
    return new StoreHealth(
        StoreHealth.State.UNREACHABLE,
        "the store has not answered a check for "
            + StoreHealth.seconds(Duration.between(started, Instant.now())),
        started,
        known.seed());
  }

  /** The health as the JSON body of a readiness probe. */
  public Map<String, Object> healthReport() {
    return health().report();
  }

  /** Marks the store as being loaded; readiness answers 503 until {@link #loaded()}. */
  public void loading() {
    loading = true;
    health = health.next(StoreHealth.State.LOADING, "the seed is being loaded", health.seed());
  }

  /** Ends {@link #loading()} and checks the store again. */
  public void loaded() {
    loading = false;
    checkHealth();
  }

  /** Asks the store for its status now and keeps the answer for {@link #health()}. */
  public void checkHealth() {
    Instant started = Instant.now();
    checkStarted = started;
    try {
      Map<String, Object> status = new LinkedHashMap<>(askStatus());
      status.values().removeIf(Objects::isNull);
      if (loading) {
        health = health.next(StoreHealth.State.LOADING, "the seed is being loaded", status);
      } else if (!status.containsKey("seedHash")) {
        health =
            health.next(
                StoreHealth.State.EMPTY, "the store holds no seed (run load, or serve)", status);
      } else {
        health = health.next(StoreHealth.State.READY, "", status);
      }
    } catch (RuntimeException e) {
      StoreHealth known = health;
      health =
          new StoreHealth(
              StoreHealth.State.UNREACHABLE,
              "the store does not answer: " + e.getMessage(),
              known.unreachable() ? known.since() : started,
              known.seed());
    } finally {
      checkStarted = null;
    }
  }

  /**
   * Checks the store every {@code interval} on a background thread, so that {@link #health()} stays
   * current without a request ever waiting for Neo4j.
   */
  public synchronized void startMonitoring(Duration interval) {
    if (monitor != null) {
      return;
    }
    monitor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "store-health");
              thread.setDaemon(true);
              return thread;
            });
    monitor.scheduleWithFixedDelay(
        this::checkHealth, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Whether the graph still has the content the loader wrote: its checksum matches the one kept
   * beside the seed hash. False for a graph changed outside the loader (or loaded by a version that
   * kept no checksum).
   */
  public boolean contentUnchanged() {
    try (Session session = driver.session(readSessionConfig())) {
      return session.executeRead(
          tx -> {
            List<org.neo4j.driver.Record> kept =
                tx.run("MATCH (s:SeedInfo) RETURN s.checksum AS checksum").list();
            if (kept.isEmpty() || kept.get(0).get("checksum").isNull()) {
              return false;
            }
            return kept.get(0).get("checksum").asString().equals(GraphChecksum.of(tx));
          });
    }
  }

  /**
   * Makes sure the constraints and indexes the model needs exist ({@link SchemaStatements}). Needs
   * write rights: {@code load} applies it (and {@code serve} when it loads), not every serving
   * instance.
   */
  public void applySchema() {
    try (Session session = driver.session(sessionConfig(AccessMode.WRITE))) {
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
    synchronized (this) {
      if (monitor != null) {
        monitor.shutdownNow();
      }
    }
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
