package nl.langerthuis.graph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SourceTexts;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.app.ServiceComponent;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import nl.langerthuis.graph.server.WebAccess;
import nl.langerthuis.graph.store.GraphStore;
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
  private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(2);

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

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "Origin allowed to call the API from a browser, e.g. https://dash.example.org; repeatable. Default: any origin.")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--persisted-only",
      description =
          "Run only the saved queries on /graphql (by name or SHA-256 hash), for public deployments.")
  boolean persistedOnly;

  @Option(names = "--no-load", description = "Serve the store as it is, without checking the seed.")
  boolean noLoad;

  @Option(
      names = "--unpaged-list-size",
      paramLabel = "N",
      description =
          "Size a list field without 'first' is counted at in the complexity budget. Default: ${DEFAULT-VALUE}.")
  int unpagedListSize = QueryLimits.DEFAULT_UNPAGED_LIST_SIZE;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "GraphQL requests that run at once; one more is answered 503 at once. Default: ${DEFAULT-VALUE}.")
  int workers = QueryLimits.DEFAULT_WORKERS;

  @Option(
      names = "--max-requests-per-client",
      paramLabel = "N",
      description =
          "Requests one client address may have in flight; one more is answered 429. Default: ${DEFAULT-VALUE}.")
  int perClient = ServerConfig.DEFAULT_PER_CLIENT;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      description =
          "Time a client may take to send its headers, or each part of its body. Default: ${DEFAULT-VALUE}.")
  int readTimeoutSeconds = (int) ServerConfig.DEFAULT_READ_TIMEOUT.toSeconds();

  @Option(names = "--no-graphiql", description = "Do not serve GraphiQL at /.")
  boolean noGraphiql;

  @Option(
      names = "--no-introspection",
      description =
          "Refuse schema introspection (__schema, __type) and do not publish /schema.graphql.")
  boolean noIntrospection;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    QueryLimits limits =
        new QueryLimits(
            maxDepth, maxComplexity, timeout, unpagedListSize, workers, !noIntrospection);
    ServerConfig serverConfig =
        new ServerConfig(
            host, port, perClient, Duration.ofSeconds(readTimeoutSeconds), !noGraphiql);
    GraphServer.checkCanListen(serverConfig);
    store.checkBeforeOpening(!noLoad);
    System.out.println("Opening " + store.describe());
    ServiceComponent service =
        ServiceComponent.create(
            store.config(timeout),
            serverConfig,
            limits,
            new SavedQueries.QueryLibrary(queries),
            new WebAccess(corsOrigins, persistedOnly),
            new SourceTexts.Folder(store.documents()));
    GraphStore graph = service.store();
    CountDownLatch stopped = new CountDownLatch(1);
    GraphServer server = service.server();
    try {
      server.start();
      if (!noLoad) {
        new SeedLoading(graph, System.out).ensureLoaded(store.seed, store.documents(), false);
      }
      graph.checkHealth();
      graph.startMonitoring(HEALTH_INTERVAL);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> shutdown(service, server, stopped), "shutdown"));
      System.out.printf(
          "Ready in %.1f s: GraphiQL at %s, GraphQL at %sgraphql%s%n",
          (System.nanoTime() - start) / 1e9, server.url(), server.url(), bolt(graph));
      if (!graph.health().ready()) {
        System.out.println("Not ready yet: " + graph.health().reason() + " (see /health)");
      }
    } catch (RuntimeException e) {
      server.stop();
      service.graphQL().close();
      graph.close();
      throw e;
    }
    stopped.await();
    return 0;
  }

  /**
   * The Bolt address for other tools, with the file that holds the password (never the password).
   */
  private String bolt(GraphStore graph) {
    if (store.boltPort == 0 || !store.isEmbedded()) {
      return "";
    }
    return ", Bolt at "
        + graph.boltUri().orElse("?")
        + " (user neo4j, password in "
        + graph.boltPasswordFile().map(p -> p.toAbsolutePath().normalize().toString()).orElse("?")
        + ")";
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
