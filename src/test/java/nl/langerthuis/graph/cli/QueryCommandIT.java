package nl.langerthuis.graph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.langerthuis.graph.support.BoltLogin;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code query NAME} against the test graph, reached over Bolt as an external store. */
@ExtendWith(TestGraphExtension.class)
class QueryCommandIT {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private String bolt;
  private String password;

  @BeforeEach
  void capture() {
    bolt = TestGraph.get().store().boltUri().orElseThrow();
    password = BoltLogin.password(TestGraph.get().store());
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  /** Runs the command line's {@code query} against the test graph's store over Bolt. */
  private int query(String... arguments) {
    List<String> line = new ArrayList<>(List.of("query"));
    line.addAll(List.of(arguments));
    line.addAll(
        List.of("--neo4j-uri", bolt, "--neo4j-user", "neo4j", "--neo4j-password", password));
    return RootCommand.run(line.toArray(String[]::new));
  }

  @Test
  void aSavedQueryIsWrittenToAFileAsCsv(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("settled.csv");
    int exit = query("settled-motions", "--format", "csv", "--out", file.toString());
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    List<String> lines = Files.readAllLines(file);
    assertTrue(lines.get(0).startsWith("id,kamerstuk,"), lines.get(0));
    assertEquals(1 + 4, lines.stream().filter(l -> l.matches("^(id|motion/).*")).count());
    assertTrue(lines.stream().anyMatch(l -> l.contains("31765-446")));
  }

  @Test
  void csvFollowsEveryPageIntoOneTable() {
    int exit = query("open-motions", "--var", "first=4", "--format", "csv");
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    String csv = out.toString(StandardCharsets.UTF_8);
    assertEquals(9, csv.lines().filter(l -> l.startsWith("motion/")).count(), csv);
    assertEquals(1, csv.lines().filter(l -> l.startsWith("id,")).count(), "one header");
  }

  @Test
  void jsonIsTheGraphQLResultAndMissingVariablesOrLookupsAreExplained() {
    assertEquals(0, query("motion-trace", "--var", "kamerstuk=31 765, nr. 446"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"id\" : \"motion/31765-446\""));

    assertEquals(2, query("pilots-by-municipality"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("Parameter 'municipality' (String!) is required by pilots-by-municipality"));

    assertEquals(1, query("motion-trace", "--var", "kamerstuk=99999-1"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Nothing found: motion is null"));
  }
}
