package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed pipeline from files to a graph ready to write, on the small fixture seed of {@code
 * src/test/resources/fixture-seed} (an excerpt of the June 2020 letter, read by two record files),
 * without a database: records become nodes with labels, sources and lookup keys, references become
 * relationships, two files on one id merge, and the content hash identifies the seed.
 */
class SeedPipelineTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture-seed");

  private static SeedGraph read(Path seed) {
    return new SeedReader(seed, seed.resolve("documents")).read();
  }

  @Test
  void recordsBecomeNodesWithLabelsSourcesAndLookupKeys() {
    // when
    SeedGraph graph = read(FIXTURE);

    // then
    assertEquals(
        List.of(
            "doc/lt-2020-06",
            "motion/31765-446",
            "org/beteroud",
            "person/ellemeet",
            "person/stoffer",
            "programme/handreiking-kwetsbare-ouderen-thuis"),
        graph.nodes().stream().map(SeedGraph.Node::id).sorted().toList());
    SeedGraph.Node beterOud = node(graph, "org/beteroud");
    assertEquals(List.of("Entity", "Organisation"), beterOud.labels());
    assertEquals(List.of("doc/lt-2020-06"), beterOud.properties().get("sourceDocs"));
    assertEquals(
        List.of(
            "De handreiking is nu gemakkelijk te vinden op één centrale plaats, de website van BeterOud."),
        beterOud.properties().get("sourceQuotes"));
    assertTrue(
        node(graph, "motion/31765-446").keys().contains("31765 446"), "Kamerstuk lookup key");
  }

  @Test
  void referencesAndReportsBecomeRelationships() {
    // when
    SeedGraph graph = read(FIXTURE);

    // then
    assertEquals(
        List.of(
            "motion/31765-446 -CONCERNS-> programme/handreiking-kwetsbare-ouderen-thuis",
            "motion/31765-446 -REPORTED_IN-> doc/lt-2020-06",
            "motion/31765-446 -SETTLED_IN-> doc/lt-2020-06",
            "org/beteroud -PARTNER_IN-> programme/handreiking-kwetsbare-ouderen-thuis",
            "person/ellemeet -SUBMITTED-> motion/31765-446",
            "person/stoffer -SUBMITTED-> motion/31765-446"),
        graph.relationships().stream()
            .map(r -> r.from() + " -" + r.type() + "-> " + r.to())
            .sorted()
            .toList());
    SeedGraph.Relationship report =
        graph.relationships().stream()
            .filter(r -> r.type().equals("REPORTED_IN"))
            .findFirst()
            .orElseThrow();
    assertEquals("SETTLED", report.properties().get("status"));
    assertEquals("Hiermee doe ik de motie af.", report.properties().get("quote"));
  }

  @Test
  void twoFilesOnOneIdMergeTheirQuotesAndTheDerivedStatus() {
    // when
    SeedGraph.Node motion = node(read(FIXTURE), "motion/31765-446");

    // then
    Map<String, Object> properties = motion.properties();
    assertEquals("SETTLED", properties.get("status"));
    assertEquals(true, properties.get("settled"));
    List<?> quotes = (List<?>) properties.get("sourceQuotes");
    assertTrue(
        quotes.contains("Kamerstukken II, 2019-2020 31 765, nr. 446."), "from letter-a.yaml");
    assertTrue(
        quotes.contains(
            "Alle dertien organisaties hebben de handreiking via een nieuwsbrief naar hun achterban verspreid."),
        "from letter-b.yaml");
  }

  @Test
  void theHashIsStableForTheSameFilesAndChangesWithAnyEdit(@TempDir Path dir) throws IOException {
    // given
    Path copy = copyOfFixture(dir);
    String before = read(copy).hash();
    Path file = copy.resolve("letter-b.yaml");

    // when
    Files.writeString(file, Files.readString(file).replace("kind: OTHER", "kind: FOUNDATION"));

    // then
    assertEquals(read(FIXTURE).hash(), before);
    assertNotEquals(before, read(copy).hash());
  }

  private static SeedGraph.Node node(SeedGraph graph, String id) {
    return graph.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  private static Path copyOfFixture(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path from : files.toList()) {
        Path to = dir.resolve(FIXTURE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return dir;
  }
}
