package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.OperationDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The saved queries in {@code queries/}: each is valid against the served schema and documented in
 * its header, and behaves as its header says (defaults, filters, paging, the accepted forms of an
 * argument). What each answers on the seed graph is not checked here but by {@link GoldenAnswersIT}
 * against the file {@code NAME.expected.json} beside the query, so a change of the seed data needs
 * no Java edit. A file {@code queries/foo-bar.graphql} holds one operation named {@code FooBar}.
 */
@ExtendWith(TestGraphExtension.class)
final class SavedQueriesIT {
  private static final Path QUERIES = Path.of("queries");
  private static final String SUFFIX = ".graphql";

  // --- the collection as a whole ---

  @Test
  void thereAreAtLeastFifteenSavedQueries() {
    // given
    Set<String> files = savedQueryNames();

    // then
    assertTrue(
        files.size() >= 15, "at least 15 saved queries, found " + files.size() + ": " + files);
  }

  @Test
  void everySavedQueryParsesAndValidatesAgainstTheServedSchema() {
    // given
    Set<String> files = savedQueryNames();

    // when
    Map<String, String> bad = new LinkedHashMap<>();
    for (String name : files) {
      ExecutionInput input = ExecutionInput.newExecutionInput(savedQuery(name)).build();
      ParseAndValidateResult result =
          ParseAndValidate.parseAndValidate(TestGraph.get().graphQL().schema(), input);
      if (result.isFailure()) {
        bad.put(
            name + ".graphql",
            result.getErrors().stream()
                .map(GraphQLError::getMessage)
                .collect(Collectors.joining("; ")));
      }
    }

    // then
    assertTrue(bad.isEmpty(), () -> "invalid saved queries:\n" + describe(bad));
  }

  @Test
  void everySavedQueryIsOneOperationNamedAfterItsFileWithAHeaderStatingQuestionAskerAndVariables() {
    // given
    Set<String> files = savedQueryNames();

    // when
    Map<String, String> bad = new LinkedHashMap<>();
    for (String name : files) {
      formatProblem(name, savedQuery(name))
          .ifPresent(problem -> bad.put(name + ".graphql", problem));
    }

    // then
    assertTrue(bad.isEmpty(), () -> "saved queries that break the format:\n" + describe(bad));
  }

  // --- arguments, defaults and filters ---

  @Test
  void motionTraceAcceptsTheKamerstukAsPrintedInALetter() {
    // when
    Map<String, Object> compact = answer("motion-trace", Map.of("kamerstuk", "31765-446"));
    Map<String, Object> printed = answer("motion-trace", Map.of("kamerstuk", "31 765, nr. 446"));

    // then
    assertNotNull(at(compact, "motion.id"), "the motion is found by its compact number");
    assertEquals(compact, printed);
  }

  @Test
  void commitmentsByStatusListsTheOpenOnesByDefault() {
    // when
    Map<String, Object> byDefault = answer("commitments-by-status", Map.of());
    Map<String, Object> open = answer("commitments-by-status", Map.of("status", "OPEN"));

    // then
    List<Map<String, Object>> commitments = list(byDefault, "commitments.nodes");
    assertFalse(commitments.isEmpty(), "the seed has open commitments");
    assertEquals(Set.of("OPEN"), Set.copyOf(values(commitments, "status")));
    assertEquals(open, byDefault);
  }

  @Test
  void exploreNodeGivesAMotionsFactsNeighboursAndTimelineWithEachQuoteInItsParagraph() {
    Map<String, Object> motion =
        at(answer("explore-node", Map.of("id", "motion/31765-446")), "node");
    assertEquals("Motion", motion.get("__typename"));
    assertEquals("https://zoek.officielebekendmakingen.nl/kst-31765-446", motion.get("url"));
    List<Map<String, Object>> submitted =
        list(motion, "neighbours").stream()
            .filter(n -> "SUBMITTED".equals(n.get("relation")))
            .toList();
    assertEquals(
        List.of("person/ellemeet", "person/stoffer"),
        submitted.stream().map(n -> at(n, "node.id")).toList());
    Map<String, Object> settled = list(motion, "statusHistory").get(0);
    assertEquals("SETTLED", settled.get("status"));
    assertTrue(((String) at(settled, "context.before")).length() > 0);
    Map<String, Object> vws = at(answer("explore-node", Map.of("id", "org/vws")), "node");
    assertEquals("MINISTRY", vws.get("organisationKind"));
    assertNull(at(answer("explore-node", Map.of("id", "org/nobody")), "node"));
  }

  @Test
  void statusFeedGivesEveryEventWithItsDocumentAndLooksUpTheOrganisation() {
    Map<String, Object> data =
        answer(
            "status-feed", Map.of("byOrganisation", true, "organisation", "VWS", "motions", false));
    assertEquals(List.of("org/vws"), values(list(data, "organisations.nodes"), "id"));
    assertNull(data.get("motions"), "motions left out when asked");
    List<Map<String, Object>> commitments = list(data, "commitments.nodes");
    assertEquals(
        count(answer("status-counts", Map.of()), "commitments"),
        commitments.size(),
        "the feed gives every commitment of the graph");
    for (Map<String, Object> commitment : commitments) {
      for (Map<String, Object> event : list(commitment, "statusHistory")) {
        assertTrue(((String) event.get("quote")).length() > 3);
        assertTrue(at(event, "document.publisher.id") != null, event::toString);
      }
    }
  }

  @Test
  void motionsBySubmitterListOnlyMotionsThatPersonSubmitted() {
    // when
    List<Map<String, Object>> motions =
        list(answer("motions-by-submitter", Map.of("submitter", "bergkamp")), "motions.nodes");

    // then
    assertFalse(motions.isEmpty(), "the name is matched ignoring case");
    motions.forEach(
        m ->
            assertTrue(
                values(list(m, "submitters"), "name").stream()
                    .anyMatch(n -> String.valueOf(n).toLowerCase(Locale.ROOT).contains("bergkamp")),
                m.toString()));
  }

  @Test
  void pilotsByMunicipalityListOnlyPilotsThatRanThere() {
    // when
    List<Map<String, Object>> pilots =
        list(answer("pilots-by-municipality", Map.of("municipality", "helmond")), "pilots.nodes");

    // then
    assertFalse(pilots.isEmpty(), "the name is matched ignoring case");
    pilots.forEach(
        p ->
            assertTrue(
                values(list(p, "municipalities"), "name").contains("Helmond"), p.toString()));
  }

  @Test
  void measurementsFilterBySubjectAndByMetricAndWithNeitherGiveEveryFigure() {
    // given
    String subject = "subsidy/set-covid-19";
    String metric = "Uren Specialist";

    // when
    List<Map<String, Object>> all = list(answer("measurements", Map.of()), "measurements");
    List<Map<String, Object>> bySubject =
        list(answer("measurements", Map.of("subject", subject)), "measurements");
    List<Map<String, Object>> byMetric =
        list(answer("measurements", Map.of("metric", metric)), "measurements");

    // then
    assertFalse(bySubject.isEmpty());
    assertFalse(byMetric.isEmpty());
    bySubject.forEach(f -> assertEquals(subject, at(f, "subject.id"), f.toString()));
    byMetric.forEach(
        f ->
            assertTrue(
                String.valueOf(f.get("metric"))
                    .toLowerCase(Locale.ROOT)
                    .contains("uren specialist"),
                f.toString()));
    assertTrue(
        Set.copyOf(values(all, "id")).containsAll(values(bySubject, "id"))
            && Set.copyOf(values(all, "id")).containsAll(values(byMetric, "id"))
            && all.size() > bySubject.size() + byMetric.size(),
        "with neither filter every figure comes back");
  }

  @Test
  void searchListsTheBestHitFirstAndGivesNoMoreThanAsked() {
    // when
    List<Map<String, Object>> hits =
        list(answer("search", Map.of("text", "logeerzorg", "first", 3)), "search");

    // then
    assertEquals(3, hits.size());
    List<Double> scores = hits.stream().map(h -> ((Number) h.get("score")).doubleValue()).toList();
    assertEquals(
        scores.stream().sorted(Comparator.reverseOrder()).toList(), scores, "best hit first");
  }

  @Test
  void statusCountsOfEveryStatusAddUpToTheTotals() {
    // when
    Map<String, Object> data = answer("status-counts", Map.of());

    // then
    assertTrue(count(data, "motions") > 0 && count(data, "commitments") > 0, data.toString());
    assertEquals(count(data, "motions"), sumOfCounts(data, "motions", "motions"));
    assertEquals(count(data, "commitments"), sumOfCounts(data, "commitments", "commitments"));
  }

  @Test
  void pagingASavedQueryWithFirstAndAfterGivesTheWholeListOnce() {
    // given
    Map<String, Object> whole = answer("settled-motions", Map.of());
    int total = (Integer) at(whole, "motions.totalCount");

    // when
    List<Object> paged = new ArrayList<>();
    Map<String, Object> variables = new HashMap<>(Map.of("first", 1));
    boolean more = true;
    while (more && paged.size() <= total) {
      Map<String, Object> page = answer("settled-motions", variables);
      paged.addAll(values(list(page, "motions.nodes"), "id"));
      more = (Boolean) at(page, "motions.pageInfo.hasNextPage");
      variables.put("after", at(page, "motions.pageInfo.endCursor"));
    }

    // then
    assertTrue(total > 1, "more than one page");
    assertEquals(values(list(whole, "motions.nodes"), "id"), paged);
  }

  // --- helpers ---

  /** The names (without {@code .graphql}) of the files in {@code queries/}. */
  private static Set<String> savedQueryNames() {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(SUFFIX))
          .map(f -> f.substring(0, f.length() - SUFFIX.length()))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code queries/<name>.graphql}. */
  private static String savedQuery(String name) {
    try {
      return Files.readString(QUERIES.resolve(name + SUFFIX), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code settled-motions} is the file of operation {@code SettledMotions}. */
  private static String operationName(String name) {
    return Arrays.stream(name.split("-"))
        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(Collectors.joining());
  }

  /** Runs a saved query with the given variables and fails the test if it reports errors. */
  private static Map<String, Object> answer(String name, Map<String, Object> variables) {
    ExecutionResult result =
        TestGraph.get().graphQL().execute(savedQuery(name), operationName(name), variables);
    assertTrue(
        result.getErrors().isEmpty(),
        () -> name + ".graphql: unexpected errors " + result.getErrors());
    return result.getData();
  }

  /** What breaks the saved-query format in this file, if anything. */
  private static Optional<String> formatProblem(String name, String text) {
    if (!text.startsWith("# Question:")
        || !text.contains("\n# Asked by:")
        || !text.contains("\n# Variables")) {
      return Optional.of(
          "the header must start with '# Question:' and have '# Asked by:' and '# Variables' lines");
    }
    ParseAndValidateResult parsed =
        ParseAndValidate.parse(ExecutionInput.newExecutionInput(text).build());
    if (parsed.isFailure()) {
      return Optional.of("does not parse: " + parsed.getErrors());
    }
    List<OperationDefinition> definitions =
        parsed.getDocument().getDefinitionsOfType(OperationDefinition.class);
    List<String> operations = definitions.stream().map(OperationDefinition::getName).toList();
    if (operations.equals(List.of(operationName(name)))) {
      return Optional.empty();
    }
    return Optional.of(
        "expected one operation named " + operationName(name) + ", found " + operations);
  }

  private static List<Object> values(List<Map<String, Object>> nodes, String key) {
    return nodes.stream().map(n -> n.get(key)).toList();
  }

  private static String describe(Map<String, String> problemsByFile) {
    return problemsByFile.entrySet().stream()
        .map(e -> "  " + e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static int count(Map<String, Object> data, String alias) {
    return (Integer) at(data, alias + ".totalCount");
  }

  private static int sumOfCounts(Map<String, Object> data, String prefix, String total) {
    return data.keySet().stream()
        .filter(k -> k.startsWith(prefix) && !k.equals(total))
        .mapToInt(k -> count(data, k))
        .sum();
  }
}
