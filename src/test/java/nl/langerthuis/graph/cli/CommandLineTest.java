package nl.langerthuis.graph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @Test
  void serveOnABusyPortSaysSoInOneLineWithinTwoSecondsAndCreatesNoStore(@TempDir Path tmp)
      throws Exception {
    Path data = tmp.resolve("data");
    try (ServerSocket busy = new ServerSocket(0)) {
      int port = busy.getLocalPort();
      String error = failsFast("serve", "--port", String.valueOf(port), "--data", data.toString());
      assertTrue(error.contains("cannot listen on 127.0.0.1:" + port), error);
    }
    assertFalse(Files.exists(data), "no store folder was created");
  }

  @ParameterizedTest(name = "{0} missing")
  @CsvSource({
    "--seed, nowhere, the seed folder does not exist",
    "--documents, no-documents, the documents folder does not exist"
  })
  void serveWithoutAFolderItNeedsSaysSoInOneLineAndCreatesNoStore(
      String flag, String missing, String message, @TempDir Path tmp) {
    Path data = tmp.resolve("data");
    String error =
        failsFast(
            "serve",
            "--port",
            "0",
            flag,
            tmp.resolve(missing).toString(),
            "--data",
            data.toString());
    assertTrue(error.contains(message), error);
    assertFalse(Files.exists(data), "no store folder was created");
  }

  @Test
  void loadOnAStoreThatAnotherProcessHoldsSaysItIsInUse(@TempDir Path tmp) throws Exception {
    Path lockFile = tmp.resolve("data/data/databases/store_lock");
    Files.createDirectories(lockFile.getParent());
    Files.createFile(lockFile);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      String error = failsFast("load", "--data", tmp.resolve("data").toString());
      assertTrue(error.contains("is in use by another process"), error);
      assertTrue(held.isValid());
    }
    assertFalse(Files.exists(tmp.resolve("data/data/databases/neo4j")), "nothing was created");
  }

  @Test
  void exportHelpNamesTheFormatsAndTheFlags() {
    assertEquals(0, RootCommand.run("export", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String word :
        new String[] {"--format", "--out", "--neo4j-uri", "graphml", "jsonl", "csv"}) {
      assertTrue(help.contains(word), word + " in " + help);
    }
  }

  @Test
  void exportInAnUnknownFormatNamesTheArgumentInOneLineAndOpensNoStore(@TempDir Path tmp) {
    Path data = tmp.resolve("data");
    Path out = tmp.resolve("out");
    String error =
        failsFast(
            2, "export", "--format", "xml", "--out", out.toString(), "--data", data.toString());
    assertEquals("error: --format must be graphml, jsonl or csv (got 'xml')", error);
    assertFalse(Files.exists(data), "no store folder was created");
    assertFalse(Files.exists(out), "no output folder was created");
  }

  @Test
  void exportIntoAFileOrUnderOneNamesTheArgumentInOneLineAndOpensNoStore(@TempDir Path tmp)
      throws Exception {
    Path data = tmp.resolve("data");
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    String intoFile =
        failsFast(
            2, "export", "--format", "csv", "--out", file.toString(), "--data", data.toString());
    assertTrue(
        intoFile.startsWith("error: --out ") && intoFile.endsWith("is a file, not a folder"));
    err.reset();
    String underFile =
        failsFast(
            2,
            "export",
            "--format",
            "jsonl",
            "--out",
            file.resolve("export").toString(),
            "--data",
            data.toString());
    assertTrue(underFile.startsWith("error: --out ") && underFile.endsWith("is a file"), underFile);
    assertFalse(Files.exists(data), "no store folder was created");
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void exportFromAnUnreachableStoreLeavesNoOutputFolder(@TempDir Path tmp) {
    Path out = tmp.resolve("new/export");
    assertEquals(
        1,
        RootCommand.run(
            "export",
            "--format",
            "csv",
            "--out",
            out.toString(),
            "--neo4j-uri",
            "bolt://127.0.0.1:1"));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.startsWith("error: cannot use Neo4j at bolt://127.0.0.1:1"), error);
    assertFalse(Files.exists(tmp.resolve("new")), "nothing was created");
  }

  /** Runs a command that must fail before Neo4j opens: exit 1, one line, under two seconds. */
  private String failsFast(String... args) {
    return failsFast(1, args);
  }

  /** Runs a command that must fail at once with {@code exit}, in one line, under two seconds. */
  private String failsFast(int exit, String... args) {
    long start = System.nanoTime();
    assertEquals(exit, RootCommand.run(args));
    double seconds = (System.nanoTime() - start) / 1e9;
    String error = err.toString(StandardCharsets.UTF_8).strip();
    assertTrue(seconds < 2, "failed after " + seconds + " s: " + error);
    assertEquals(1, error.lines().count(), error);
    assertFalse(error.contains("Exception"), error);
    return error;
  }
}
