package nl.langerthuis.graph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the graph lives: an embedded Neo4j in {@code dataDir} (the default), or an external server
 * or cluster at {@code uri} ({@code bolt://} or {@code neo4j://}).
 *
 * @param boltPort the loopback port of the embedded Bolt connector; 0 picks a free one
 * @param queryTimeout bound on every read transaction
 */
public record StoreConfig(
    Path dataDir, int boltPort, String uri, String user, String password, Duration queryTimeout) {
  public StoreConfig {
    Objects.requireNonNull(queryTimeout, "queryTimeout == null");
    if (uri == null) {
      Objects.requireNonNull(dataDir, "dataDir == null");
    }
    if (boltPort < 0 || boltPort > 65535) {
      throw new IllegalArgumentException("boltPort must be 0..65535, got " + boltPort);
    }
  }

  public static StoreConfig embedded(Path dataDir, int boltPort) {
    return new StoreConfig(dataDir, boltPort, null, null, null, Duration.ofSeconds(10));
  }

  public static StoreConfig external(String uri, String user, String password) {
    return new StoreConfig(null, 0, uri, user, password, Duration.ofSeconds(10));
  }

  public boolean isEmbedded() {
    return uri == null;
  }

  public StoreConfig withQueryTimeout(Duration timeout) {
    return new StoreConfig(dataDir, boltPort, uri, user, password, timeout);
  }
}
