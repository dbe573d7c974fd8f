package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real server under hostile clients: budgets that cannot be bypassed, bounded workers, a
 * per-client limit, read timeouts, a time limit that ends the work with one log line, and the
 * headers and switches of a public deployment.
 */
@ExtendWith(TestGraphExtension.class)
class HardeningIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final String PROBE =
      "{\"query\":\"{ motion(kamerstuk: \\\"31765-446\\\") { id } }\"}";

  @Test
  void theComplexityBudgetCannotBeBypassed() {
    GraphQLService service = TestGraph.get().graphQL();
    String overflow =
        "{ motions(first: 100) { nodes { neighbours(first: 1073741823) { node { neighbours(first: 1073741823) { relation } } } } } }";
    String unpagedDeep =
        "{ organisations(first: 100) { nodes { programmes { pilots { partners { programmes { pilots { name } } } } } } } }";
    StringBuilder aliases = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      aliases.append(" a").append(i).append(": motion(kamerstuk: \"31765-446\") { id }");
    }
    String fragments =
        "query { ...A } fragment A on Query { motions(first: 100) { nodes { ...B } } }"
            + " fragment B on Motion { submitters { ...C } } fragment C on Person { motions { submitters { motions { id } } } }";
    for (String query :
        List.of(overflow, unpagedDeep, aliases.append(" }").toString(), fragments)) {
      var result = service.execute(query, null, null);
      assertFalse(result.getErrors().isEmpty(), "refused: " + query.substring(0, 60));
      assertTrue(
          result.getErrors().get(0).getMessage().startsWith("maximum query complexity exceeded"),
          result.getErrors().toString());
      assertEquals(0, statements(result), "refused before any Cypher ran");
    }
  }

  @Test
  void whenEveryWorkerIsBusyANewRequestGets503WithRetryAfterAtOnce() throws Exception {
    TestGraph graph = TestGraph.get();
    try (GraphQLService one =
        new GraphQLService(graph.store(), QueryLimits.DEFAULTS.withWorkers(1))) {
      GraphServer server = server(one, new ServerConfig("127.0.0.1", 0));
      try {
        List<HttpResponse<String>> answers = concurrently(server, 12, nestedQuery());
        assertTrue(
            answers.stream().anyMatch(r -> r.statusCode() == 503),
            "some were refused: " + codes(answers));
        for (HttpResponse<String> refused :
            answers.stream().filter(r -> r.statusCode() == 503).toList()) {
          assertTrue(refused.headers().firstValue("retry-after").isPresent());
          assertEquals(
              "OVERLOADED", JSON.readTree(refused.body()).at("/errors/0/extensions/code").asText());
        }
        assertTrue(answers.stream().noneMatch(r -> r.statusCode() == 500), codes(answers));
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void aClientOverItsShareGets429() throws Exception {
    GraphServer server =
        server(
            TestGraph.get().graphQL(),
            new ServerConfig("127.0.0.1", 0, 1, ServerConfig.DEFAULT_READ_TIMEOUT, true));
    try {
      List<HttpResponse<String>> answers = concurrently(server, 12, nestedQuery());
      HttpResponse<String> limited =
          answers.stream()
              .filter(r -> r.statusCode() == 429)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no 429 among " + codes(answers)));
      assertTrue(limited.headers().firstValue("retry-after").isPresent());
      assertEquals(
          "RATE_LIMITED", JSON.readTree(limited.body()).at("/errors/0/extensions/code").asText());
    } finally {
      server.stop();
    }
  }

  @Test
  void slowClientsAreCutOffAndDoNotTakeTheServerOffline() throws Exception {
    GraphServer server =
        server(
            TestGraph.get().graphQL(),
            new ServerConfig("127.0.0.1", 0, 64, Duration.ofSeconds(1), true));
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 32; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        String head =
            i % 2 == 0
                ? "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"qu"
                : "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Ty";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(socket);
      }
      long start = System.nanoTime();
      HttpResponse<String> probe = post(server, PROBE);
      assertEquals(200, probe.statusCode(), probe.body());
      assertTrue((System.nanoTime() - start) / 1e9 < 1, "the probe answered within a second");
      Thread.sleep(3000);
      for (Socket socket : slow) {
        socket.setSoTimeout(2000);
        InputStream in = socket.getInputStream();
        int read;
        try {
          while ((read = in.read()) != -1) {
            // an error answer may come before the close
          }
        } catch (java.net.SocketException e) {
          read = -1;
        }
        assertEquals(-1, read, "the server closed the slow connection");
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
      server.stop();
    }
  }

  @Test
  void aRequestPastItsTimeLimitLogsOneLineAndTheServiceKeepsAnswering() throws Exception {
    List<LogRecord> records = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              synchronized (records) {
                records.add(record);
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("nl.langerthuis");
    root.addHandler(capture);
    try (GraphQLService impatient =
        new GraphQLService(
            TestGraph.get().store(), new QueryLimits(12, 20000, Duration.ofMillis(1)))) {
      var result = impatient.execute(nestedGraphQL(), null, null);
      assertEquals("TIMEOUT", result.getErrors().get(0).getExtensions().get("code"));
      Thread.sleep(2000);
      var after =
          TestGraph.get()
              .graphQL()
              .execute("{ motion(kamerstuk: \"31765-446\") { id } }", null, null);
      assertTrue(after.getErrors().isEmpty(), after.getErrors().toString());
    } finally {
      root.removeHandler(capture);
    }
    synchronized (records) {
      assertEquals(
          1, records.size(), records.stream().map(LogRecord::getMessage).toList().toString());
      assertTrue(records.get(0).getMessage().startsWith("Request stopped at its time limit"));
      assertEquals(null, records.get(0).getThrown(), "no stack trace");
    }
  }

  @Test
  void publicPagesCarrySecurityHeadersAndGraphiqlAndIntrospectionCanBeTurnedOff() throws Exception {
    GraphServer open = server(TestGraph.get().graphQL(), new ServerConfig("127.0.0.1", 0));
    try {
      HttpResponse<String> page = get(open, "/");
      assertEquals(200, page.statusCode());
      String csp = page.headers().firstValue("content-security-policy").orElseThrow();
      assertTrue(csp.contains("script-src 'self' 'sha256-"), csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElseThrow());
      assertEquals("DENY", page.headers().firstValue("x-frame-options").orElseThrow());
      assertEquals(
          "nosniff",
          get(open, "/health").headers().firstValue("x-content-type-options").orElseThrow());
    } finally {
      open.stop();
    }
    try (GraphQLService closed =
        new GraphQLService(
            TestGraph.get().store(), QueryLimits.DEFAULTS.withIntrospection(false))) {
      GraphServer server =
          server(closed, new ServerConfig("127.0.0.1", 0, 8, Duration.ofSeconds(10), false));
      try {
        assertEquals(404, get(server, "/").statusCode());
        assertEquals(404, get(server, "/schema.graphql").statusCode());
        HttpResponse<String> schema =
            post(server, "{\"query\":\"{ __schema { types { name } } }\"}");
        assertTrue(
            JSON.readTree(schema.body()).at("/data/__schema").isMissingNode()
                || JSON.readTree(schema.body()).at("/data/__schema").isNull(),
            schema.body());
        assertTrue(schema.body().contains("rrors"), schema.body());
        assertEquals(200, post(server, PROBE).statusCode());
      } finally {
        server.stop();
      }
    }
  }

  private static String nestedGraphQL() throws Exception {
    return java.nio.file.Files.readString(Path.of("tools/load/nested.graphql"));
  }

  private static String nestedQuery() throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("query", nestedGraphQL()));
  }

  private static GraphServer server(GraphQLService service, ServerConfig config) {
    SavedQueries queries =
        new SavedQueries(new SavedQueries.QueryLibrary(Path.of("queries")), service);
    GraphServer server =
        new GraphServer(config, service, queries, TestGraph.get().store()::healthReport);
    server.start();
    return server;
  }

  private static List<HttpResponse<String>> concurrently(GraphServer server, int n, String body)
      throws Exception {
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      calls.add(CLIENT.sendAsync(request(server, body), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (var call : calls) {
      answers.add(call.get());
    }
    return answers;
  }

  private static String codes(List<HttpResponse<String>> answers) {
    return answers.stream().map(r -> String.valueOf(r.statusCode())).toList().toString();
  }

  private static HttpRequest request(GraphServer server, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/graphql"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> post(GraphServer server, String body) throws Exception {
    return CLIENT.send(request(server, body), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(GraphServer server, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static int statements(graphql.ExecutionResult result) {
    var extensions = result.getExtensions();
    return extensions == null
        ? 0
        : (Integer)
            ((java.util.Map<String, Object>) extensions.get("cost")).get("cypherStatements");
  }
}
