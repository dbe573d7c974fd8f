package nl.langerthuis.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SourceTexts;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one embedded Neo4j of a test run, loaded once with the real seed, and the GraphQL service
 * over it. Started lazily by the first test that needs it and closed when the JVM ends.
 */
public final class TestGraph {
  public static final Path SEED = Path.of("graph-seed");
  public static final Path DOCUMENTS = SEED.resolve("documents");

  private static TestGraph instance;

  private final Path dataDir;
  private Neo4jContainer container;
  private final GraphStore store;
  private final GraphQLService graphQL;

  private TestGraph() throws IOException {
    dataDir = Files.createTempDirectory("ltg-test-neo4j");
    store = GraphStore.open(storeConfig().withQueryTimeout(Duration.ofSeconds(30)));
    new SeedLoading(store, System.out).ensureLoaded(SEED, DOCUMENTS, false);
    graphQL =
        new GraphQLService(
            store,
            new QueryLimits(
                QueryLimits.DEFAULTS.maxDepth(),
                QueryLimits.DEFAULTS.maxComplexity(),
                Duration.ofSeconds(30)),
            new SourceTexts(new SourceTexts.Folder(DOCUMENTS)));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  /**
   * The embedded Neo4j by default; with {@code -Dltg.test.store=container} the whole suite runs
   * against a Neo4j 5.26 container instead, and is skipped where no Docker engine exists.
   */
  private StoreConfig storeConfig() {
    if (!"container".equals(System.getProperty("ltg.test.store"))) {
      return StoreConfig.embedded(dataDir, 0);
    }
    Assumptions.assumeTrue(
        DockerClientFactory.instance().isDockerAvailable(),
        "no Docker engine: container suite skipped");
    container = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("test-password");
    container.start();
    return StoreConfig.external(container.getBoltUrl(), "neo4j", "test-password");
  }

  public static synchronized TestGraph get() {
    if (instance == null) {
      try {
        instance = new TestGraph();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public GraphStore store() {
    return store;
  }

  public GraphQLService graphQL() {
    return graphQL;
  }

  private void close() {
    graphQL.close();
    store.close();
    if (container != null) {
      container.stop();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
