package nl.langerthuis.graph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.langerthuis.graph.bench.Measurements.Client;

/** The benchmark's findings as Markdown tables, ready for the README. */
final class Report {
  private final StringBuilder text = new StringBuilder();

  void line(String format, Object... args) {
    text.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  /** Service against raw client, per workload and connection count; ratios are service ÷ raw. */
  void sideBySide(Measurements m, List<String> workloads, List<Integer> connections) {
    line(
        "| workload | conn. | service req/s | raw req/s | ratio | service p50 ms | raw p50 ms | ratio |"
            + " service p99 ms | raw p99 ms | ratio | failures service / raw |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (String workload : workloads) {
      for (int c : connections) {
        if (!m.has(workload, c)) {
          continue;
        }
        double st = m.throughput(workload, c, Client.SERVICE);
        double rt = m.throughput(workload, c, Client.RAW);
        double s50 = m.p50(workload, c, Client.SERVICE);
        double r50 = m.p50(workload, c, Client.RAW);
        double s99 = m.p99(workload, c, Client.SERVICE);
        double r99 = m.p99(workload, c, Client.RAW);
        line(
            "| %s | %d | %.0f | %.0f | %.2fx | %.1f | %.1f | %.2fx | %.1f | %.1f | %.2fx | %s |",
            workload,
            c,
            st,
            rt,
            st / rt,
            s50,
            r50,
            s50 / r50,
            s99,
            r99,
            s99 / r99,
            failures(m, workload, c));
      }
    }
  }

  /** How a page's cost depends on where it is and on its size, for each client. */
  void paging(Measurements m, List<Integer> connections) {
    line("| p50 ratio | conn. | service | raw |");
    line("|---|--:|--:|--:|");
    for (int c : connections) {
      pagingRow(
          m, "last page ÷ first page (10 each)", Workloads.LAST_PAGE, Workloads.FIRST_PAGE, c);
    }
    for (int c : connections) {
      pagingRow(m, "first: 100 ÷ first: 10", Workloads.FIRST_100, Workloads.FIRST_PAGE, c);
    }
  }

  private void pagingRow(Measurements m, String label, String over, String under, int c) {
    if (!m.has(over, c) || !m.has(under, c)) {
      return;
    }
    line(
        "| %s | %d | %.2fx | %.2fx |",
        label,
        c,
        m.p50(over, c, Client.SERVICE) / m.p50(under, c, Client.SERVICE),
        m.p50(over, c, Client.RAW) / m.p50(under, c, Client.RAW));
  }

  /** The listings on the grown graph against the seed, per client; ratios are grown ÷ seed. */
  void growth(
      Measurements seed, Measurements grown, List<String> workloads, List<Integer> connections) {
    line(
        "| workload | conn. | client | seed req/s | grown req/s | seed p50 ms | grown p50 ms | p50 grown ÷ seed |"
            + " answer KB seed → grown | failures (grown) |");
    line("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|");
    for (String workload : workloads) {
      for (int c : connections) {
        if (!seed.has(workload, c) || !grown.has(workload, c)) {
          continue;
        }
        for (Client client : Client.values()) {
          line(
              "| %s | %d | %s | %.0f | %.0f | %.1f | %.1f | %.2fx | %.1f → %.1f | %d of %d |",
              workload,
              c,
              client.name().toLowerCase(Locale.ROOT),
              seed.throughput(workload, c, client),
              grown.throughput(workload, c, client),
              seed.p50(workload, c, client),
              grown.p50(workload, c, client),
              grown.p50(workload, c, client) / seed.p50(workload, c, client),
              seed.answerBytes(workload) / 1024.0,
              grown.answerBytes(workload) / 1024.0,
              grown.failures(workload, c, client),
              grown.requests(workload, c, client));
        }
      }
    }
  }

  private static String failures(Measurements m, String workload, int c) {
    return String.format(
        Locale.ROOT,
        "%d of %d / %d of %d",
        m.failures(workload, c, Client.SERVICE),
        m.requests(workload, c, Client.SERVICE),
        m.failures(workload, c, Client.RAW),
        m.requests(workload, c, Client.RAW));
  }

  /**
   * The machine, with its load: other agents share it, so the load average is part of the figures.
   */
  static String machine() {
    String cpu =
        read("/proc/cpuinfo")
            .flatMap(
                info ->
                    info.lines()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst())
            .orElse("unknown CPU");
    String memory =
        read("/proc/meminfo")
            .flatMap(info -> info.lines().filter(l -> l.startsWith("MemTotal")).findFirst())
            .map(
                l ->
                    String.format(
                        Locale.ROOT,
                        "%.0f GiB",
                        Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0))
            .orElse("unknown memory");
    return String.format(
        Locale.ROOT,
        "%s, %d cores, %s, Java %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.version"));
  }

  /** The 1-minute load average, or "?" where /proc is missing. */
  static String loadAverage() {
    return read("/proc/loadavg").map(l -> l.split(" ")[0]).orElse("?");
  }

  private static Optional<String> read(String file) {
    try {
      return Optional.of(Files.readString(Path.of(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
