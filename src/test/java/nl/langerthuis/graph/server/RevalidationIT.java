package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.seed.SeedReader;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Conditional GET by RFC 9110 on the real server: entity tags, If-None-Match, Vary, gzip. */
@ExtendWith(TestGraphExtension.class)
class RevalidationIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Path FIXTURE = Path.of("src/test/resources/fixture-seed");
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

  /**
   * A reload written by another process (a {@code load} run elsewhere) while the service's health
   * check still names the old seed: the tag comes from the answer's own snapshot, so the old tag
   * gets the new answer, never a 304.
   */
  @Test
  void theTagComesFromTheSnapshotTheAnswerWasReadFrom(@TempDir Path tmp) throws Exception {
    Path before = copy(FIXTURE, tmp.resolve("seed-before"));
    Path after = copy(FIXTURE, tmp.resolve("seed-after"));
    Path documents = after.resolve("documents.yaml");
    Files.writeString(
        documents,
        Files.readString(documents)
            .replace(
                "title: Stand van zaken programma Langer Thuis – juni 2020",
                "title: Stand van zaken Langer Thuis, juni 2020"));
    try (GraphStore store =
            GraphStore.open(
                StoreConfig.embedded(tmp.resolve("neo4j"), 0)
                    .withQueryTimeout(Duration.ofSeconds(30)));
        GraphQLService service = new GraphQLService(store, QueryLimits.DEFAULTS)) {
      new SeedLoading(store, System.out).ensureLoaded(before, before.resolve("documents"), true);
      GraphServer own =
          new GraphServer(
              new ServerConfig("127.0.0.1", 0),
              service,
              TestGraph.get().savedQueries(),
              store::healthReport);
      own.start();
      try {
        String url =
            "http://127.0.0.1:"
                + own.port()
                + "/graphql?query="
                + URLEncoder.encode("{ documents { nodes { title } } }", StandardCharsets.UTF_8);
        HttpResponse<String> first = send(url);
        assertEquals(200, first.statusCode(), first.body());
        String oldTag = first.headers().firstValue("etag").orElseThrow();
        assertEquals(304, send(url, "if-none-match", oldTag).statusCode());
        Object keptSeed = store.health().seed().get("seedHash");

        store.writer().replaceWith(new SeedReader(after, after.resolve("documents")).read());

        assertEquals(keptSeed, store.health().seed().get("seedHash"), "the check has not run");
        HttpResponse<String> changed = send(url, "if-none-match", oldTag);
        assertEquals(200, changed.statusCode(), "the old tag names the old graph");
        assertTrue(changed.body().contains("Stand van zaken Langer Thuis, juni 2020"));
        String newTag = changed.headers().firstValue("etag").orElseThrow();
        assertNotEquals(oldTag, newTag);
        assertEquals(304, send(url, "if-none-match", newTag).statusCode());
      } finally {
        own.stop();
      }
    }
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
    return to;
  }

  private static HttpResponse<String> send(String url, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
