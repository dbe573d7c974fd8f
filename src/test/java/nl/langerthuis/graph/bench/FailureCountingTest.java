package nl.langerthuis.graph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load runs count every failure: an HTTP status outside 2xx, a GraphQL error answered with 200,
 * an answer without data, and a request that throws.
 */
class FailureCountingTest {
  @Test
  void aDataAnswerSucceeds() {
    assertTrue(succeeded(200, "{\"data\":{\"motion\":{\"title\":\"T\"}},\"extensions\":{}}"));
  }

  @Test
  void quotesThatSayErrorsAreData() {
    assertTrue(succeeded(200, "{\"data\":{\"quote\":\"\\\"errors\\\": none\",\"errors\":[]}}"));
  }

  @Test
  void graphQLErrorsFailEvenWithStatus200AndPartialData() {
    assertFalse(succeeded(200, "{\"errors\":[{\"message\":\"timeout\"}],\"data\":null}"));
    assertFalse(succeeded(200, "{\"data\":{\"motion\":null},\"errors\":[{\"message\":\"x\"}]}"));
  }

  @Test
  void statusesOutside2xxFail() {
    assertFalse(succeeded(400, "{\"data\":{}}"));
    assertFalse(succeeded(500, "Internal error"));
    assertFalse(succeeded(503, ""));
  }

  @Test
  void answersWithoutDataFail() {
    assertFalse(succeeded(200, "{\"data\":null}"));
    assertFalse(succeeded(200, "{}"));
    assertFalse(succeeded(200, "not json"));
  }

  @Test
  void theLoadRunCountsRefusedAndThrowingRequests() {
    AtomicLong sent = new AtomicLong();
    LoadRun.Result result =
        LoadRun.run(
            () -> {
              long n = sent.incrementAndGet();
              if (n % 3 == 0) {
                throw new IllegalStateException("connection reset");
              }
              return n % 3 == 1;
            },
            2,
            Duration.ofMillis(200));
    assertEquals(sent.get(), result.requests());
    assertTrue(result.requests() > 3);
    long expected = result.requests() - (result.requests() + 2) / 3;
    assertEquals(expected, result.failures());
  }

  @Test
  void percentilesAreNearestRank() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, LoadRun.percentile(sorted, 50));
    assertEquals(10, LoadRun.percentile(sorted, 99));
    assertEquals(1, LoadRun.percentile(new long[] {1}, 99));
    assertEquals(0, LoadRun.percentile(new long[0], 50));
  }

  private static boolean succeeded(int status, String body) {
    return ServiceClient.succeeded(status, body.getBytes(StandardCharsets.UTF_8));
  }
}
