package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging and derivation follow the rules the schema declares, not the names of kinds: a status
 * that moves with time takes the newest document's value, prose is joined, defaults and fixed
 * values fill in, extra labels follow their condition, display labels follow their templates.
 */
class SeedDerivationTest {
  @TempDir Path dir;
  private Path seed;

  @BeforeEach
  void writeTwoDocuments() throws IOException {
    seed = Files.createDirectories(dir.resolve("graph-seed"));
    Path documents = Files.createDirectories(seed.resolve("documents"));
    Files.writeString(
        documents.resolve("old.txt"), "Brief 2015\n\nDe pilot Thuis start in Katwijk.\n");
    Files.writeString(
        documents.resolve("new.txt"),
        "Brief 2020\n\nDe pilot Thuis loopt. De provincie Zuid-Holland doet mee.\n");
    Files.writeString(
        seed.resolve("documents.yaml"),
        """
        documents:
          - id: doc/old
            title: Brief 2015
            date: 2015-06
            kind: LETTER_TO_PARLIAMENT
            renditions: [old.txt]
            quotes: ["Brief 2015"]
          - id: doc/new
            title: Brief 2020
            date: 2020-11
            kind: LETTER_TO_PARLIAMENT
            renditions: [new.txt]
            quotes: ["Brief 2020"]
        """);
  }

  private void write(String file, String document, String records) throws IOException {
    Files.writeString(
        seed.resolve(file), "document: " + document + "\nrecords:\n" + records.stripIndent());
  }

  private Map<String, SeedGraph.Node> read() {
    SeedGraph graph = new SeedReader(seed, seed.resolve("documents")).read();
    return graph.nodes().stream()
        .collect(java.util.stream.Collectors.toMap(SeedGraph.Node::id, n -> n));
  }

  @Test
  void theNewestDocumentsStatusWinsAndDescriptionsAreJoined() throws IOException {
    // given: the newer letter is read first
    write(
        "a-new.yaml",
        "doc/new",
        """
          - id: pilot/thuis
            type: Pilot
            name: Thuis
            status: RUNNING
            description: Loopt.
            quotes: ["De pilot Thuis loopt."]
        """);
    write(
        "b-old.yaml",
        "doc/old",
        """
          - id: pilot/thuis
            type: Pilot
            status: PLANNED
            description: Start in Katwijk.
            quotes: ["De pilot Thuis start in Katwijk."]
        """);

    // when
    Map<String, Object> pilot = read().get("pilot/thuis").properties();

    // then
    assertEquals("RUNNING", pilot.get("status"));
    assertEquals("Loopt.\n\nStart in Katwijk.", pilot.get("description"));
    assertEquals("Thuis", pilot.get("label"));
  }

  @Test
  void defaultsFixedValuesAndConditionalLabelsFillIn() throws IOException {
    // given
    write(
        "a.yaml",
        "doc/new",
        """
          - id: pilot/thuis
            type: Pilot
            name: Thuis
            quotes: ["De pilot Thuis loopt."]
          - id: region/zuid-holland
            type: Region
            name: Zuid-Holland
            kind: PROVINCE
            quotes: ["De provincie Zuid-Holland doet mee."]
          - id: mun/katwijk
            type: Municipality
            name: Katwijk
            quotes: ["Brief 2020"]
        """);

    // when
    Map<String, SeedGraph.Node> nodes = read();

    // then
    assertEquals("UNKNOWN", nodes.get("pilot/thuis").properties().get("status"));
    assertEquals(
        List.of("Entity", "Region", "Organisation"), nodes.get("region/zuid-holland").labels());
    SeedGraph.Node katwijk = nodes.get("mun/katwijk");
    assertEquals(List.of("Entity", "Municipality", "Organisation"), katwijk.labels());
    assertEquals("MUNICIPALITY", katwijk.properties().get("kind"));
  }

  @Test
  void aRequiredFieldMissingFromEveryFileIsNamed() throws IOException {
    // given
    write(
        "a.yaml",
        "doc/new",
        """
          - id: region/zuid-holland
            type: Region
            name: Zuid-Holland
            quotes: ["De provincie Zuid-Holland doet mee."]
        """);

    // when
    SeedException e = assertThrows(SeedException.class, this::read);

    // then
    assertEquals(List.of("a.yaml:3: region/zuid-holland has no kind in any file"), e.problems());
  }
}
