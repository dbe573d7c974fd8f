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
import nl.langerthuis.graph.model.GraphModel;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The one owner of the database: the embedded Neo4j (the default), read and written in this JVM, or
 * the driver of an external server or cluster. Everything else reads through a {@link GraphReader}
 * per request and writes through {@link SeedWriter}.
 */
public final class GraphStore implements AutoCloseable {

  /** A check that has not answered after this long makes the store count as unreachable. */
  private static final Duration STALLED = Duration.ofSeconds(10);

  /**
   * Bound on the store's own reads at start (seed hash, checksum), which are not requests: the
   * first Cypher a JVM compiles can take seconds on a busy machine.
   */
  private static final Duration MAINTENANCE = Duration.ofMinutes(2);

  private static final String STATUS =
      "OPTIONAL MATCH (s:SeedInfo) "
          + "RETURN s.hash AS seedHash, toString(s.loadedAt) AS loadedAt, "
          + "COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-->(:Entity) } AS relationships";

  private final StoreConfig config;
  private final EmbeddedNeo4j embedded;
  private final CypherRunner runner;
  private volatile StoreHealth health = StoreHealth.starting();
  private volatile Instant checkStarted;
  private volatile boolean loading;
  private ScheduledExecutorService monitor;

  private GraphStore(StoreConfig config, EmbeddedNeo4j embedded, CypherRunner runner) {
    this.config = config;
    this.embedded = embedded;
    this.runner = runner;
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
    if (config.isEmbedded()) {
      EmbeddedNeo4j embedded = new EmbeddedNeo4j(config.dataDir(), config.boltPort());
      return new GraphStore(config, embedded, new EmbeddedRunner(embedded.database()));
    }
    Config driverConfig =
        Config.builder()
            .withLogging(org.neo4j.driver.Logging.none())
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .build();
    Driver driver =
        config.user() == null
            ? GraphDatabase.driver(config.uri(), AuthTokens.none(), driverConfig)
            : GraphDatabase.driver(
                config.uri(), AuthTokens.basic(config.user(), config.password()), driverConfig);
    GraphStore store = new GraphStore(config, null, new DriverRunner(driver, config.database()));
    try {
      driver.verifyConnectivity();
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw new StoreException("cannot use Neo4j at " + config.uri() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The file that holds the embedded store's Bolt password (readable only by its owner), when the
   * store is embedded and its Bolt connector open.
   */
  public Optional<Path> boltPasswordFile() {
    return embedded == null || embedded.boltUri().isEmpty()
        ? Optional.empty()
        : Optional.of(embedded.passwordFile());
  }

  /**
   * The Bolt URI other tools can use to look at the same graph: the external server's, or the
   * embedded connector's when {@code --bolt-port} opened it.
   */
  public Optional<String> boltUri() {
    if (embedded == null) {
      return Optional.of(config.uri());
    }
    return embedded.boltUri();
  }

  /** The embedded database, if this store runs one (tests stop it to see an outage). */
  EmbeddedNeo4j embeddedDatabase() {
    return embedded;
  }

  /** How this store runs Cypher (tests in this package use it directly). */
  CypherRunner runner() {
    return runner;
  }

  public StoreConfig config() {
    return config;
  }

  /**
   * A reader for one request: read-only transactions bounded by the configured timeout, statements
   * counted.
   */
  public GraphReader reader() {
    return new GraphReader(runner, config.queryTimeout());
  }

  /** The whole graph in one read transaction, for an export; bounded by the configured timeout. */
  public WholeGraph wholeGraph() {
    return new WholeGraph(runner, config.queryTimeout());
  }

  public SeedWriter writer() {
    return new SeedWriter(runner);
  }

  /** The hash of the seed the graph was built from, if one was loaded. */
  public Optional<String> seedHash() {
    return runner
        .read(MAINTENANCE, tx -> tx.run("MATCH (s:SeedInfo) RETURN s.hash AS hash"))
        .stream()
        .map(r -> (String) r.get("hash"))
        .findFirst();
  }

  /** The loaded seed's hash and load time and the graph's counts, asked of Neo4j now. */
  private Map<String, Object> askStatus() {
    return runner.read(Duration.ofSeconds(30), tx -> tx.run(STATUS)).get(0);
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
    return runner.read(
        MAINTENANCE,
        tx -> {
          List<Map<String, Object>> kept =
              tx.run("MATCH (s:SeedInfo) RETURN s.checksum AS checksum");
          if (kept.isEmpty() || kept.get(0).get("checksum") == null) {
            return false;
          }
          return kept.get(0).get("checksum").equals(GraphChecksum.of(tx));
        });
  }

  /**
   * Makes sure the constraints and indexes the model needs exist ({@link SchemaStatements}). Needs
   * write rights: {@code load} applies it (and {@code serve} when it loads), not every serving
   * instance.
   */
  public void applySchema() {
    for (String statement : schemaStatements()) {
      runner.schema(statement);
    }
    runner.schema("CALL db.awaitIndexes(60)");
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
    runner.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
