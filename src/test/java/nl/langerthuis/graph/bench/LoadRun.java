package nl.langerthuis.graph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load: a fixed number of workers, each sending its next request as soon as the
 * previous one is answered, for a bounded time. Every request started before the deadline is
 * counted and timed; one that throws or is refused counts as a failure (and is timed too).
 */
final class LoadRun {
  private LoadRun() {}

  /** One request; true when it succeeded. */
  interface Request {
    boolean send() throws Exception;
  }

  /** What one run measured. Latencies in milliseconds, nearest-rank percentiles. */
  record Result(long requests, long failures, double seconds, double p50, double p99) {
    double throughput() {
      return requests / seconds;
    }
  }

  static Result run(Request request, int connections, Duration duration) {
    List<Worker> workers = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < connections; i++) {
      Worker worker = new Worker(request, go);
      workers.add(worker);
    }
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    workers.forEach(w -> w.start(deadline));
    go.countDown();
    for (Worker worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] latencies =
        workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).toArray();
    Arrays.sort(latencies);
    long failures = workers.stream().mapToLong(w -> w.failures).sum();
    return new Result(
        latencies.length,
        failures,
        seconds,
        percentile(latencies, 50) / 1e6,
        percentile(latencies, 99) / 1e6);
  }

  /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static final class Worker {
    private final Request request;
    private final CountDownLatch go;
    private Thread thread;
    private long[] latencies = new long[1024];
    private int count;
    private long failures;

    Worker(Request request, CountDownLatch go) {
      this.request = request;
      this.go = go;
    }

    void start(long deadline) {
      thread = new Thread(() -> loop(deadline), "load-worker");
      thread.start();
    }

    private void loop(long deadline) {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      while (System.nanoTime() < deadline) {
        long sent = System.nanoTime();
        boolean ok = send();
        record(System.nanoTime() - sent, ok);
      }
    }

    private boolean send() {
      try {
        return request.send();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (Exception e) {
        return false;
      }
    }

    private void record(long nanos, boolean ok) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
      if (!ok) {
        failures++;
      }
    }

    void join() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
