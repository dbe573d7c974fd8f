package nl.langerthuis.graph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The results of one phase's rounds, by workload, connections and client, and their medians. */
final class Measurements {
  enum Client {
    SERVICE,
    RAW
  }

  private record Key(String workload, int connections, Client client) {}

  private final Map<Key, List<LoadRun.Result>> results = new HashMap<>();
  private final Map<String, Integer> answerBytes = new HashMap<>();

  void add(String workload, int connections, Client client, LoadRun.Result result) {
    results
        .computeIfAbsent(new Key(workload, connections, client), k -> new ArrayList<>())
        .add(result);
  }

  void answerBytes(String workload, int bytes) {
    answerBytes.put(workload, bytes);
  }

  int answerBytes(String workload) {
    return answerBytes.getOrDefault(workload, 0);
  }

  boolean has(String workload, int connections) {
    return results.containsKey(new Key(workload, connections, Client.SERVICE));
  }

  double throughput(String workload, int connections, Client client) {
    return median(workload, connections, client, LoadRun.Result::throughput);
  }

  double p50(String workload, int connections, Client client) {
    return median(workload, connections, client, LoadRun.Result::p50);
  }

  double p99(String workload, int connections, Client client) {
    return median(workload, connections, client, LoadRun.Result::p99);
  }

  long failures(String workload, int connections, Client client) {
    return runs(workload, connections, client).stream().mapToLong(LoadRun.Result::failures).sum();
  }

  long requests(String workload, int connections, Client client) {
    return runs(workload, connections, client).stream().mapToLong(LoadRun.Result::requests).sum();
  }

  private List<LoadRun.Result> runs(String workload, int connections, Client client) {
    return results.getOrDefault(new Key(workload, connections, client), List.of());
  }

  private double median(
      String workload, int connections, Client client, ToDoubleFunction<LoadRun.Result> metric) {
    double[] values =
        runs(workload, connections, client).stream().mapToDouble(metric).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
