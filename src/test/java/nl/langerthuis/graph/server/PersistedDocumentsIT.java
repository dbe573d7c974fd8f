package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved queries run on {@code /graphql} by name and by hash, as the GraphQL over HTTP
 * persisted-documents proposal and Apollo's persisted queries send them.
 */
@ExtendWith(TestGraphExtension.class)
class PersistedDocumentsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static GraphServer open;
  private static GraphServer persistedOnly;
  private static SavedQueries queries;

  @BeforeAll
  static void start() {
    TestGraph graph = TestGraph.get();
    queries = graph.savedQueries();
    open = TestGraph.get().startServer(WebAccess.OPEN);
    persistedOnly = TestGraph.get().startServer(new WebAccess(List.of(), true));
  }

  @AfterAll
  static void stop() {
    open.stop();
    persistedOnly.stop();
  }

  @Test
  void aSavedQueryRunsByNameAndByHashAsADocumentId() throws Exception {
    JsonNode byName = body(post(open, Map.of("documentId", "status-counts")));
    assertTrue(byName.at("/data/motionsSettled/totalCount").asInt() > 0, byName.toString());

    String hash = queries.byName("settled-motions").orElseThrow().sha256();
    HttpResponse<String> byHash =
        post(open, Map.of("documentId", "sha256:" + hash, "variables", Map.of("first", 2)));
    assertEquals(200, byHash.statusCode(), byHash.body());
    assertEquals(2, body(byHash).at("/data/motions/nodes").size());

    String variables = URLEncoder.encode("{\"kamerstuk\":\"31765-446\"}", StandardCharsets.UTF_8);
    HttpResponse<String> get = get(open, "/graphql?documentId=motion-trace&variables=" + variables);
    assertEquals("motion/31765-446", body(get).at("/data/motion/id").asText(), get.body());

    HttpResponse<String> unknown = post(open, Map.of("documentId", "no-such-query"));
    assertEquals(404, unknown.statusCode());
    assertTrue(body(unknown).at("/errors/0/message").asText().startsWith("PersistedQueryNotFound"));
  }

  @Test
  void apolloClientsSendTheHashFirstAndTheQueryOnlyWhenItIsNotFound() throws Exception {
    String text = Files.readString(Path.of("queries/status-counts.graphql"));
    Map<String, Object> known =
        Map.of(
            "extensions",
            Map.of(
                "persistedQuery", Map.of("version", 1, "sha256Hash", SavedQueries.sha256(text))));
    JsonNode answer = body(post(open, known));
    assertTrue(answer.at("/data/motions/totalCount").asInt() > 0, answer.toString());

    String adHoc = "{ documents { totalCount } }";
    Map<String, Object> hashOnly =
        Map.of(
            "extensions",
            Map.of(
                "persistedQuery", Map.of("version", 1, "sha256Hash", SavedQueries.sha256(adHoc))));
    HttpResponse<String> notFound = post(open, hashOnly);
    assertEquals(200, notFound.statusCode());
    assertEquals("PersistedQueryNotFound", body(notFound).at("/errors/0/message").asText());

    Map<String, Object> withQuery =
        Map.of(
            "query",
            adHoc,
            "extensions",
            Map.of(
                "persistedQuery", Map.of("version", 1, "sha256Hash", SavedQueries.sha256(adHoc))));
    assertEquals(4, body(post(open, withQuery)).at("/data/documents/totalCount").asInt());

    Map<String, Object> wrongHash =
        Map.of(
            "query",
            adHoc,
            "extensions",
            Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "00ff")));
    HttpResponse<String> mismatch = post(open, wrongHash);
    assertEquals(400, mismatch.statusCode());
    assertEquals(
        "provided sha does not match query", body(mismatch).at("/errors/0/message").asText());
  }

  @Test
  void aPersistedOnlyServerRunsSavedQueriesAndNothingElse() throws Exception {
    HttpResponse<String> adHoc =
        post(persistedOnly, Map.of("query", "{ documents { totalCount } }"));
    assertEquals(403, adHoc.statusCode());
    assertTrue(
        body(adHoc).at("/errors/0/message").asText().contains("only persisted documents"),
        adHoc.body());
    HttpResponse<String> saved = post(persistedOnly, Map.of("documentId", "status-counts"));
    assertEquals(200, saved.statusCode(), saved.body());
    HttpResponse<String> savedText =
        post(
            persistedOnly, Map.of("query", Files.readString(Path.of("queries/documents.graphql"))));
    assertEquals(200, savedText.statusCode(), savedText.body());
  }

  private static HttpResponse<String> post(GraphServer server, Map<String, Object> body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/graphql"))
            .header("content-type", "application/json")
            .header("accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(GraphServer server, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
