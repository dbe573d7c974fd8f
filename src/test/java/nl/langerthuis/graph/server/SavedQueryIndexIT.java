package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The saved queries for people: an HTML index for browsers, and GraphiQL that offers them. */
@ExtendWith(TestGraphExtension.class)
class SavedQueryIndexIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static GraphServer server;

  @BeforeAll
  static void start() {
    TestGraph graph = TestGraph.get();
    server = graph.startServer();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void aBrowserGetsAReadableIndexAndAClientStillGetsJson() throws Exception {
    HttpResponse<String> page = get("/queries", BROWSER);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
    String html = page.body();
    assertTrue(html.contains("<section id=\"settled-motions\">"), html);
    assertTrue(
        html.contains(
            "Question: Which motions has the ministry settled (afgedaan), and in which document"),
        "the question as text, not JSON with \\n");
    assertFalse(html.contains("\\n"), "no literal \\n");
    assertTrue(html.contains("<a href=\"/queries/settled-motions?format=csv\">CSV</a>"));
    assertTrue(html.contains("<a href=\"/?query=%23+Question"), "opens in GraphiQL");

    JsonNode json = new ObjectMapper().readTree(get("/queries", "application/json").body());
    JsonNode first = json.at("/queries/0");
    assertTrue(first.get("documentId").asText().matches("sha256:[0-9a-f]{64}"), first.toString());
    assertTrue(first.get("text").asText().contains("query "), first.toString());
  }

  @Test
  void graphiqlOffersTheSavedQueriesAndOpensQueryLinks() throws Exception {
    String page = get("/", BROWSER).body();
    assertTrue(page.contains("id=\"saved-queries\""), page);
    assertTrue(page.contains("params.get('query')"), page);
    assertTrue(page.contains("fetch('/queries'"), page);
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("accept", accept)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
