package nl.langerthuis.graph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.langerthuis.graph.seed.SeedReader;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that open the graph store and read the seed. */
final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of the embedded Neo4j store (kept across restarts). Default: ${DEFAULT-VALUE}.")
  Path data = Path.of("data");

  @Option(
      names = "--seed",
      paramLabel = "DIR",
      description = "Folder of the curated seed. Default: ${DEFAULT-VALUE}.")
  Path seed = Path.of("graph-seed");

  @Option(
      names = "--documents",
      paramLabel = "DIR",
      description =
          "Folder of the source documents the seed quotes. Default: the seed's documents/ folder.")
  Path documents;

  @Option(
      names = "--bolt-port",
      paramLabel = "PORT",
      description =
          "Open the embedded Neo4j's Bolt connector to other tools (Neo4j Browser, cypher-shell) on this loopback port,"
              + " user neo4j, password in <data>/bolt-password. Default: only the service itself uses it.")
  int boltPort = 0;

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      defaultValue = "${env:NEO4J_URI}",
      description =
          "Use an external Neo4j server (bolt://...) or cluster (neo4j://...) instead of the embedded one. Env: NEO4J_URI.")
  String uri;

  @Option(
      names = "--neo4j-user",
      paramLabel = "USER",
      defaultValue = "${env:NEO4J_USER}",
      description = "User for the external Neo4j. Env: NEO4J_USER.")
  String user;

  @Option(
      names = "--neo4j-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:NEO4J_PASSWORD}",
      description = "Password for the external Neo4j. Env: NEO4J_PASSWORD.")
  String password;

  @Option(
      names = "--neo4j-database",
      paramLabel = "NAME",
      defaultValue = "${env:NEO4J_DATABASE:-neo4j}",
      description =
          "Database every session uses (external Neo4j). Env: NEO4J_DATABASE. Default: neo4j.")
  String database;

  /** The documents folder: {@code --documents}, or the {@code documents/} folder of the seed. */
  Path documents() {
    return documents != null ? documents : seed.resolve("documents");
  }

  /**
   * What needs no database, checked before Neo4j opens so that a mistake costs a second and leaves
   * nothing behind: the seed and documents folders (when the command may load), and that no other
   * process holds the store. A new embedded store is only created for a seed that validates.
   */
  void checkBeforeOpening(boolean mayLoad) {
    if (mayLoad) {
      SeedReader reader = new SeedReader(seed, documents());
      reader.checkFolders();
      if (isEmbedded() && !Files.exists(data)) {
        reader.read();
      }
    }
    GraphStore.checkAvailable(config(Duration.ofSeconds(1)));
  }

  boolean isEmbedded() {
    return uri == null || uri.isBlank();
  }

  StoreConfig config(Duration queryTimeout) {
    StoreConfig config =
        uri == null || uri.isBlank()
            ? StoreConfig.embedded(data, boltPort)
            : StoreConfig.external(uri, user, password);
    return config.withQueryTimeout(queryTimeout).withDatabase(database);
  }

  String describe() {
    return uri == null || uri.isBlank()
        ? "embedded Neo4j in " + data.toAbsolutePath().normalize()
        : "Neo4j at " + uri;
  }
}
