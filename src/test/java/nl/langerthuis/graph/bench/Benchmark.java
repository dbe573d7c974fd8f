package nl.langerthuis.graph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.app.ServiceComponent;
import nl.langerthuis.graph.bench.Measurements.Client;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import nl.langerthuis.graph.store.StoreConfig;
import nl.langerthuis.graph.support.BoltLogin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The service against one hand-written Cypher statement per question, on one store: starts the
 * service as {@code serve} does (embedded Neo4j in a fresh folder, the seed loaded, the HTTP server
 * on loopback), checks that both clients answer every question with the same data, then measures
 * throughput, p50 and p99 of each in interleaved rounds after a warm-up, and prints Markdown
 * tables. With {@code --scale N} it then grows the graph N-fold and measures the listings again.
 * Run it with {@code tools/bench/run.sh}; it is not a test and no build runs it.
 */
@Command(
    name = "tools/bench/run.sh",
    mixinStandardHelpOptions = true,
    description = "Benchmark the GraphQL service against hand-written Cypher on the same store.")
public final class Benchmark implements Callable<Integer> {
  private static final int LOAD_LIMIT = 64;

  @Option(
      names = "--seconds",
      description = "Length of one measured run. Default: ${DEFAULT-VALUE}.")
  int seconds = 5;

  @Option(
      names = "--warmup",
      description = "Warm-up per workload and client, in seconds. Default: ${DEFAULT-VALUE}.")
  int warmup = 5;

  @Option(names = "--rounds", description = "Interleaved rounds. Default: ${DEFAULT-VALUE}.")
  int rounds = 3;

  @Option(
      names = "--connections",
      split = ",",
      description = "Concurrent connections (workers) per run. Default: 8,32.")
  List<Integer> connections = List.of(8, 32);

  @Option(
      names = "--scale",
      description =
          "Also grow the graph this many times (copies of motions, pilots, programmes, measurements)"
              + " and measure the listings again. Default: off.")
  int scale = 1;

  @Option(
      names = "--workloads",
      split = ",",
      description = "Only these workloads (names as in the table). Default: all.")
  List<String> only = List.of();

  @Option(names = "--check-only", description = "Check that the answers agree, measure nothing.")
  boolean checkOnly;

  @Option(
      names = "--timeout",
      description =
          "Seconds one request may take, in the service (as serve --timeout) and the raw client."
              + " Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds = 10;

  @Option(names = "--port", description = "HTTP port on 127.0.0.1. Default: ${DEFAULT-VALUE}.")
  int port = 59080;

  @Option(names = "--bolt-port", description = "Bolt port of the store. Default: ${DEFAULT-VALUE}.")
  int boltPort = 59687;

  @Option(
      names = "--data",
      description =
          "Keep the store in this folder, to start faster next time. Default: a new temporary folder,"
              + " deleted at the end.")
  Path keptData;

  @Option(names = "--out", description = "Folder for the report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("target/bench");

  private final ObjectMapper json = new ObjectMapper();
  private final Workloads catalogue = new Workloads(Path.of(""));
  private final Report report = new Report();
  private ServiceClient service;
  private RawClient raw;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<String> unknown = only.stream().filter(name -> !Workloads.NAMES.contains(name)).toList();
    if (!unknown.isEmpty()) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "unknown workloads " + unknown + "; there are " + Workloads.NAMES);
    }
    String started =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String loadBefore = Report.loadAverage();
    Path data = keptData != null ? keptData : Files.createTempDirectory("ltg-bench");
    ServiceComponent component =
        ServiceComponent.create(
            StoreConfig.embedded(data, boltPort)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)),
            // every connection of the load comes from this one address: lift the per-client and
            // worker bounds above the largest connection count, so the load measures the work and
            // not the protection against hostile clients
            new ServerConfig(
                "127.0.0.1", port, LOAD_LIMIT, ServerConfig.DEFAULT_READ_TIMEOUT, true),
            new QueryLimits(
                QueryLimits.DEFAULTS.maxDepth(),
                QueryLimits.DEFAULTS.maxComplexity(),
                Duration.ofSeconds(timeoutSeconds),
                QueryLimits.DEFAULT_UNPAGED_LIST_SIZE,
                LOAD_LIMIT,
                true),
            new SavedQueries.QueryLibrary(Path.of("queries")));
    try {
      boolean grownBefore =
          component.store().seedHash().isPresent()
              && GraphGrower.isGrown(
                  component.store().boltUri().orElseThrow(), BoltLogin.password(component.store()));
      new SeedLoading(component.store(), System.out)
          .ensureLoaded(Path.of("graph-seed"), Path.of("graph-seed", "documents"), grownBefore);
      GraphServer server = component.server();
      server.start();
      try (RawClient rawClient =
          new RawClient(
              component.store().boltUri().orElseThrow(),
              BoltLogin.USER,
              BoltLogin.password(component.store()),
              Duration.ofSeconds(timeoutSeconds))) {
        service = new ServiceClient(URI.create(server.url() + "graphql"));
        raw = rawClient;
        return measureAll(started, loadBefore);
      } finally {
        server.stop();
      }
    } catch (AnswersDiffer e) {
      System.err.println(e.getMessage());
      return 1;
    } finally {
      component.graphQL().close();
      component.store().close();
      if (keptData == null) {
        delete(data);
      }
    }
  }

  private int measureAll(String started, String loadBefore) throws Exception {
    GraphGrower grower = new GraphGrower(raw.driver());
    GraphGrower.Size seedSize = grower.size();
    List<Workload> workloads = selected(catalogue.all(raw.sortKeyBeforeLastPage(Workloads.PAGE)));
    Measurements seed = new Measurements();
    check(workloads, seed);
    String walk = walk();
    System.out.println(walk);
    if (checkOnly) {
      if (scale > 1) {
        grow(grower, seedSize, seed);
      }
      return 0;
    }
    measure(workloads, seed);
    report.line("### Service against one hand-written Cypher statement per question");
    report.line("");
    report.line(
        "%s on %s; 1-minute load average %s at the start (other agents share this machine). Embedded Neo4j"
            + " 5.26, seed graph of %d nodes and %d relationships, service and clients in one JVM on loopback."
            + " %d s warm-up per workload and client, then %d interleaved rounds of %d s; medians of the rounds."
            + " Ratios are service ÷ raw.",
        started,
        Report.machine(),
        loadBefore,
        seedSize.nodes(),
        seedSize.relationships(),
        warmup,
        rounds,
        seconds);
    report.line("");
    report.sideBySide(seed, names(workloads), connections);
    report.line("");
    report.line("Paging (%s):", walk);
    report.line("");
    report.paging(seed, connections);
    Path file = publish();
    if (scale > 1) {
      grow(grower, seedSize, seed);
      publish(file);
    }
    System.out.println();
    System.out.println(Files.readString(file));
    System.out.println("Written to " + file);
    return 0;
  }

  private void grow(GraphGrower grower, GraphGrower.Size seedSize, Measurements seed)
      throws Exception {
    long start = System.nanoTime();
    System.out.printf("Growing the graph %dx...%n", scale);
    grower.grow(scale);
    GraphGrower.Size grownSize = grower.size();
    double took = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "  grown in %.0f s to %d nodes, %d relationships%n",
        took, grownSize.nodes(), grownSize.relationships());
    List<Workload> listings =
        catalogue.all(raw.sortKeyBeforeLastPage(Workloads.PAGE)).stream()
            .filter(w -> Workloads.LISTINGS.contains(w.name()) && selected(w))
            .toList();
    Measurements grown = new Measurements();
    check(listings, grown);
    if (checkOnly) {
      return;
    }
    measure(listings, grown);
    report.line("");
    report.line(
        "Grown %dx (copies of motions, pilots, programmes and measurements with their relationships): %d nodes"
            + " and %d relationships, against %d and %d on the seed. Same warm-up and rounds; ratios are grown ÷ seed.",
        scale,
        grownSize.nodes(),
        grownSize.relationships(),
        seedSize.nodes(),
        seedSize.relationships());
    report.line("");
    report.growth(seed, grown, names(listings), connections);
  }

  /** Both clients must give the same data for every workload, or nothing is measured. */
  private void check(List<Workload> workloads, Measurements sizes) throws Exception {
    for (Workload workload : workloads) {
      JsonNode answer = same(workload);
      sizes.answerBytes(workload.name(), json.writeValueAsBytes(answer).length);
      System.out.printf(
          "  same answer from both: %s (%d bytes)%n",
          workload.name(), sizes.answerBytes(workload.name()));
    }
  }

  private JsonNode same(Workload workload) throws Exception {
    JsonNode fromService = Answers.normalised(service.answer(workload));
    JsonNode fromRaw = Answers.normalised(raw.answer(workload));
    Optional<String> difference = Answers.firstDifference(fromService, fromRaw);
    if (difference.isPresent()) {
      throw new AnswersDiffer(workload.name() + ": the answers differ at " + difference.get());
    }
    return fromService;
  }

  /**
   * Walks all programmes ten at a time with each client, checking every page and that the last page
   * reached is the one the paging workloads use; returns what it found, with each client's time for
   * the whole walk on one connection.
   */
  private String walk() throws Exception {
    int pages = 0;
    String after = null;
    long serviceNanos = 0;
    long rawNanos = 0;
    while (true) {
      Workload page = catalogue.programmes("walk", Workloads.PAGE, after);
      long t0 = System.nanoTime();
      JsonNode fromService = Answers.normalised(service.answer(page));
      long t1 = System.nanoTime();
      JsonNode fromRaw = Answers.normalised(raw.answer(page));
      serviceNanos += t1 - t0;
      rawNanos += System.nanoTime() - t1;
      Optional<String> difference = Answers.firstDifference(fromService, fromRaw);
      if (difference.isPresent()) {
        throw new AnswersDiffer(
            "programmes page " + (pages + 1) + ": the answers differ at " + difference.get());
      }
      pages++;
      JsonNode info = fromService.at("/programmes/pageInfo");
      if (!info.get("hasNextPage").asBoolean()) {
        break;
      }
      after = Cursors.decode(info.get("endCursor").asText());
    }
    return String.format(
        Locale.ROOT,
        "a walk through all programmes ten at a time: %d pages, checked page by page, %.0f ms through the"
            + " service and %.0f ms raw on one connection, cold",
        pages,
        serviceNanos / 1e6,
        rawNanos / 1e6);
  }

  private void measure(List<Workload> workloads, Measurements results) throws IOException {
    int most = connections.stream().max(Comparator.naturalOrder()).orElse(8);
    for (Workload workload : workloads) {
      for (Client client : Client.values()) {
        LoadRun.Result result =
            LoadRun.run(request(workload, client), most, Duration.ofSeconds(warmup));
        print("warm-up", workload, most, client, result);
      }
    }
    for (int round = 1; round <= rounds; round++) {
      List<Client> order =
          round % 2 == 1
              ? List.of(Client.SERVICE, Client.RAW)
              : List.of(Client.RAW, Client.SERVICE);
      for (Workload workload : workloads) {
        for (int c : connections) {
          for (Client client : order) {
            LoadRun.Result result =
                LoadRun.run(request(workload, client), c, Duration.ofSeconds(seconds));
            results.add(workload.name(), c, client, result);
            print("round " + round + "/" + rounds, workload, c, client, result);
          }
        }
      }
    }
  }

  private LoadRun.Request request(Workload workload, Client client) throws IOException {
    return client == Client.SERVICE ? service.request(workload) : raw.request(workload);
  }

  private static void print(
      String phase, Workload workload, int c, Client client, LoadRun.Result r) {
    System.out.printf(
        Locale.ROOT,
        "  %-9s %-22s %2d conn. %-7s %7.0f req/s  p50 %7.1f ms  p99 %7.1f ms  failures %d of %d%n",
        phase,
        workload.name(),
        c,
        client.name().toLowerCase(Locale.ROOT),
        r.throughput(),
        r.p50(),
        r.p99(),
        r.failures(),
        r.requests());
  }

  /** Writes the report so far to a new file in {@code --out}, with the load average now. */
  private Path publish() throws IOException {
    Files.createDirectories(out);
    Path file =
        out.resolve(
            "bench-"
                + ZonedDateTime.now(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                + ".md");
    publish(file);
    return file;
  }

  private void publish(Path file) throws IOException {
    Files.writeString(file, report + "\nLoad average at the end: " + Report.loadAverage() + ".\n");
    System.out.println("Report so far written to " + file);
  }

  private List<Workload> selected(List<Workload> workloads) {
    return workloads.stream().filter(this::selected).toList();
  }

  private boolean selected(Workload workload) {
    return only.isEmpty() || only.contains(workload.name());
  }

  private static List<String> names(List<Workload> workloads) {
    return workloads.stream().map(Workload::name).toList();
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + folder + ": " + e.getMessage());
    }
  }

  /** The two clients disagree: the benchmark would compare different work, so it stops. */
  static final class AnswersDiffer extends Exception {
    @java.io.Serial private static final long serialVersionUID = 1L;

    AnswersDiffer(String message) {
      super(message);
    }
  }
}
