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
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SourceTexts;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import nl.langerthuis.graph.server.WebAccess;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The one embedded Neo4j of a test run, loaded once with the real seed, and the GraphQL service
 * over it. {@link TestGraphExtension} owns it: the first test class that needs it starts it, and
 * the end of the run closes it. Test classes that use {@link #get()} carry
 * {@code @ExtendWith(TestGraphExtension.class)}.
 */
public final class TestGraph implements AutoCloseable {
  public static final Path SEED = Path.of("graph-seed");
  public static final Path DOCUMENTS = SEED.resolve("documents");

  private static volatile TestGraph instance;

  private final Path dataDir;
  private Neo4jContainer container;
  private final GraphStore store;
  private final GraphQLService graphQL;
  private SavedQueries savedQueries;

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
  }

  /**
   * The embedded Neo4j by default; with {@code -Dltg.test.store=container} the whole suite runs
   * against a Neo4j 5.26 container instead, and is skipped where no Docker engine exists.
   */
  private StoreConfig storeConfig() {
    if (!"container".equals(System.getProperty("ltg.test.store"))) {
      // Bolt open for the tests that compare with a raw client or run `query --neo4j-uri`
      return StoreConfig.embedded(dataDir, FreePort.find());
    }
    Assumptions.assumeTrue(
        DockerClientFactory.instance().isDockerAvailable(),
        "no Docker engine: container suite skipped");
    container = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("test-password");
    container.start();
    return StoreConfig.external(container.getBoltUrl(), "neo4j", "test-password");
  }

  /** Starts the graph; called once per run, by {@link TestGraphExtension}. */
  static TestGraph start() {
    try {
      instance = new TestGraph();
      return instance;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The graph of this run; the calling test class must be extended by the extension. */
  public static TestGraph get() {
    TestGraph graph = instance;
    if (graph == null) {
      throw new IllegalStateException(
          "no test graph: annotate the test class with @ExtendWith(TestGraphExtension.class)");
    }
    return graph;
  }

  public GraphStore store() {
    return store;
  }

  public GraphQLService graphQL() {
    return graphQL;
  }

  /** The saved queries of {@code queries/}, read and validated once per run. */
  public synchronized SavedQueries savedQueries() {
    if (savedQueries == null) {
      savedQueries = new SavedQueries(new SavedQueries.QueryLibrary(Path.of("queries")), graphQL);
    }
    return savedQueries;
  }

  /** The real HTTP server on a free loopback port over this graph, started; stop it when done. */
  public GraphServer startServer() {
    return startServer(WebAccess.OPEN);
  }

  public GraphServer startServer(WebAccess access) {
    GraphServer server =
        new GraphServer(
            new ServerConfig("127.0.0.1", 0), graphQL, savedQueries(), store::healthReport, access);
    server.start();
    return server;
  }

  @Override
  public void close() {
    instance = null;
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
