package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader refuses bad seeds with the file, the line and the broken rule. */
class SeedValidationTest {
  @TempDir Path dir;
  private Path seed;
  private Path documents;

  @BeforeEach
  void writeDocuments() throws IOException {
    seed = Files.createDirectories(dir.resolve("graph-seed"));
    documents = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        documents.resolve("letter.txt"),
        "Brief over mantelzorg\n\nDe Vereniging Nederlandse Gemeenten (VNG) en Mezzo werken samen.\n"
            + "De motie¹ is hiermee afgedaan.\n\n¹ Kamerstukken II, 2019-2020, 31 765, nr. 446\n");
    Files.writeString(
        seed.resolve("documents.yaml"),
        """
        documents:
          - id: doc/letter
            title: Brief over mantelzorg
            date: 2020-06
            kind: LETTER_TO_PARLIAMENT
            renditions: [letter.txt]
            quotes: ["Brief over mantelzorg"]
        """);
  }

  private void writeRecords(String records) throws IOException {
    Files.writeString(
        seed.resolve("letter.yaml"), "document: doc/letter\nrecords:\n" + records.stripIndent());
  }

  private List<String> problems() {
    return assertThrows(SeedException.class, () -> new SeedReader(seed, documents).read())
        .problems();
  }

  @Test
  void aValidSeedMergesIntoNodesWithSourcesAndKeys() throws IOException {
    writeRecords(
        """
          - id: org/vng
            type: Organisation
            name: Vereniging Nederlandse Gemeenten
            abbreviation: VNG
            kind: ASSOCIATION
            quotes: ["De Vereniging Nederlandse Gemeenten (VNG)"]
          - id: motion/31765-446
            type: Motion
            kamerstuk: 31765-446
            report: {status: SETTLED, quote: "De motie is hiermee afgedaan."}
            quotes: [{text: "31 765, nr. 446", at: footnote 1}]
        """);
    SeedGraph graph = new SeedReader(seed, documents).read();
    SeedGraph.Node motion =
        graph.nodes().stream()
            .filter(n -> n.id().equals("motion/31765-446"))
            .findFirst()
            .orElseThrow();
    assertEquals("SETTLED", motion.properties().get("status"));
    assertEquals(true, motion.properties().get("settled"));
    assertTrue(
        graph.relationships().stream()
            .anyMatch(r -> r.type().equals("SETTLED_IN") && r.to().equals("doc/letter")));
    SeedGraph.Node vng =
        graph.nodes().stream().filter(n -> n.id().equals("org/vng")).findFirst().orElseThrow();
    assertTrue(vng.keys().containsAll(List.of("vng", "vereniging nederlandse gemeenten")));
    assertEquals(List.of("doc/letter"), vng.properties().get("sourceDocs"));
  }

  @Test
  void aQuoteThatIsNotInTheDocumentIsRefusedWithFileAndLine() throws IOException {
    writeRecords(
        """
          - id: org/vng
            type: Organisation
            name: VNG
            kind: ASSOCIATION
            quotes: ["De VNG heeft dit nooit gezegd"]
        """);
    assertEquals(
        List.of(
            "letter.yaml:3: quote not found in doc/letter: \"De VNG heeft dit nooit gezegd\"",
            "letter.yaml:3: org/vng has no quotes: every record cites at least one passage of its document"),
        problems());
  }

  @Test
  void anUnknownReferenceIsRefused() throws IOException {
    writeRecords(
        """
          - id: org/vng
            type: Organisation
            name: VNG
            kind: ASSOCIATION
            memberOf: [org/nobody]
            quotes: ["(VNG)"]
        """);
    assertEquals(
        List.of("letter.yaml:3: org/vng.memberOf -> org/nobody: no record has this id"),
        problems());
  }

  @Test
  void aDuplicateIdInOneFileIsRefused() throws IOException {
    writeRecords(
        """
          - id: org/vng
            type: Organisation
            name: VNG
            kind: ASSOCIATION
            quotes: ["(VNG)"]
          - id: org/vng
            type: Organisation
            quotes: ["(VNG)"]
        """);
    assertEquals(List.of("letter.yaml:8: duplicate id org/vng in this file"), problems());
  }

  @Test
  void aBadDateIsRefused() throws IOException {
    writeRecords(
        """
          - id: pilot/x
            type: Pilot
            name: X
            startDate: 2020-13
            quotes: ["Mezzo werken samen"]
        """);
    assertEquals(
        List.of(
            "letter.yaml:3: pilot/x.startDate must be a date YYYY-MM-DD, YYYY-MM or YYYY (got 2020-13)"),
        problems());
  }

  @Test
  void aMissingSourceIsRefused() throws IOException {
    writeRecords(
        """
          - id: org/mezzo
            type: Organisation
            name: Mezzo
            kind: ASSOCIATION
        """);
    assertEquals(
        List.of(
            "letter.yaml:3: org/mezzo has no quotes: every record cites at least one passage of its document"),
        problems());
  }

  @Test
  void conflictingValuesAcrossFilesNameBothPlaces() throws IOException {
    writeRecords(
        """
          - id: org/vng
            type: Organisation
            name: VNG
            kind: ASSOCIATION
            quotes: ["(VNG)"]
        """);
    Files.writeString(
        seed.resolve("other.yaml"),
        """
        document: doc/letter
        records:
          - id: org/vng
            type: Organisation
            kind: AGENCY
            quotes: ["(VNG)"]
        """);
    assertEquals(
        List.of(
            "other.yaml:3: org/vng.kind = AGENCY conflicts with ASSOCIATION at letter.yaml:3: org/vng.kind"),
        problems());
  }

  @Test
  void brokenYamlNamesTheLine() throws IOException {
    Files.writeString(
        seed.resolve("letter.yaml"), "document: doc/letter\nrecords:\n  - id: [unclosed\n");
    List<String> problems = problems();
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("letter.yaml:4: not valid YAML"), problems.get(0));
  }

  @Test
  void kamerstukNumbersParseInTheFormsUsersType() {
    assertEquals(
        Map.of("a", "31765-446", "b", "31765-446", "c", "35300-XVI-22", "d", "34775-XVI-88"),
        Map.of(
            "a", Kamerstuk.parse("31765-446").orElseThrow(),
            "b", Kamerstuk.parse("31 765, nr. 446").orElseThrow(),
            "c", Kamerstuk.parse("35 300-XVI, nr. 22").orElseThrow(),
            "d", Kamerstuk.parse("34775 xvi nr 88").orElseThrow()));
    assertTrue(Kamerstuk.parse("motie over mantelzorg").isEmpty());
  }
}
