package nl.langerthuis.graph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j running inside this JVM. The service reads and writes it through its own transactions
 * ({@link EmbeddedRunner}); the Bolt connector is opened only when a port is given, for other tools
 * (Neo4j Browser, cypher-shell), on loopback and with a password kept in the data folder.
 */
final class EmbeddedNeo4j implements AutoCloseable {
  static final String USER = "neo4j";
  static final String PASSWORD_FILE = "bolt-password";

  private final DatabaseManagementService management;
  private final GraphDatabaseService database;
  private final int boltPort;
  private final Path passwordFile;

  /**
   * @param boltPort the loopback port of the Bolt connector, or 0 for none
   */
  EmbeddedNeo4j(Path home, int boltPort) {
    this.passwordFile = home.resolve(PASSWORD_FILE);
    boolean bolt = boltPort > 0;
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, bolt)
            .setConfig(GraphDatabaseSettings.auth_enabled, bolt)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2));
    if (bolt) {
      builder
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setConfig(
              GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1));
    }
    this.management = builder.build();
    this.database = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!bolt) {
      this.boltPort = 0;
      return;
    }
    ConnectorPortRegister ports =
        ((GraphDatabaseAPI) database)
            .getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class);
    this.boltPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();
    try {
      setPassword(BoltPassword.ofStore(passwordFile));
    } catch (RuntimeException e) {
      management.shutdown();
      throw e;
    }
  }

  GraphDatabaseService database() {
    return database;
  }

  /**
   * Gives the store's one user the password kept in the data folder, through the system database
   * (an embedded transaction needs no login). Setting the password it already has is refused by
   * Neo4j, which is fine.
   */
  private void setPassword(String secret) {
    GraphDatabaseService system = management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", secret));
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("same")) {
        throw new StoreException("cannot set the Bolt password: " + e.getMessage(), e);
      }
    }
  }

  Path passwordFile() {
    return passwordFile;
  }

  /**
   * Fails when another process has the store open: Neo4j holds a lock on {@code
   * data/databases/store_lock} while it runs. Writes nothing and creates nothing.
   */
  static void checkNotInUse(Path home) {
    Path lock = home.resolve("data").resolve("databases").resolve("store_lock");
    if (!Files.exists(lock)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock probe = channel.tryLock();
      if (probe == null) {
        throw inUse(home);
      }
      probe.release();
    } catch (OverlappingFileLockException e) {
      throw inUse(home);
    } catch (IOException e) {
      throw new StoreException(
          "cannot open the store in " + home.toAbsolutePath().normalize() + ": " + e.getMessage(),
          e);
    }
  }

  private static StoreException inUse(Path home) {
    return new StoreException(
        "the store in "
            + home.toAbsolutePath().normalize()
            + " is in use by another process (a running serve or load?); stop it or give another --data",
        null);
  }

  /** The Bolt address, when the connector is open. */
  Optional<String> boltUri() {
    return boltPort == 0 ? Optional.empty() : Optional.of("bolt://127.0.0.1:" + boltPort);
  }

  @Override
  public void close() {
    management.shutdown();
  }
}
