package nl.langerthuis.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.server.GraphServer;
import nl.langerthuis.graph.server.ServerConfig;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness tells the truth through a store's life, answered from memory: empty, loading, ready,
 * then unreachable once Neo4j goes away, when every endpoint answers 503 with a code.
 */
class StoreHealthIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void readinessFollowsTheStoreFromEmptyThroughLoadingToReadyAndUnreachable(@TempDir Path data)
      throws Exception {
    GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0));
    GraphQLService graphQL = new GraphQLService(store, QueryLimits.DEFAULTS);
    SavedQueries queries =
        new SavedQueries(new SavedQueries.QueryLibrary(Path.of("queries")), graphQL);
    GraphServer server =
        new GraphServer(new ServerConfig("127.0.0.1", 0), graphQL, queries, store::healthReport);
    server.start();
    String base = "http://127.0.0.1:" + server.port();
    try {
      store.checkHealth();
      store.startMonitoring(Duration.ofMillis(200));

      HttpResponse<String> empty = get(base + "/health");
      assertEquals(503, empty.statusCode(), empty.body());
      assertEquals("empty", JSON.readTree(empty.body()).get("state").asText(), empty.body());
      assertEquals(200, get(base + "/health/live").statusCode());

      CompletableFuture<Boolean> load =
          CompletableFuture.supplyAsync(
              () ->
                  new SeedLoading(store, System.out)
                      .ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false));
      boolean sawLoading = false;
      while (!load.isDone()) {
        HttpResponse<String> during = get(base + "/health/ready");
        sawLoading |= during.body().contains("\"state\":\"loading\"");
        // ready is flagged as the load's last step, so a 200 may come a moment before the load
        // call returns; it must then return at once
        assertTrue(
            during.statusCode() == 503 || finishesSoon(load), "not ready while loading: " + during);
        Thread.sleep(50);
      }
      assertTrue(load.get(), "the seed was loaded");
      assertTrue(sawLoading, "readiness said 'loading' during the load");
      HttpResponse<String> ready = get(base + "/health");
      assertEquals(200, ready.statusCode(), ready.body());
      assertTrue(JSON.readTree(ready.body()).get("nodes").asInt() > 800, ready.body());

      store.embeddedDatabase().close(); // the outage: Neo4j goes away under the service
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      HttpResponse<String> down = get(base + "/health");
      while (down.statusCode() != 503 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        down = get(base + "/health");
      }
      assertEquals(503, down.statusCode(), down.body());
      JsonNode health = JSON.readTree(down.body());
      assertEquals("unreachable", health.get("state").asText(), down.body());
      assertTrue(health.has("since"), down.body());

      long start = System.nanoTime();
      HttpResponse<String> graphql =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/graphql"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"query\":\"{ documents { totalCount } }\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue((System.nanoTime() - start) / 1e9 < 1, "the outage is reported at once");
      assertUnavailable(graphql);
      assertUnavailable(get(base + "/queries/status-counts"));
      assertUnavailable(get(base + "/queries/status-counts?format=csv"));
    } finally {
      server.stop();
      graphQL.close();
      store.close();
    }
  }

  private static void assertUnavailable(HttpResponse<String> response) throws Exception {
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("retry-after").isPresent());
    JsonNode error = JSON.readTree(response.body()).at("/errors/0");
    assertEquals("STORE_UNAVAILABLE", error.at("/extensions/code").asText(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static boolean finishesSoon(CompletableFuture<Boolean> load) {
    try {
      load.get(2, java.util.concurrent.TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
