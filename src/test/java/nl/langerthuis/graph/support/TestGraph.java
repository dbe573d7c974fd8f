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
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;

/**
 * The one embedded Neo4j of a test run, loaded once with the real seed, and the GraphQL service
 * over it. Started lazily by the first test that needs it and closed when the JVM ends.
 */
public final class TestGraph {
  public static final Path SEED = Path.of("graph-seed");
  public static final Path DOCUMENTS = Path.of("../shared/seeds");

  private static TestGraph instance;

  private final Path dataDir;
  private final GraphStore store;
  private final GraphQLService graphQL;

  private TestGraph() throws IOException {
    dataDir = Files.createTempDirectory("ltg-test-neo4j");
    store =
        GraphStore.open(StoreConfig.embedded(dataDir, 0).withQueryTimeout(Duration.ofSeconds(30)));
    new SeedLoading(store, System.out).ensureLoaded(SEED, DOCUMENTS, false);
    graphQL =
        new GraphQLService(
            store,
            new QueryLimits(
                QueryLimits.DEFAULTS.maxDepth(),
                QueryLimits.DEFAULTS.maxComplexity(),
                Duration.ofSeconds(30)));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
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
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
