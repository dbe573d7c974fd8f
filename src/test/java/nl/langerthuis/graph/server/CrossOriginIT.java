package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dashboard on another origin, as a browser speaks for it: the preflight it sends before a JSON
 * POST, then the request itself with its Origin header; once against an open server and once
 * against one restricted with {@code --cors-origin}.
 */
@ExtendWith(TestGraphExtension.class)
class CrossOriginIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String DASHBOARD = "https://dash.example.org";
  private static GraphServer open;
  private static GraphServer restricted;

  @BeforeAll
  static void start() {
    open = TestGraph.get().startServer(WebAccess.OPEN);
    restricted = TestGraph.get().startServer(new WebAccess(List.of(DASHBOARD), false));
  }

  @AfterAll
  static void stop() {
    open.stop();
    restricted.stop();
  }

  @Test
  void theBrowsersPreflightForAJsonPostIsAnsweredForAnyOrigin() throws Exception {
    HttpResponse<String> preflight = preflight(open, "/graphql", "POST", "content-type");
    assertEquals(204, preflight.statusCode());
    assertEquals("*", header(preflight, "access-control-allow-origin"));
    assertTrue(header(preflight, "access-control-allow-methods").contains("POST"));
    assertEquals("content-type", header(preflight, "access-control-allow-headers"));

    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base(open) + "/graphql"))
                .header("origin", "https://anyone.example.net")
                .header("content-type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"{ documents { totalCount } }\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, post.statusCode());
    assertEquals("*", header(post, "access-control-allow-origin"));
    assertTrue(header(post, "access-control-expose-headers").contains("ETag"));
  }

  @Test
  void savedQueriesArePreflightedForGetAndRefuseOtherMethods() throws Exception {
    HttpResponse<String> preflight =
        preflight(open, "/queries/status-counts", "GET", "if-none-match");
    assertEquals(204, preflight.statusCode());
    assertEquals("GET, HEAD, OPTIONS", header(preflight, "access-control-allow-methods"));

    HttpResponse<String> get = send(open, "/queries/status-counts", "GET", DASHBOARD);
    assertEquals(200, get.statusCode());
    assertEquals("*", header(get, "access-control-allow-origin"));
    assertTrue(get.body().contains("motionsSettled"), get.body());

    HttpResponse<String> head = send(open, "/queries/status-counts", "HEAD", null);
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());

    for (String method : List.of("POST", "PUT", "DELETE")) {
      HttpResponse<String> refused = send(open, "/queries/status-counts", method, null);
      assertEquals(405, refused.statusCode(), method);
      assertEquals("GET, HEAD, OPTIONS", header(refused, "allow"));
      assertTrue(refused.body().contains("GET and HEAD only"), refused.body());
    }
    HttpResponse<String> options = send(open, "/queries/status-counts", "OPTIONS", null);
    assertEquals(204, options.statusCode());
    assertEquals("GET, HEAD, OPTIONS", header(options, "allow"));
  }

  @Test
  void aRestrictedServerNamesTheAllowedOriginAndRefusesOthers() throws Exception {
    HttpResponse<String> allowed = preflight(restricted, "/graphql", "POST", "content-type");
    assertEquals(204, allowed.statusCode());
    assertEquals(DASHBOARD, header(allowed, "access-control-allow-origin"));
    assertTrue(allowed.headers().allValues("vary").contains("Origin"));

    HttpResponse<String> other =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base(restricted) + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("origin", "https://evil.example.com")
                .header("access-control-request-method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, other.statusCode());
    assertTrue(other.body().contains(DASHBOARD), other.body());

    HttpResponse<String> get =
        send(restricted, "/queries/status-counts", "GET", "https://evil.example.com");
    assertEquals(200, get.statusCode(), "servers answer; the browser withholds the answer");
    assertTrue(get.headers().firstValue("access-control-allow-origin").isEmpty());
  }

  private static HttpResponse<String> preflight(
      GraphServer server, String path, String method, String headers) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base(server) + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("origin", DASHBOARD)
            .header("access-control-request-method", method)
            .header("access-control-request-headers", headers)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(
      GraphServer server, String path, String method, String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base(server) + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (origin != null) {
      request.header("origin", origin);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }

  private static String base(GraphServer server) {
    return "http://127.0.0.1:" + server.port();
  }
}
