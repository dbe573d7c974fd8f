package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates as precise as the text and no more: the month and day of every dated record are stated in
 * its quotes, their locations or its note, or are the date of a document it cites (a promise made
 * in a letter carries the letter's date).
 */
class SeedDatesTest {
  private static final List<String> DATE_FIELDS =
      List.of("date", "startDate", "endDate", "dueDate");
  private static final List<String> MONTHS =
      List.of(
          "januari",
          "februari",
          "maart",
          "april",
          "mei",
          "juni",
          "juli",
          "augustus",
          "september",
          "oktober",
          "november",
          "december");
  private static final List<String> ENGLISH_MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static SeedGraph graph;
  private static final Map<String, String> documentDates = new HashMap<>();

  @BeforeAll
  static void readSeed() {
    graph = new SeedReader(TestGraph.SEED, TestGraph.DOCUMENTS).read();
    for (SeedGraph.Node node : graph.nodes()) {
      if (node.labels().contains("Document")) {
        documentDates.put(node.id(), String.valueOf(node.properties().get("date")));
      }
    }
  }

  @Test
  void everyStatedMonthAndDayOfADateStandsInItsSources() {
    List<String> unsupported = new ArrayList<>();
    int dated = 0;
    for (SeedGraph.Node node : graph.nodes()) {
      if (node.labels().contains("Document")) {
        continue;
      }
      for (String field : DATE_FIELDS) {
        if (node.properties().get(field) instanceof String value) {
          dated++;
          String problem = problem(node, value);
          if (problem != null) {
            unsupported.add(node.id() + "." + field + " = " + value + ": " + problem);
          }
        }
      }
    }
    assertFalse(dated < 100, "the seed has dated records (" + dated + ")");
    assertEquals(List.of(), unsupported);
  }

  @Test
  void aDayTheTextStatesIsKept() {
    assertEquals("2020-05-28", property("programme/campagne-deeljezorg", "startDate"));
    assertEquals("2020-03-25", property("subsidy/set-covid-19", "startDate"));
    assertEquals("2018-06-18", property("programme/langer-thuis", "startDate"));
    assertEquals(
        "2020-10-01", property("fig/lt-2020-11-swz-aanvragen-initiatieffase-2020", "date"));
  }

  private static String problem(SeedGraph.Node node, String value) {
    String[] parts = value.split("-");
    if (parts.length == 1 || citedDocumentDated(node, value)) {
      return null;
    }
    String sources = sources(node);
    int month = Integer.parseInt(parts[1]);
    if (!mentionsMonth(sources, month)) {
      return "the month " + MONTHS.get(month - 1) + " is not in its quotes or note";
    }
    if (parts.length == 3 && !mentionsDay(sources, Integer.parseInt(parts[2]), month)) {
      return "the day is not in its quotes or note";
    }
    return null;
  }

  /** A promise made in a letter, or a figure as of the letter, carries the letter's date. */
  private static boolean citedDocumentDated(SeedGraph.Node node, String value) {
    return ((List<?>) node.properties().get("sourceDocs"))
        .stream().map(documentDates::get).anyMatch(date -> date != null && date.startsWith(value));
  }

  private static String sources(SeedGraph.Node node) {
    StringBuilder text = new StringBuilder();
    for (String property : List.of("sourceQuotes", "sourceLocations")) {
      ((List<?>) node.properties().get(property)).forEach(q -> text.append(q).append(" \n "));
    }
    text.append(node.properties().getOrDefault("note", "")).append(' ');
    text.append(node.properties().getOrDefault("metric", "")).append(' ');
    text.append(node.properties().getOrDefault("description", ""));
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean mentionsMonth(String text, int month) {
    return text.contains(MONTHS.get(month - 1)) || text.contains(ENGLISH_MONTHS.get(month - 1));
  }

  private static boolean mentionsDay(String text, int day, int month) {
    String months = MONTHS.get(month - 1) + "|" + ENGLISH_MONTHS.get(month - 1);
    return Pattern.compile("\\b0?" + day + "\\s+(" + months + ")\\b").matcher(text).find()
        || Pattern.compile("\\b(" + months + ")\\s+0?" + day + "\\b").matcher(text).find();
  }

  private static Object property(String id, String name) {
    return graph.nodes().stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .orElseThrow()
        .properties()
        .get(name);
  }
}
