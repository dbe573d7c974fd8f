package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Conditional GET by RFC 9110 on the real server: entity tags, If-None-Match, Vary, gzip. */
@ExtendWith(TestGraphExtension.class)
class RevalidationIT {
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
    server.stop();
  }

  @Test
  void ifNoneMatchIsComparedWeaklyAndAcceptsListsAndAStar() throws Exception {
    HttpResponse<String> first = get("/queries/status-counts");
    assertEquals(200, first.statusCode());
    String tag = first.headers().firstValue("etag").orElseThrow();
    assertTrue(tag.matches("\"[0-9a-f]{24}\""), tag);
    assertEquals("no-cache", first.headers().firstValue("cache-control").orElseThrow());
    assertTrue(first.headers().allValues("vary").contains("Accept-Encoding"));

    for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"other\", " + tag, "*")) {
      HttpResponse<String> again = get("/queries/status-counts", "if-none-match", ifNoneMatch);
      assertEquals(304, again.statusCode(), ifNoneMatch);
      assertEquals(tag, again.headers().firstValue("etag").orElseThrow());
      assertEquals("", again.body());
    }
    assertEquals(200, get("/queries/status-counts", "if-none-match", "\"other\"").statusCode());
    assertNotEquals(
        tag,
        get("/queries/status-counts?format=csv").headers().firstValue("etag").orElseThrow(),
        "each URL has its own tag");
  }

  @Test
  void gzippedAndPlainAnswersHaveDistinctTagsAndPlainOnesNoContentEncoding() throws Exception {
    HttpResponse<String> plain = get("/queries/settled-motions");
    HttpResponse<String> identity = get("/queries/settled-motions", "accept-encoding", "identity");
    HttpResponse<byte[]> gzip =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/queries/settled-motions"))
                .header("accept-encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", gzip.headers().firstValue("content-encoding").orElseThrow());
    assertTrue(plain.headers().firstValue("content-encoding").isEmpty());
    assertTrue(
        identity.headers().firstValue("content-encoding").isEmpty(),
        identity.headers().map().toString());
    String plainTag = plain.headers().firstValue("etag").orElseThrow();
    String gzipTag = gzip.headers().firstValue("etag").orElseThrow();
    assertNotEquals(plainTag, gzipTag);
    assertEquals(plainTag, identity.headers().firstValue("etag").orElseThrow());
    HttpResponse<byte[]> gzipAgain =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/queries/settled-motions"))
                .header("accept-encoding", "gzip")
                .header("if-none-match", gzipTag)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, gzipAgain.statusCode());
  }

  @Test
  void getGraphqlAnswersCarryATagAndRevalidateButPostsAndErrorsDoNot() throws Exception {
    String path =
        "/graphql?query="
            + URLEncoder.encode("{ documents { totalCount } }", StandardCharsets.UTF_8);
    HttpResponse<String> first = get(path);
    assertEquals(200, first.statusCode(), first.body());
    String tag = first.headers().firstValue("etag").orElseThrow();
    assertEquals(304, get(path, "if-none-match", tag).statusCode());

    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("content-type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"{ documents { totalCount } }\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, post.statusCode());
    assertTrue(post.headers().firstValue("etag").isEmpty());
    HttpResponse<String> missing = get("/queries/motion-trace?kamerstuk=99999-1");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("etag").isEmpty());
  }

  @Test
  void anAnswerDuringAReloadGoesOutWithoutATag() throws Exception {
    Queue<Optional<String>> hashes =
        new ArrayDeque<>(List.of(Optional.of("seed-before"), Optional.of("seed-after")));
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(
                new Revalidation(
                    hashes::remove, exchange -> exchange.getResponseSender().send("answer")))
            .build();
    undertow.start();
    try {
      int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals("answer", response.body());
      assertTrue(
          response.headers().firstValue("etag").isEmpty(), response.headers().map().toString());
      assertTrue(hashes.isEmpty(), "the hash was read before and after the answer");
    } finally {
      undertow.stop();
    }
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
