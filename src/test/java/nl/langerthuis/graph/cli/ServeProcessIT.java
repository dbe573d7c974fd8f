package nl.langerthuis.graph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a user runs it, in its own JVM: the first start loads the seed and prints the
 * URL, the server answers, and SIGTERM shuts it down cleanly, so that the next start on the same
 * store finds the graph up to date without recovery. One {@code serve} process on the small fixture
 * seed keeps this test cheap; the restart is an in-process open of the same store.
 */
class ServeProcessIT {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture-seed");
  private static final Pattern READY =
      Pattern.compile("Ready in [\\d.]+ s: GraphiQL at (http://\\S+/),");

  @Test
  void serveLoadsOnceStopsCleanlyOnSigtermAndTheStoreReopensWithoutReloading(@TempDir Path data)
      throws Exception {
    // when
    List<String> output = serveUntilHealthyThenTerminate(data);

    // then
    assertTrue(
        output.stream().anyMatch(l -> l.startsWith("Loading the seed into an empty store")),
        output.toString());
    assertTrue(output.contains("Stopped; the store was closed cleanly."), output.toString());
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0))) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      boolean reloaded =
          new SeedLoading(store, new PrintStream(log, true, StandardCharsets.UTF_8))
              .ensureLoaded(FIXTURE, FIXTURE.resolve("documents"), false);
      assertFalse(reloaded, "the graph is up to date: " + log);
    }
    assertFalse(neo4jLogMentionsRecovery(data), "reopening the store needed no recovery");
  }

  private static List<String> serveUntilHealthyThenTerminate(Path data) throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                // a short-lived server: the quick JIT tier and one GC thread start it faster
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--data",
                data.toString(),
                "--seed",
                FIXTURE.toString())
            .redirectErrorStream(true)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      while (url == null) {
        String line = out.readLine();
        if (line == null) {
          break;
        }
        lines.add(line);
        Matcher ready = READY.matcher(line);
        url = ready.find() ? ready.group(1) : null;
      }
      assertTrue(url != null, "the server printed its URL: " + lines);
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      process.toHandle().destroy(); // SIGTERM, keeping the output stream open
      out.lines().forEach(lines::add);
    } finally {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    return lines;
  }

  private static boolean neo4jLogMentionsRecovery(Path data) throws IOException {
    try (Stream<Path> files = Files.walk(data)) {
      for (Path log : files.filter(p -> p.getFileName().toString().equals("debug.log")).toList()) {
        if (Files.readString(log)
            .lines()
            .anyMatch(l -> l.contains("Recovery required") || l.contains("recovery completed"))) {
          return true;
        }
      }
    }
    return false;
  }
}
