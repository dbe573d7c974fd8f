package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.langerthuis.graph.support.RealSeed;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * Every parliamentary paper the documents cite is either a motion in the graph or on a curator's
 * explicit list of papers that are not motions: nothing is skipped silently.
 */
class KamerstukCoverageTest {
  /**
   * Dossier, optional Roman suffix, "nr." and number, with further ", nr. N" of the same dossier.
   */
  static final Pattern REFERENCE =
      Pattern.compile(
          "(\\d{2}\\s?\\d{3})(?:[\\s-]*([IVXLC]+))?[\\s,-]*nr\\.?\\s*(\\d+)((?:\\s*,\\s*nr\\.?\\s*\\d+)*)");

  private static final Pattern MORE = Pattern.compile("nr\\.?\\s*(\\d+)");

  @Test
  void everyCitedKamerstukIsAMotionOrDeclaredNotToBeOne() throws IOException {
    SeedGraph graph = RealSeed.graph();
    Set<String> motions =
        graph.nodes().stream()
            .filter(n -> n.labels().contains("Motion"))
            .map(n -> n.id().substring("motion/".length()))
            .collect(Collectors.toSet());
    Set<String> cited = citedInDocuments();
    assertTrue(cited.size() > 20, "the documents cite many papers: " + cited);
    Set<String> unaccounted = new TreeSet<>(cited);
    unaccounted.removeAll(motions);
    unaccounted.removeAll(graph.notMotionReferences());
    assertEquals(Set.of(), unaccounted, "cited but neither a motion nor listed under notMotions");
  }

  @Test
  void thePatternReadsTheFormsTheDocumentsUse() {
    assertEquals(Set.of("31765-446"), references("Kamerstukken II, 2019-2020 31 765, nr. 446."));
    assertEquals(
        Set.of("35300-XVI-22"), references("Kamerstukken II, 2019-2020, 35 300-XVI, nr. 22"));
    assertEquals(
        Set.of("34775-XVI-88"), references("Kamerstukken II, 207-2018, 34 775 XVI, nr. 88"));
    assertEquals(
        Set.of("25295-277", "25295-315", "25295-351"),
        references("(Kamerstukken 2019/2020, 25 295, nr. 277, nr. 315, nr. 351, nr. X)"));
    assertEquals(Set.of("31765-472"), references("Kamerstukken II, 2019-2020, 31 765- nr. 472."));
  }

  static Set<String> citedInDocuments() throws IOException {
    Set<String> cited = new TreeSet<>();
    try (Stream<Path> files = Files.list(TestGraph.DOCUMENTS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        cited.addAll(references(Files.readString(file)));
      }
    }
    return cited;
  }

  static Set<String> references(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String dossier = m.group(1).replace(" ", "") + (m.group(2) == null ? "" : "-" + m.group(2));
      found.add(dossier + "-" + Integer.parseInt(m.group(3)));
      Matcher more = MORE.matcher(m.group(4));
      while (more.find()) {
        found.add(dossier + "-" + Integer.parseInt(more.group(1)));
      }
    }
    return found;
  }
}
