package nl.langerthuis.graph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SourceTexts;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.app.ServiceComponent;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: opens the store, loads the seed if the store lacks it or it changed, and serves
 * GraphQL until SIGTERM or Ctrl-C, on which it finishes requests in flight and closes Neo4j
 * cleanly.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the graph over GraphQL, with GraphiQL at /.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port. Default: ${DEFAULT-VALUE}.")
  int port = 8080;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Time limit of one GraphQL request, also bounding its Neo4j transactions. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds = 10;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Maximum nesting depth of a query. Default: ${DEFAULT-VALUE}.")
  int maxDepth = QueryLimits.DEFAULTS.maxDepth();

  @Option(
      names = "--max-complexity",
      paramLabel = "N",
      description =
          "Complexity budget of a query (a list field costs its page size times its selection). Default: ${DEFAULT-VALUE}.")
  int maxComplexity = QueryLimits.DEFAULTS.maxComplexity();

  @Option(
      names = "--queries",
      paramLabel = "DIR",
      description = "Folder of saved queries served at /queries. Default: ${DEFAULT-VALUE}.")
  Path queries = Path.of("queries");

  @Option(names = "--no-load", description = "Serve the store as it is, without checking the seed.")
  boolean noLoad;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    QueryLimits limits = new QueryLimits(maxDepth, maxComplexity, timeout);
    System.out.println("Opening " + store.describe());
    ServiceComponent service =
        ServiceComponent.create(
            store.config(timeout),
            new ServerConfig(host, port),
            limits,
            new SavedQueries.QueryLibrary(queries),
            new SourceTexts.Folder(store.documents()));
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      if (!noLoad) {
        new SeedLoading(service.store(), System.out)
            .ensureLoaded(store.seed, store.documents(), false);
      }
      GraphServer server = service.server();
      server.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> shutdown(service, server, stopped), "shutdown"));
      System.out.printf(
          "Ready in %.1f s: GraphiQL at %s, GraphQL at %sgraphql, Bolt at %s%n",
          (System.nanoTime() - start) / 1e9, server.url(), server.url(), service.store().boltUri());
    } catch (RuntimeException e) {
      service.graphQL().close();
      service.store().close();
      throw e;
    }
    stopped.await();
    return 0;
  }

  private static void shutdown(
      ServiceComponent service, GraphServer server, CountDownLatch stopped) {
    System.out.println("Stopping: finishing requests in flight...");
    server.stop();
    service.graphQL().close();
    service.store().close();
    System.out.println("Stopped; the store was closed cleanly.");
    stopped.countDown();
  }
}
