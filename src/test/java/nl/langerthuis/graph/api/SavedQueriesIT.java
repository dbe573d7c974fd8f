package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * The saved queries in {@code queries/}: each is valid against the served schema, documented in its
 * header, and gives the answer its question expects on the real seed graph. A file {@code
 * queries/foo-bar.graphql} holds one operation named {@code FooBar}.
 */
final class SavedQueriesIT {
  private static final Path QUERIES = Path.of("queries");
  private static final String SUFFIX = ".graphql";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every saved query, each run by one test below; a new file needs a test here too. */
  private static final Set<String> TESTED =
      new TreeSet<>(
          List.of(
              "commitments",
              "commitments-by-person",
              "commitments-by-status",
              "documents",
              "explore-node",
              "insurers-with-pilots",
              "katwijk-agenda-actions",
              "measurements",
              "ministries-with-programmes",
              "motion-trace",
              "motions-by-submitter",
              "open-motions",
              "pilots-by-municipality",
              "pilots-by-organisation",
              "programmes-with-action-lines",
              "regions-without-integrated-care-network",
              "search",
              "settled-motions",
              "status-changes",
              "status-counts",
              "status-feed",
              "subsidies",
              "tzto-recommendations"));

  // --- the collection as a whole ---

  @Test
  void thereAreAtLeastFifteenSavedQueriesAndEachHasATestHere() {
    // given
    Set<String> files = savedQueryNames();

    // then
    assertTrue(
        files.size() >= 15, "at least 15 saved queries, found " + files.size() + ": " + files);
    assertEquals(TESTED, files, "every file in queries/ is run by a test in SavedQueriesIT");
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

  // --- motions ---

  @Test
  void settledMotionsIncludeThoseTheJuneLetterDeclaredSettled() {
    // when
    Map<String, Object> data = answer("settled-motions", Map.of());

    // then
    assertEquals(4, (Integer) at(data, "motions.totalCount"));
    Map<String, Object> settledBy =
        index(
            list(data, "motions.nodes"),
            m -> (String) m.get("kamerstuk"),
            m -> at(m, "settledBy.id"));
    assertEquals(
        Map.of(
            "31765-446",
            "doc/lt-2020-06",
            "34948-4",
            "doc/lt-2020-06",
            "32620-255",
            "doc/lt-2020-11",
            "32847-653",
            "doc/lt-2020-11"),
        settledBy);
    Map<String, Object> motion446 =
        only(list(data, "motions.nodes"), m -> "31765-446".equals(m.get("kamerstuk")));
    assertJson(
        """
        [{"date": "2020-06-01", "status": "SETTLED", "quote": "Hiermee doe ik de motie af.", "location": "Één team rondom de oudere",
          "document": {"id": "doc/lt-2020-06", "title": "Stand van zaken programma Langer Thuis – juni 2020"}}]
        """,
        motion446.get("statusHistory"));
  }

  @Test
  void openMotionsAreTheNineTheGovernmentStillReportsInProgress() {
    // when
    Map<String, Object> data = answer("open-motions", Map.of());

    // then
    List<Map<String, Object>> motions = list(data, "motions.nodes");
    assertEquals(9, (Integer) at(data, "motions.totalCount"));
    assertEquals(
        List.of(
            "30169-63",
            "31765-441",
            "31765-472",
            "31765-485",
            "32620-254",
            "33750-XVI-43",
            "34000-XVI-38",
            "34775-XVI-88",
            "35300-XVI-22"),
        values(motions, "kamerstuk"));
    assertEquals(Set.of("IN_PROGRESS"), Set.copyOf(values(motions, "status")));
    Map<String, Object> amendment = only(motions, m -> "34000-XVI-38".equals(m.get("kamerstuk")));
    assertEquals("AMENDMENT", amendment.get("kind"));
    assertEquals("doc/iz-2015-06", at(list(amendment, "statusHistory").get(0), "document.id"));
  }

  @Test
  void motionsBySubmitterFindBergkampsSixMotionsOfWhichOneIsSettled() {
    // when
    Map<String, Object> data = answer("motions-by-submitter", Map.of("submitter", "Bergkamp"));

    // then
    assertEquals(6, (Integer) at(data, "motions.totalCount"));
    assertJson(
        """
        [{"kamerstuk": "31765-441", "status": "IN_PROGRESS", "settledBy": null},
         {"kamerstuk": "31765-472", "status": "IN_PROGRESS", "settledBy": null},
         {"kamerstuk": "31765-485", "status": "IN_PROGRESS", "settledBy": null},
         {"kamerstuk": "32620-254", "status": "IN_PROGRESS", "settledBy": null},
         {"kamerstuk": "32620-255", "status": "SETTLED", "settledBy": "doc/lt-2020-11"},
         {"kamerstuk": "35300-XVI-22", "status": "IN_PROGRESS", "settledBy": null}]
        """,
        list(data, "motions.nodes").stream().map(SavedQueriesIT::motionSummary).toList());
    list(data, "motions.nodes")
        .forEach(
            m ->
                assertTrue(
                    values(list(m, "submitters"), "id").contains("person/vera-bergkamp"),
                    m.toString()));
  }

  @Test
  void motionTraceOf31765_446ShowsWhatItAskedWhoSubmittedItAndThePassageThatSettledIt() {
    // given the Kamerstuk number as printed in the letter's footnote
    Map<String, Object> variables = Map.of("kamerstuk", "31 765, nr. 446");

    // when
    Map<String, Object> motion = at(answer("motion-trace", variables), "motion");

    // then
    assertEquals("motion/31765-446", motion.get("id"));
    assertEquals(
        "zorg te dragen voor de actieve verspreiding van de handreiking 'Kwetsbare ouderen thuis'",
        motion.get("asks"));
    assertEquals(
        List.of("person/ellemeet", "person/stoffer"), values(list(motion, "submitters"), "id"));
    assertEquals("doc/lt-2020-06", at(motion, "settledBy.id"));
    assertEquals(List.of("SETTLED"), values(list(motion, "statusHistory"), "status"));
    assertJson(
        """
        [{"__typename": "Programme", "id": "programme/handreiking-kwetsbare-ouderen-thuis", "label": "Handreiking 'Kwetsbare ouderen thuis'"}]
        """,
        motion.get("about"));
    List<Map<String, Object>> sources = list(motion, "sources");
    assertEquals(5, sources.size());
    Map<String, Object> footnote = only(sources, s -> "footnote 3".equals(s.get("location")));
    assertEquals("Kamerstukken II, 2019-2020 31 765, nr. 446.", footnote.get("quote"));
    assertTrue(sources.stream().allMatch(s -> "doc/lt-2020-06".equals(at(s, "document.id"))));
  }

  // --- commitments ---

  @Test
  void commitmentsSayWhichWereKeptAndWhichDocumentReportsThemFulfilled() {
    // when
    Map<String, Object> data = answer("commitments", Map.of());

    // then
    List<Map<String, Object>> commitments = list(data, "commitments.nodes");
    assertEquals(21, (Integer) at(data, "commitments.totalCount"));
    Map<Object, Long> fulfilledBy =
        commitments.stream()
            .filter(c -> "FULFILLED".equals(c.get("status")))
            .collect(Collectors.groupingBy(c -> at(c, "fulfilledBy.id"), Collectors.counting()));
    assertEquals(Map.of("doc/lt-2020-11", 9L, "doc/lt-2020-06", 1L), fulfilledBy);
    commitments.stream()
        .filter(c -> "OPEN".equals(c.get("status")))
        .forEach(c -> assertNull(c.get("fulfilledBy"), c.toString()));
    Map<String, Object> samenSterk =
        withId(commitments, "commitment/lt-2020-06-samen-sterk-na-zomer");
    assertEquals(
        "De aanpak 'Samen sterk voor mantelzorg' na de zomer aan de Kamer sturen.",
        samenSterk.get("description"));
    assertEquals("org/vws", at(samenSterk, "madeBy.id"));
    assertEquals("org/tweede-kamer", at(samenSterk, "madeTo.id"));
    assertEquals(List.of("OPEN", "FULFILLED"), values(list(samenSterk, "statusHistory"), "status"));
  }

  @Test
  void commitmentsByStatusFindTenFulfilledAndByDefaultTenOpen() {
    // when
    Map<String, Object> fulfilled = answer("commitments-by-status", Map.of("status", "FULFILLED"));
    Map<String, Object> open = answer("commitments-by-status", Map.of());

    // then
    assertEquals(
        List.of(
            "commitment/ao-care-2020-06-15-landelijke-aanpak-mantelzorg",
            "commitment/begroting-2019-10-31-ser-werk-en-mantelzorg",
            "commitment/lt-2020-06-financiering-tijdelijk-verblijf",
            "commitment/lt-2020-06-motie-31765-472",
            "commitment/lt-2020-06-samen-sterk-na-zomer",
            "commitment/lt-2020-06-uitvraag-coordinatiefuncties",
            "commitment/lt-2020-06-venster-op-de-samenwerking",
            "commitment/lt-2020-06-voortgangsrapportage-na-zomer",
            "commitment/toezegging-kerstens-initiatieven-in-de-wijk",
            "commitment/toezegging-vilans-rapport-soepele-overgang"),
        values(list(fulfilled, "commitments.nodes"), "id"));
    list(fulfilled, "commitments.nodes")
        .forEach(c -> assertTrue(at(c, "fulfilledBy.id") != null, c.toString()));
    assertEquals(10, (Integer) at(open, "commitments.totalCount"));
    assertEquals(Set.of("OPEN"), Set.copyOf(values(list(open, "commitments.nodes"), "status")));
  }

  @Test
  void commitmentsByPersonShowVanRijnsSevenPromisesOf2015AllStillOpen() {
    // when
    List<Map<String, Object>> persons =
        list(answer("commitments-by-person", Map.of("name", "Van Rijn")), "persons.nodes");

    // then
    Map<String, Object> vanRijn = withId(persons, "person/martin-van-rijn");
    assertEquals(
        List.of("staatssecretaris van Volksgezondheid, Welzijn en Sport"), vanRijn.get("roles"));
    List<Map<String, Object>> commitments = list(vanRijn, "commitments");
    assertEquals(7, commitments.size());
    assertEquals(Set.of("OPEN"), Set.copyOf(values(commitments, "status")));
    Map<String, Object> toekomstagenda =
        withId(commitments, "commitment/iz-2015-06-resultaten-toekomstagenda-in-voor-mantelzorg");
    assertEquals("2016-01-01", toekomstagenda.get("dueDate"));
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
    assertEquals(21, commitments.size());
    for (Map<String, Object> commitment : commitments) {
      for (Map<String, Object> event : list(commitment, "statusHistory")) {
        assertTrue(((String) event.get("quote")).length() > 3);
        assertTrue(at(event, "document.publisher.id") != null, event::toString);
      }
    }
  }

  @Test
  void statusChangesShowWhatTheNovemberReportMovedOnSinceTheJuneLetter() {
    // when
    Map<String, Object> data = answer("status-changes", Map.of());

    // then
    Map<String, String> changes = new LinkedHashMap<>();
    for (Map<String, Object> motion : list(data, "motions.nodes")) {
      changeBetween(motion, "doc/lt-2020-06", "doc/lt-2020-11")
          .ifPresent(c -> changes.put((String) motion.get("kamerstuk"), c));
    }
    for (Map<String, Object> commitment : list(data, "commitments.nodes")) {
      changeBetween(commitment, "doc/lt-2020-06", "doc/lt-2020-11")
          .ifPresent(c -> changes.put((String) commitment.get("id"), c));
    }
    assertEquals(
        Map.of(
            "32620-255", "IN_PROGRESS -> SETTLED",
            "commitment/lt-2020-06-financiering-tijdelijk-verblijf", "OPEN -> FULFILLED",
            "commitment/lt-2020-06-motie-31765-472", "OPEN -> FULFILLED",
            "commitment/lt-2020-06-samen-sterk-na-zomer", "OPEN -> FULFILLED",
            "commitment/lt-2020-06-social-trials-najaar", "OPEN -> PARTIALLY_FULFILLED",
            "commitment/lt-2020-06-uitvraag-coordinatiefuncties", "OPEN -> FULFILLED",
            "commitment/lt-2020-06-venster-op-de-samenwerking", "OPEN -> FULFILLED",
            "commitment/lt-2020-06-voortgangsrapportage-na-zomer", "OPEN -> FULFILLED"),
        changes);
  }

  // --- pilots and organisations ---

  @Test
  void pilotsInHelmondAreTheLogeerzorgPilotsTheFollowUpWithCzAndZilverenKruis() {
    // when
    Map<String, Object> data = answer("pilots-by-municipality", Map.of("municipality", "Helmond"));

    // then
    List<Map<String, Object>> pilots = list(data, "pilots.nodes");
    assertEquals(
        List.of("pilot/logeerzorg-pilots", "pilot/logeerzorg-vervolgpilots"), values(pilots, "id"));
    assertEquals(
        10,
        list(pilots.get(0), "municipalities").size(),
        "the first logeerzorg pilots ran in ten municipalities");
    assertEquals("COMPLETED", pilots.get(0).get("status"));
    Map<String, Object> followUp = pilots.get(1);
    assertEquals(List.of("org/cz", "org/zilveren-kruis"), values(list(followUp, "partners"), "id"));
    assertEquals(Set.of("INSURER"), Set.copyOf(values(list(followUp, "partners"), "kind")));
    assertEquals(List.of("org/vws"), values(list(followUp, "funders"), "id"));
    assertEquals("programme/langer-thuis-actielijn-2", at(followUp, "programme.id"));
  }

  @Test
  void pilotsWithZilverenKruisAreTheStructuralLogeerzorgFollowUps() {
    // when
    Map<String, Object> data =
        answer("pilots-by-organisation", Map.of("organisation", "Zilveren Kruis"));

    // then
    assertEquals(1, (Integer) at(data, "pilots.totalCount"));
    assertEquals(false, at(data, "pilots.pageInfo.hasNextPage"));
    assertJson(
        """
        [{"id": "pilot/logeerzorg-vervolgpilots", "name": "Vervolgpilots structurele logeerzorg", "status": "RUNNING",
          "startDate": null, "endDate": "2021-02-01",
          "municipalities": [{"id": "mun/helmond", "name": "Helmond"}, {"id": "mun/hoeksche-waard", "name": "Hoeksche Waard"},
                             {"id": "mun/zeist", "name": "Zeist"}],
          "regions": [{"id": "region/peelregio", "name": "Peelregio"}, {"id": "region/zuid-oost-utrecht", "name": "regio Zuid-Oost Utrecht"}],
          "partners": [{"id": "org/cz", "name": "CZ", "kind": "INSURER"}, {"id": "org/zilveren-kruis", "name": "Zilveren Kruis", "kind": "INSURER"}],
          "funders": [{"id": "org/vws", "name": "Ministerie van Volksgezondheid, Welzijn en Sport", "kind": "MINISTRY"}]}]
        """,
        at(data, "pilots.nodes"));
  }

  @Test
  void insurersAreCzMenzisZilverenKruisAndZorgEnZekerheidWithTheirPilots() {
    // when
    Map<String, Object> data = answer("insurers-with-pilots", Map.of());

    // then
    Map<String, Object> pilotsByInsurer =
        index(
            list(data, "organisations.nodes"),
            o -> (String) o.get("id"),
            o -> values(list(o, "pilots"), "id"));
    assertEquals(
        Map.of(
            "org/cz",
            List.of("pilot/logeerzorg-vervolgpilots", "pilot/mantelzorgtest"),
            "org/menzis",
            List.of(
                "pilot/menzis-mantelzorg-arnhem",
                "pilot/menzis-mantelzorg-den-haag",
                "pilot/menzis-mantelzorg-gaanderen",
                "pilot/menzis-mantelzorg-groningen"),
            "org/zilveren-kruis",
            List.of("pilot/logeerzorg-vervolgpilots"),
            "org/zorg-en-zekerheid",
            List.of("pilot/zhn-respijtlogeerhuis")),
        pilotsByInsurer);
    Map<String, Object> zorgEnZekerheid =
        withId(list(data, "organisations.nodes"), "org/zorg-en-zekerheid");
    assertEquals(List.of("Zorg & Zekerheid"), zorgEnZekerheid.get("aliases"));
    assertEquals(
        List.of("Katwijk"),
        values(list(list(zorgEnZekerheid, "pilots").get(0), "municipalities"), "name"));
  }

  @Test
  void ministriesAreTheFiveWithVwsOwningMostProgrammesAndSharingTheTaskforceWithBzk() {
    // when
    List<Map<String, Object>> ministries =
        list(answer("ministries-with-programmes", Map.of()), "organisations.nodes");

    // then
    Map<String, Object> programmes =
        index(ministries, m -> (String) m.get("id"), m -> list(m, "programmes").size());
    assertEquals(
        Map.of("org/bzk", 15, "org/financien", 1, "org/ocw", 8, "org/szw", 8, "org/vws", 60),
        programmes);
    Map<String, Object> owned =
        index(ministries, m -> (String) m.get("id"), SavedQueriesIT::ownedProgrammeCount);
    assertEquals(
        Map.of("org/bzk", 10L, "org/financien", 1L, "org/ocw", 6L, "org/szw", 4L, "org/vws", 39L),
        owned);
    Map<String, Object> taskforce =
        withId(
            list(withId(ministries, "org/vws"), "programmes"), "programme/taskforce-wonen-en-zorg");
    assertEquals(
        List.of("org/actiz", "org/aedes", "org/bzk", "org/vng", "org/vws"),
        values(list(taskforce, "owners"), "id"));
  }

  // --- regions, subsidies, recommendations, programmes ---

  @Test
  void
      regionsWithoutAnIntegratedCareNetworkAreFlevolandGroningenAndZeelandAsTheNovemberReportSays() {
    // when
    Map<String, Object> data = answer("regions-without-integrated-care-network", Map.of());

    // then
    List<Map<String, Object>> regions = list(data, "regions.nodes");
    assertEquals(
        List.of("region/flevoland", "region/groningen", "region/zeeland"), values(regions, "id"));
    assertEquals(Set.of("PROVINCE"), Set.copyOf(values(regions, "kind")));
    assertEquals(Set.of(false), Set.copyOf(values(regions, "hasIntegratedCareNetwork")));
    String passage =
        "Een eerste analyse van de subsidieontvangers leert dat provincies Zeeland, Groningen en Flevoland"
            + " geen of slechts enkele aanvragen hebben gedaan.";
    for (Map<String, Object> region : regions) {
      Map<String, Object> source =
          only(list(region, "sources"), s -> passage.equals(s.get("quote")));
      assertEquals("doc/lt-2020-11", at(source, "document.id"));
    }
  }

  @Test
  void subsidiesReportBudgetsAdministratorsAndFiguresSuchAsSetCovid19() {
    // when
    Map<String, Object> data = answer("subsidies", Map.of());

    // then
    List<Map<String, Object>> subsidies = list(data, "subsidies.nodes");
    assertEquals(24, (Integer) at(data, "subsidies.totalCount"));
    Map<String, Object> setCovid = withId(subsidies, "subsidy/set-covid-19");
    assertEquals("SET COVID-19", setCovid.get("abbreviation"));
    assertEquals(23_000_000.0, ((Number) setCovid.get("budgetEuro")).doubleValue());
    assertEquals("subsidieplafond van 23 miljoen euro", setCovid.get("budgetText"));
    assertEquals(List.of("org/rvo"), values(list(setCovid, "administeredBy"), "id"));
    assertEquals(6, list(setCovid, "measurements").size());
    List<Map<String, Object>> administered =
        subsidies.stream().filter(s -> !list(s, "administeredBy").isEmpty()).toList();
    Map<String, Object> administeredBy =
        index(
            administered, s -> (String) s.get("id"), s -> values(list(s, "administeredBy"), "id"));
    assertEquals(
        Map.of(
            "subsidy/jzojp-regionale-samenwerking", List.of("org/zonmw"),
            "subsidy/katwijk-blijk-van-waardering", List.of("mun/katwijk"),
            "subsidy/katwijk-mag-subsidie", List.of("mun/katwijk"),
            "subsidy/mantelzorgwaardering-roermond", List.of("mun/roermond"),
            "subsidy/set-covid-19", List.of("org/rvo"),
            "subsidy/sow-subsidie-dsv-vskk", List.of("org/rvo"),
            "subsidy/stimuleringsregeling-wonen-en-zorg", List.of("org/rvo"),
            "subsidy/zonmw-lokale-netwerken-integrale-ouderenzorg", List.of("org/zonmw")),
        administeredBy);
  }

  @Test
  void theTwentyTztoRecommendationsAreNumberedOneToTwentyAndEachHasAResponse() {
    // when
    Map<String, Object> data = answer("tzto-recommendations", Map.of());

    // then
    assertEquals(
        30,
        (Integer) at(data, "recommendations.totalCount"),
        "20 of the commissie Tzto and 10 of other bodies");
    List<Map<String, Object>> tzto =
        list(data, "recommendations.nodes").stream()
            .filter(r -> "org/tzto".equals(at(r, "issuedBy.id")))
            .toList();
    assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), values(tzto, "number"));
    tzto.forEach(r -> assertFalse(String.valueOf(r.get("response")).isBlank(), r.toString()));
    Map<String, Object> last = tzto.get(19);
    assertTrue(
        String.valueOf(last.get("text"))
            .startsWith("Overweeg alle zorg en ondersteuning voor zelfstandig wonende"),
        last.toString());
    assertEquals(
        List.of("programme/wlz", "programme/wmo-2015", "programme/zvw"),
        values(list(last, "programmes"), "id"));
  }

  @Test
  void programmesWithActionLinesShowTheThreeActionLinesOfLangerThuis() {
    // when
    Map<String, Object> data = answer("programmes-with-action-lines", Map.of());

    // then
    assertEquals(29, (Integer) at(data, "programmes.totalCount"));
    Map<String, Object> langerThuis =
        withId(list(data, "programmes.nodes"), "programme/langer-thuis");
    List<Map<String, Object>> actionLines =
        list(langerThuis, "children").stream()
            .filter(c -> "ACTION_LINE".equals(c.get("kind")))
            .toList();
    Map<String, Object> goalsAndActions =
        index(actionLines, c -> (String) c.get("id"), c -> list(c, "children").size());
    assertEquals(
        Map.of(
            "programme/langer-thuis-actielijn-1",
            6,
            "programme/langer-thuis-actielijn-2",
            4,
            "programme/langer-thuis-actielijn-3",
            8),
        goalsAndActions);
    assertEquals("Actielijn 3: Wonen", actionLines.get(2).get("name"));
  }

  @Test
  void measurementsGiveFiguresForASubjectAndForAMetricOverTheYears() {
    // when
    List<Map<String, Object>> setCovid =
        list(answer("measurements", Map.of("subject", "subsidy/set-covid-19")), "measurements");
    List<Map<String, Object>> hours =
        list(answer("measurements", Map.of("metric", "uren specialist")), "measurements");

    // then
    assertEquals(6, setCovid.size());
    Map<String, Object> ceiling = withId(setCovid, "fig/lt-2020-11-set-covid-19-subsidieplafond");
    assertEquals(23_000_000.0, ((Number) ceiling.get("value")).doubleValue());
    assertEquals("EUR", ceiling.get("unit"));
    assertEquals(
        "Aan 460 initiatieven is subsidie toegekend, waarna het subsidieplafond van 23 miljoen euro was bereikt.",
        at(ceiling, "source.quote"));
    assertJson(
        """
        [{"dateText": "2017", "value": 55000}, {"dateText": "2018", "value": 66000}, {"dateText": "2019", "value": 80828}]
        """,
        hours.stream()
            .map(f -> Map.of("dateText", f.get("dateText"), "value", f.get("value")))
            .toList());
    hours.forEach(
        f ->
            assertEquals(
                "subsidy/tijdelijke-subsidieregeling-extramurale-behandeling",
                at(f, "subject.id")));
  }

  @Test
  void searchForLogeerzorgFindsTheLogeerzorgPilotsFirst() {
    // when
    List<Map<String, Object>> hits =
        list(answer("search", Map.of("text", "logeerzorg", "first", 10)), "search");

    // then
    assertEquals(10, hits.size());
    assertEquals("pilot/logeerzorg-pilots", at(hits.get(0), "node.id"));
    assertEquals("Pilot", at(hits.get(0), "node.__typename"));
    assertTrue(
        hits.stream().anyMatch(h -> "pilot/logeerzorg-vervolgpilots".equals(at(h, "node.id"))),
        hits.toString());
    List<Double> scores = hits.stream().map(h -> ((Number) h.get("score")).doubleValue()).toList();
    assertEquals(
        scores.stream().sorted(Comparator.reverseOrder()).toList(), scores, "best hit first");
  }

  @Test
  void documentsAreTheFourSourcesWithTheJuneLetterInTwoRenditions() {
    // when
    Map<String, Object> data = answer("documents", Map.of());

    // then
    assertEquals(4, (Integer) at(data, "documents.totalCount"));
    assertJson(
        """
        [{"id": "doc/iz-2015-06", "title": "Voortgangsrapportage Informele Zorg", "date": "2015-06-24", "dateText": "2015-06-24",
          "kind": "LETTER_TO_PARLIAMENT", "publisher": {"id": "org/vws", "name": "Ministerie van Volksgezondheid, Welzijn en Sport"},
          "signatory": {"id": "person/martin-van-rijn", "name": "M.J. van Rijn"}, "renditions": ["003_48f6bcf885ead0a3.txt"]},
         {"id": "doc/katwijk-2023", "title": "Uitvoeringsagenda mantelzorgondersteuning en respijtzorg 2023–2026", "date": "2023-01-01",
          "dateText": "2023", "kind": "MUNICIPAL_POLICY", "publisher": {"id": "mun/katwijk", "name": "Katwijk"}, "signatory": null,
          "renditions": ["004_5a71a9033ef79f43.txt"]},
         {"id": "doc/lt-2020-06", "title": "Stand van zaken programma Langer Thuis – juni 2020", "date": "2020-06-01", "dateText": "2020-06",
          "kind": "LETTER_TO_PARLIAMENT", "publisher": {"id": "org/vws", "name": "Ministerie van Volksgezondheid, Welzijn en Sport"},
          "signatory": null, "renditions": ["000_b9b54dacc9219ee2.txt", "002_3e3273ebad9cea64.txt"]},
         {"id": "doc/lt-2020-11", "title": "Tweede voortgangsrapportage programma Langer Thuis", "date": "2020-11-01", "dateText": "2020-11",
          "kind": "PROGRESS_REPORT", "publisher": {"id": "org/vws", "name": "Ministerie van Volksgezondheid, Welzijn en Sport"},
          "signatory": null, "renditions": ["001_b36270344f33f2e6.txt"]}]
        """,
        at(data, "documents.nodes"));
  }

  @Test
  void statusCountsForDashboardsCountEveryStatusAndAddUpToTheTotals() {
    // when
    Map<String, Object> data = answer("status-counts", Map.of());

    // then
    assertJson(
        """
        {"motions": {"totalCount": 13}, "motionsAdopted": {"totalCount": 0}, "motionsInProgress": {"totalCount": 9},
         "motionsSettled": {"totalCount": 4}, "motionsRejected": {"totalCount": 0}, "motionsHeld": {"totalCount": 0},
         "motionsWithdrawn": {"totalCount": 0},
         "commitments": {"totalCount": 21}, "commitmentsOpen": {"totalCount": 10}, "commitmentsFulfilled": {"totalCount": 10},
         "commitmentsPartiallyFulfilled": {"totalCount": 1}, "commitmentsSettled": {"totalCount": 0},
         "commitmentsPartiallySettled": {"totalCount": 0}, "commitmentsLapsed": {"totalCount": 0}}
        """,
        data);
    assertEquals(count(data, "motions"), sumOfCounts(data, "motions", "motions"));
    assertEquals(count(data, "commitments"), sumOfCounts(data, "commitments", "commitments"));
  }

  @Test
  void katwijksAgendaHasThreeActionLinesWithTwentyTwoActions() {
    // when
    Map<String, Object> agenda = at(answer("katwijk-agenda-actions", Map.of()), "node");

    // then
    assertEquals("Programme", agenda.get("__typename"));
    assertEquals(
        "Uitvoeringsagenda mantelzorgondersteuning en respijtzorg 2023–2026", agenda.get("label"));
    assertEquals(List.of("mun/katwijk"), values(list(agenda, "owners"), "id"));
    Map<String, Object> actionsPerLine =
        index(
            list(agenda, "children"), l -> (String) l.get("name"), l -> list(l, "children").size());
    assertEquals(
        Map.of(
            "Erkende positie van de mantelzorger", 4,
            "Verbinding en samenwerking met het netwerk van de mantelzorger", 9,
            "Individuele ondersteuning", 9),
        actionsPerLine);
    List<Map<String, Object>> actions =
        list(agenda, "children").stream().flatMap(l -> list(l, "children").stream()).toList();
    assertEquals(Set.of("ACTION"), Set.copyOf(values(actions, "kind")));
    assertEquals(
        List.of(
            "programme/katwijk-mantelzorg-actie-consultatie-blijk-van-waardering",
            "programme/katwijk-mantelzorg-actie-belpanel-steunpunt",
            "programme/katwijk-mantelzorg-actie-ggz-respijthuis",
            "programme/katwijk-mantelzorg-actie-respijtlogeerhuis"),
        actions.stream()
            .filter(a -> "RUNNING".equals(a.get("status")))
            .map(a -> a.get("id"))
            .toList());
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

  private static Map<String, Object> only(
      List<Map<String, Object>> nodes, Predicate<Map<String, Object>> match) {
    List<Map<String, Object>> found = nodes.stream().filter(match).toList();
    assertEquals(1, found.size(), () -> "expected exactly one match in " + nodes);
    return found.get(0);
  }

  private static Map<String, Object> withId(List<Map<String, Object>> nodes, String id) {
    return only(nodes, n -> id.equals(n.get("id")));
  }

  private static String describe(Map<String, String> problemsByFile) {
    return problemsByFile.entrySet().stream()
        .map(e -> "  " + e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, Object> index(
      List<Map<String, Object>> nodes,
      Function<Map<String, Object>, String> key,
      Function<Map<String, Object>, Object> value) {
    Map<String, Object> indexed = new LinkedHashMap<>();
    nodes.forEach(n -> indexed.put(key.apply(n), value.apply(n)));
    return indexed;
  }

  private static Map<String, Object> motionSummary(Map<String, Object> motion) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("kamerstuk", motion.get("kamerstuk"));
    summary.put("status", motion.get("status"));
    summary.put("settledBy", at(motion, "settledBy.id"));
    return summary;
  }

  private static long ownedProgrammeCount(Map<String, Object> ministry) {
    return list(ministry, "programmes").stream()
        .filter(p -> values(list(p, "owners"), "id").contains(ministry.get("id")))
        .count();
  }

  /**
   * "OPEN -> FULFILLED" where the two documents gave a node different statuses; empty where either
   * is silent or both agree.
   */
  private static Optional<String> changeBetween(
      Map<String, Object> node, String earlier, String later) {
    Map<Object, Object> byDocument = new LinkedHashMap<>();
    list(node, "statusHistory").forEach(e -> byDocument.put(at(e, "document.id"), e.get("status")));
    Object before = byDocument.get(earlier);
    Object after = byDocument.get(later);
    if (before == null || after == null || before.equals(after)) {
      return Optional.empty();
    }
    return Optional.of(before + " -> " + after);
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

  /** Compares a result with golden JSON; numbers compare by value, so 55000 matches 55000.0. */
  private static void assertJson(String expectedJson, Object actual) {
    try {
      JsonNode expected = JSON.readTree(expectedJson);
      JsonNode found = JSON.valueToTree(actual);
      if (!expected.equals(SavedQueriesIT::compareValues, found)) {
        fail("expected\n" + pretty(expected) + "\nbut was\n" + pretty(found));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pretty(JsonNode json) throws IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }

  private static int compareValues(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return Objects.equals(a, b) ? 0 : 1;
  }
}
