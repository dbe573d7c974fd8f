package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real server on a free port, spoken to over real HTTP as GraphQL clients do. */
@ExtendWith(TestGraphExtension.class)
class HttpIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static GraphServer server;
  private static String base;

  @BeforeAll
  static void start() {
    TestGraph graph = TestGraph.get();
    server = graph.startServer();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void postJsonAnswersWithGraphQLResponseJsonWhenAccepted() throws Exception {
    HttpResponse<String> response =
        post(
            "{\"query\":\"{ motion(kamerstuk: \\\"31765-446\\\") { kamerstuk } }\"}",
            "application/graphql-response+json");
    assertEquals(200, response.statusCode());
    assertEquals(
        "application/graphql-response+json; charset=utf-8",
        response.headers().firstValue("content-type").orElseThrow());
    assertEquals("31765-446", JSON.readTree(response.body()).at("/data/motion/kamerstuk").asText());
  }

  @Test
  void plainJsonClientsGetApplicationJson() throws Exception {
    HttpResponse<String> response =
        post("{\"query\":\"{ documents { totalCount } }\"}", "application/json");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
    assertEquals(4, JSON.readTree(response.body()).at("/data/documents/totalCount").asInt());
  }

  @Test
  void getRunsQueriesWithVariables() throws Exception {
    String query =
        URLEncoder.encode(
            "query M($k: String!) { motion(kamerstuk: $k) { id } }", StandardCharsets.UTF_8);
    String variables = URLEncoder.encode("{\"k\":\"31 765, nr. 446\"}", StandardCharsets.UTF_8);
    HttpResponse<String> response =
        get("/graphql?query=" + query + "&variables=" + variables, "application/json");
    assertEquals(200, response.statusCode());
    assertEquals("motion/31765-446", JSON.readTree(response.body()).at("/data/motion/id").asText());
  }

  @Test
  void getRefusesMutationsWith405() throws Exception {
    HttpResponse<String> response =
        get(
            "/graphql?query=" + URLEncoder.encode("mutation { x }", StandardCharsets.UTF_8),
            "application/json");
    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("allow").orElseThrow());
  }

  @Test
  void wrongContentTypeIs415AndUnacceptableAcceptIs406() throws Exception {
    HttpRequest textBody =
        HttpRequest.newBuilder(URI.create(base + "/graphql"))
            .header("content-type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    assertEquals(415, CLIENT.send(textBody, HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(406, post("{\"query\":\"{ __typename }\"}", "text/html").statusCode());
  }

  @Test
  void malformedBodiesAre400WithAMessageAndNoStackTrace() throws Exception {
    for (String body :
        new String[] {
          "{not json", "[]", "{\"query\": 5}", "{\"query\":\"{ __typename }\",\"variables\":[]}"
        }) {
      HttpResponse<String> response = post(body, "application/graphql-response+json");
      assertEquals(400, response.statusCode(), body);
      JsonNode json = JSON.readTree(response.body());
      assertFalse(json.at("/errors/0/message").asText().isEmpty());
      assertFalse(response.body().contains("at nl.langerthuis"), "no stack trace");
    }
  }

  @Test
  void aQueryThatDoesNotValidateIs400ForGraphQLResponseJsonAnd200ForJson() throws Exception {
    String body = "{\"query\":\"{ noSuchField }\"}";
    assertEquals(400, post(body, "application/graphql-response+json").statusCode());
    assertEquals(200, post(body, "application/json").statusCode());
  }

  @Test
  void tooDeepQueriesAreRefused() throws Exception {
    // single-valued fields all the way down: deep, but cheap for the complexity budget
    String deep =
        "{ motions(first: 1) { nodes { settledBy { publisher "
            + "{ partOf ".repeat(12)
            + "{ id }"
            + " }".repeat(12)
            + " } } } }";
    HttpResponse<String> response =
        post(JSON.writeValueAsString(Map.of("query", deep)), "application/json");
    assertTrue(
        JSON.readTree(response.body()).at("/errors/0/message").asText().contains("depth"),
        response.body());
  }

  @Test
  void theIntrospectionQueryOfGraphiQLIsAnsweredDespiteTheDepthLimit() throws Exception {
    String body =
        JSON.writeValueAsString(
            Map.of("query", graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY));
    HttpResponse<String> response = post(body, "application/graphql-response+json");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode types = JSON.readTree(response.body()).at("/data/__schema/types");
    assertTrue(types.size() > 30, response.body());
  }

  @Test
  void savedQueriesAreListedAndRunByNameWithUrlVariables() throws Exception {
    JsonNode list = JSON.readTree(get("/queries", "application/json").body());
    assertTrue(list.get("queries").size() >= 15);
    HttpResponse<String> helmond =
        get("/queries/pilots-by-municipality?municipality=Helmond", "application/json");
    assertEquals(200, helmond.statusCode(), helmond.body());
    assertTrue(
        JSON.readTree(helmond.body()).at("/data/pilots/totalCount").asInt() >= 2, helmond.body());
  }

  @Test
  void savedQueriesAnswerCsvForSpreadsheetsWithDottedColumnsAndJoinedLists() throws Exception {
    HttpResponse<String> csv = get("/queries/settled-motions?format=csv", "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("content-type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().split("\n");
    assertTrue(lines[0].contains("kamerstuk") && lines[0].contains("settledBy."), lines[0]);
    assertTrue(csv.body().contains("31765-446"), csv.body());
  }

  @Test
  void savedQueriesRevalidateWithEtagAndExplainBadParameters() throws Exception {
    HttpResponse<String> first = get("/queries/status-counts", "application/json");
    String etag = first.headers().firstValue("etag").orElseThrow();
    HttpRequest again =
        HttpRequest.newBuilder(URI.create(base + "/queries/status-counts"))
            .header("if-none-match", etag)
            .GET()
            .build();
    assertEquals(304, CLIENT.send(again, HttpResponse.BodyHandlers.ofString()).statusCode());
    HttpResponse<String> missing = get("/queries/pilots-by-municipality", "application/json");
    assertEquals(400, missing.statusCode());
    assertEquals(
        "Parameter 'municipality' (String!) is required by pilots-by-municipality",
        JSON.readTree(missing.body()).at("/errors/0/message").asText());
    HttpResponse<String> badInt =
        get("/queries/pilots-by-municipality?municipality=Helmond&first=many", "application/json");
    assertEquals(
        "Parameter 'first' must be Int (got 'many')",
        JSON.readTree(badInt.body()).at("/errors/0/message").asText());
    assertEquals(404, get("/queries/nope", "application/json").statusCode());
  }

  @Test
  void malformedAcceptOrContentTypeHeadersAreRefusedWithFourHundreds() throws Exception {
    HttpResponse<String> accept = post("{\"query\":\"{ __typename }\"}", ";");
    assertEquals(406, accept.statusCode(), accept.body());
    HttpResponse<String> contentType =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", ";")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(415, contentType.statusCode(), contentType.body());
    assertTrue(contentType.body().contains("application/json"), contentType.body());
    for (String path : List.of("/queries", "/queries/status-counts", "/queries/open-motions")) {
      HttpResponse<String> saved = get(path, ";");
      assertEquals(200, saved.statusCode(), path + ": " + saved.body());
      assertTrue(saved.body().startsWith("{"), path + " answers JSON: " + saved.body());
    }
    HttpResponse<Void> head =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/queries"))
                .header("Accept", ";")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertEquals(200, head.statusCode());
  }

  @Test
  void staticAssetsAnswerOtherMethodsWith405NotUndertows501() throws Exception {
    HttpResponse<String> patch =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/webjars/graphiql/graphiql.min.js"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, patch.statusCode());
    assertEquals("GET, HEAD", patch.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void aPortInUseIsReportedByAddressNotByStackTrace() {
    TestGraph graph = TestGraph.get();
    GraphServer second =
        new GraphServer(
            new ServerConfig("127.0.0.1", server.port()),
            graph.graphQL(),
            graph.savedQueries(),
            graph.store()::healthReport);
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, second::start);
    assertTrue(
        e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port() + ": "),
        e.getMessage());
  }

  @Test
  void responsesAreGzippedForClientsThatAcceptIt() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/graphql"))
            .header("content-type", "application/json")
            .header("accept-encoding", "gzip")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"query\":\"{ organisations(first: 100) { nodes { id sources { quote } } } }\"}"))
            .build();
    HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", response.headers().firstValue("content-encoding").orElseThrow());
    byte[] json =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
            .readAllBytes();
    assertTrue(
        json.length > 2 * response.body().length,
        "compressed " + json.length + " to " + response.body().length);
    assertEquals(100, JSON.readTree(json).at("/data/organisations/nodes").size());
  }

  @Test
  void graphiqlSchemaAndHealthAreServed() throws Exception {
    HttpResponse<String> page = get("/", "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/webjars/graphiql/2.4.7/graphiql.min.js"));
    assertEquals(200, get("/webjars/graphiql/2.4.7/graphiql.min.js", "*/*").statusCode());
    assertEquals(200, get("/webjars/react/18.3.1/umd/react.production.min.js", "*/*").statusCode());
    assertTrue(get("/schema.graphql", "text/plain").body().contains("type Motion implements Node"));
    HttpResponse<String> health = get("/health", "application/json");
    assertEquals(200, health.statusCode());
    assertTrue(JSON.readTree(health.body()).get("nodes").asInt() > 500);
    assertEquals(404, get("/nope", "*/*").statusCode());
  }

  private static HttpResponse<String> post(String body, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/graphql"))
            .header("content-type", "application/json")
            .header("accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).header("accept", accept).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
