package nl.langerthuis.graph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command line explains itself and refuses wrong flags with the usage. */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
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

  @Test
  void serveHelpListsTheFlags() {
    assertEquals(0, RootCommand.run("serve", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String flag :
        new String[] {
          "--port",
          "--host",
          "--data",
          "--seed",
          "--bolt-port",
          "--neo4j-uri",
          "--neo4j-user",
          "--neo4j-password",
          "--timeout"
        }) {
      assertTrue(help.contains(flag), flag + " in " + help);
    }
  }

  @Test
  void aWrongFlagPrintsTheUsageAndExitsNonZero() {
    assertEquals(2, RootCommand.run("serve", "--prot", "8080"));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.contains("Unknown option") && error.contains("'--prot'"), error);
    assertTrue(error.contains("Usage: langer-thuis-graph serve"), error);
  }

  @Test
  void aMissingCommandIsAnError() {
    assertEquals(2, RootCommand.run(new String[0]));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing command"));
  }

  @Test
  void loadReportsAnInvalidSeedFolderAndExitsOne() {
    assertEquals(
        1,
        RootCommand.run("load", "--seed", "does-not-exist", "--neo4j-uri", "bolt://127.0.0.1:1"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("error:"),
        err.toString(StandardCharsets.UTF_8));
  }
}
