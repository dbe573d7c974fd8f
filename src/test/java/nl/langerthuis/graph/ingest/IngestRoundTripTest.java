package nl.langerthuis.graph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import nl.langerthuis.graph.seed.SeedException;
import nl.langerthuis.graph.seed.SeedGraph;
import nl.langerthuis.graph.seed.SeedReader;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curator's round trip on one real document: ingest writes a draft, the loader refuses it while
 * it is marked as a draft, and once reviewed (the marker removed, the document entry appended, the
 * file moved into the seed) the loader validates it together with the whole seed.
 */
class IngestRoundTripTest {
  private static final String RENDITION = "003_48f6bcf885ead0a3.txt";
  private static final String ID = "doc/iz-2015-06-ingested";

  @TempDir Path dir;

  @Test
  void aDraftIsRefusedUntilReviewedThenTheLoaderValidatesIt() throws IOException {
    Path seed = copyOfTheSeed();
    Path documents = seed.resolve("documents");
    Ingest.Written written =
        new Ingest(seed, documents).run(documents.resolve(RENDITION), dir.resolve("drafts"), ID);

    Files.writeString(
        seed.resolve("documents.yaml"),
        Files.readString(written.documentEntry()),
        StandardOpenOption.APPEND);
    Path inSeed = seed.resolve("iz-2015-06-ingested.yaml");
    Files.copy(written.draft(), inSeed);
    SeedException refused =
        assertThrows(SeedException.class, () -> new SeedReader(seed, documents).read());
    assertEquals(
        List.of(
            "iz-2015-06-ingested.yaml:1: an unreviewed ingest draft (draft: true): review it and"
                + " its .review.md as graph-seed/README.md describes, then delete the 'draft: true'"
                + " line"),
        refused.problems());

    Files.writeString(inSeed, Files.readString(inSeed).replace("draft: true\n", ""));
    SeedGraph graph = new SeedReader(seed, documents).read();

    assertTrue(graph.nodes().stream().anyMatch(n -> n.id().equals(ID)), "the new document");
    assertTrue(
        graph.relationships().stream()
            .anyMatch(
                r ->
                    r.type().equals("REPORTED_IN")
                        && r.from().equals("motion/33750-XVI-43")
                        && r.to().equals(ID)),
        "the motion's status event from the new document");
    long figures =
        graph.nodes().stream().filter(n -> n.id().startsWith("fig/iz-2015-06-ingested-")).count();
    assertTrue(figures >= 30, "the draft's figures were loaded: " + figures);
    assertTrue(
        graph.relationships().stream()
            .anyMatch(r -> r.type().equals("PUBLISHED_BY") && r.from().equals(ID)),
        "the publisher from the letterhead");
  }

  private Path copyOfTheSeed() throws IOException {
    Path seed = dir.resolve("graph-seed");
    Files.createDirectories(seed.resolve("documents"));
    try (Stream<Path> files = Files.list(TestGraph.SEED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, seed.resolve(file.getFileName()));
      }
    }
    try (Stream<Path> files = Files.list(TestGraph.DOCUMENTS)) {
      for (Path file : files.toList()) {
        Files.copy(file, seed.resolve("documents").resolve(file.getFileName()));
      }
    }
    return seed;
  }
}
