package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.langerthuis.graph.support.RealSeed;
import org.junit.jupiter.api.Test;

/**
 * The counts the READMEs state are the counts of the seed: per record type and per relationship
 * type in {@code graph-seed/README.md}, and the rounded totals in {@code README.md}. A data change
 * that changes a count fails here until the README says so.
 */
class SeedCountsTest {
  private static final Path SEED_README = Path.of("graph-seed/README.md");
  private static final Path README = Path.of("README.md");

  /** A table row whose first two cells are a name and a number: {@code | Motion | 13 | ... |}. */
  private static final Pattern ROW =
      Pattern.compile("^\\| *([A-Za-z_]+) *\\| *(\\d+) *\\|", Pattern.MULTILINE);

  private static final Pattern TOTALS =
      Pattern.compile("(?:about )?(\\d+) nodes(?:,| and) (\\d+) relationships");

  @Test
  void theNodeAndRelationshipTablesOfTheSeedReadmeGiveTheSeedsCounts() throws IOException {
    // given
    Map<String, Long> stated = tableCounts(Files.readString(SEED_README));
    Map<String, Long> counted = new TreeMap<>(nodesPerType());
    counted.putAll(relationshipsPerType());

    // then
    assertEquals(counted, stated, "graph-seed/README.md, 'What is in the seed'");
  }

  @Test
  void theOrganisationsNoteCountsEveryNodeThatIsAnOrganisation() throws IOException {
    // given
    long organisations = RealSeed.graph().count("Organisation");

    // then
    assertTrue(
        Files.readString(SEED_README)
            .contains("the `organisations` query returns " + organisations + ":"),
        "graph-seed/README.md names the organisations total " + organisations);
  }

  @Test
  void theTotalsInBothReadmesMatchTheSeedWithinOnePercent() throws IOException {
    // given
    long nodes = RealSeed.graph().nodes().size();
    long relationships = RealSeed.graph().relationships().size();

    // when
    List<long[]> stated = totals(Files.readString(README));
    stated.addAll(totals(Files.readString(SEED_README)));

    // then
    assertFalse(stated.isEmpty(), "the READMEs state the totals");
    for (long[] pair : stated) {
      assertTrue(
          near(pair[0], nodes) && near(pair[1], relationships),
          "stated "
              + pair[0]
              + " nodes, "
              + pair[1]
              + " relationships; the seed has "
              + nodes
              + " and "
              + relationships);
    }
  }

  @Test
  void theTableReaderFindsNamesAndCountsOnly() {
    // given
    String markdown =
        """
        | type | nodes | note |
        |---|---:|---|
        | Motion | 13 | 4 settled |
        | SETTLED_IN | 4 | |
        | `doc/` | Document | `doc/lt-2020-06` |
        """;

    // then
    assertEquals(Map.of("Motion", 13L, "SETTLED_IN", 4L), tableCounts(markdown));
  }

  private static Map<String, Long> nodesPerType() {
    return RealSeed.graph().nodes().stream()
        .collect(
            Collectors.groupingBy(
                n -> String.valueOf(n.properties().get("type")), Collectors.counting()));
  }

  private static Map<String, Long> relationshipsPerType() {
    return RealSeed.graph().relationships().stream()
        .collect(Collectors.groupingBy(SeedGraph.Relationship::type, Collectors.counting()));
  }

  static Map<String, Long> tableCounts(String markdown) {
    Matcher row = ROW.matcher(markdown);
    Map<String, Long> counts = new TreeMap<>();
    while (row.find()) {
      counts.put(row.group(1), Long.parseLong(row.group(2)));
    }
    return counts;
  }

  /** Every "N nodes and M relationships" in the text, read across line breaks. */
  private static List<long[]> totals(String markdown) {
    Matcher m = TOTALS.matcher(markdown.replaceAll("\\s+", " "));
    return m.results()
        .map(r -> new long[] {Long.parseLong(r.group(1)), Long.parseLong(r.group(2))})
        .collect(Collectors.toList());
  }

  private static boolean near(long stated, long actual) {
    return Math.abs(stated - actual) * 100 <= actual;
  }
}
