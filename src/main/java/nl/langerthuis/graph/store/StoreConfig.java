package nl.langerthuis.graph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the graph lives: an embedded Neo4j in {@code dataDir} (the default), or an external server
 * or cluster at {@code uri} ({@code bolt://} or {@code neo4j://}).
 *
 * @param boltPort the loopback port of the embedded Bolt connector, for other tools (it requires
 *     the password kept in the data folder); 0 leaves it closed, as the service itself needs no
 *     Bolt
 * @param queryTimeout bound on every read transaction
 * @param database the Neo4j database every session names (saves a round trip on a cluster)
 */
public record StoreConfig(
    Path dataDir,
    int boltPort,
    String uri,
    String user,
    String password,
    Duration queryTimeout,
    String database) {
  public static final String DEFAULT_DATABASE = "neo4j";

  public StoreConfig {
    Objects.requireNonNull(queryTimeout, "queryTimeout == null");
    Objects.requireNonNull(database, "database == null");
    if (uri == null) {
      Objects.requireNonNull(dataDir, "dataDir == null");
    }
    if (boltPort < 0 || boltPort > 65535) {
      throw new IllegalArgumentException("boltPort must be 0..65535, got " + boltPort);
    }
  }

  public static StoreConfig embedded(Path dataDir, int boltPort) {
    return new StoreConfig(
        dataDir, boltPort, null, null, null, Duration.ofSeconds(10), DEFAULT_DATABASE);
  }

  public static StoreConfig external(String uri, String user, String password) {
    return new StoreConfig(null, 0, uri, user, password, Duration.ofSeconds(10), DEFAULT_DATABASE);
  }

  public boolean isEmbedded() {
    return uri == null;
  }

  public StoreConfig withQueryTimeout(Duration timeout) {
    return new StoreConfig(dataDir, boltPort, uri, user, password, timeout, database);
  }

  public StoreConfig withDatabase(String name) {
    return new StoreConfig(dataDir, boltPort, uri, user, password, queryTimeout, name);
  }
}
