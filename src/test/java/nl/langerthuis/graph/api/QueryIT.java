package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.data;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static nl.langerthuis.graph.support.GraphQLAssert.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.langerthuis.graph.support.GraphQLAssert;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The core API answers on the seed graph. */
@ExtendWith(TestGraphExtension.class)
class QueryIT {
  @Test
  void motionIsFoundByKamerstukInTheCompactAndTheSpacedForm() {
    Map<String, Object> compact = data("{ motion(kamerstuk: \"31765-446\") { id kamerstuk } }");
    Map<String, Object> spaced =
        data("{ motion(kamerstuk: \"31 765, nr. 446\") { id kamerstuk } }");
    assertEquals("motion/31765-446", (String) at(compact, "motion.id"));
    Object compactMotion = at(compact, "motion");
    Object spacedMotion = at(spaced, "motion");
    assertEquals(compactMotion, spacedMotion);
  }

  @Test
  void settledMotionsCiteTheDocumentAndPassageThatSettledThem() {
    Map<String, Object> result =
        data(
            "{ motions(status: SETTLED, first: 100) { totalCount nodes { kamerstuk settled settledBy { id } statusHistory { status quote document { id } } } } }");
    List<Map<String, Object>> nodes = list(result, "motions.nodes");
    assertFalse(nodes.isEmpty());
    assertEquals(((Number) at(result, "motions.totalCount")).intValue(), nodes.size());
    for (Map<String, Object> motion : nodes) {
      assertEquals(true, motion.get("settled"));
      String settledBy = at(motion, "settledBy.id");
      assertNotNull(settledBy, motion + " names its settling document");
      List<Map<String, Object>> history = list(motion, "statusHistory");
      assertTrue(
          history.stream()
              .anyMatch(
                  e ->
                      "SETTLED".equals(e.get("status")) && settledBy.equals(at(e, "document.id"))));
    }
    assertTrue(
        nodes.stream().anyMatch(m -> "31765-446".equals(m.get("kamerstuk"))),
        "the June 2020 letter settles 31765-446");
  }

  @Test
  void pagesFollowTheCursorWithoutGapsOrRepeats() {
    Set<String> seen = new HashSet<>();
    String after = null;
    int total = -1;
    do {
      String cursor = after == null ? "" : ", after: \"" + after + "\"";
      Map<String, Object> page =
          data(
              "{ organisations(first: 7"
                  + cursor
                  + ") { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }");
      total = ((Number) at(page, "organisations.totalCount")).intValue();
      for (Map<String, Object> node : list(page, "organisations.nodes")) {
        assertTrue(seen.add((String) node.get("id")), "no repeats");
      }
      after =
          Boolean.TRUE.equals(at(page, "organisations.pageInfo.hasNextPage"))
              ? at(page, "organisations.pageInfo.endCursor")
              : null;
    } while (after != null);
    assertEquals(total, seen.size());
    assertTrue(total > 50, "the documents name many organisations");
  }

  @Test
  void firstAbove100IsAClearErrorNamingTheArgument() {
    ExecutionResult result = result("{ motions(first: 500) { totalCount } }");
    GraphQLError error = result.getErrors().get(0);
    assertEquals("Argument 'first' must be between 0 and 100 (got 500)", error.getMessage());
    assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
    assertEquals(List.of("motions"), error.getPath());
  }

  @Test
  void aForeignCursorIsRefused() {
    ExecutionResult result = result("{ motions(after: \"nonsense\") { totalCount } }");
    assertTrue(
        result
            .getErrors()
            .get(0)
            .getMessage()
            .startsWith("Argument 'after' must be an endCursor returned by this API"));
  }

  @Test
  void aMalformedKamerstukIsRefusedWithTheExpectedForm() {
    ExecutionResult result = result("{ motion(kamerstuk: \"motie over mantelzorg\") { id } }");
    assertTrue(
        result
            .getErrors()
            .get(0)
            .getMessage()
            .startsWith("Argument 'kamerstuk' must be a Kamerstuk number such as '31765-446'"));
  }

  @Test
  void everyNodeOfEveryKindHasSourcesAndTheyLeadToDocuments() {
    Map<String, Object> result =
        data(
            "{ a: organisations(first: 100) { nodes { ...S } } b: pilots(first: 100) { nodes { ...S } } "
                + "c: subsidies(first: 100) { nodes { ...S } } d: programmes(first: 100) { nodes { ...S } } "
                + "e: recommendations(first: 100) { nodes { ...S } } f: regions(first: 100) { nodes { ...S } } } "
                + "fragment S on Node { id sources { quote document { id title } } }");
    int nodes = 0;
    for (String alias : List.of("a", "b", "c", "d", "e", "f")) {
      for (Map<String, Object> node : list(result, alias + ".nodes")) {
        nodes++;
        List<Map<String, Object>> sources = list(node, "sources");
        assertFalse(sources.isEmpty(), node.get("id") + " has sources");
        sources.forEach(s -> assertNotNull(at(s, "document.title")));
      }
    }
    assertTrue(nodes > 200);
  }

  @Test
  void nodeByIdResolvesItsConcreteTypeAndNeighboursCarrySources() {
    Map<String, Object> result =
        data(
            "{ node(id: \"motion/31765-446\") { __typename label ... on Motion { kamerstuk } neighbours(first: 10) { relation direction node { id } sources { quote } } } }");
    assertEquals("Motion", at(result, "node.__typename"));
    List<Map<String, Object>> neighbours = list(result, "node.neighbours");
    assertFalse(neighbours.isEmpty());
    assertTrue(neighbours.size() <= 10);
    assertTrue(
        neighbours.stream()
            .anyMatch(
                n ->
                    "SETTLED_IN".equals(n.get("relation"))
                        && "OUTGOING".equals(n.get("direction"))));
    neighbours.forEach(n -> assertFalse(list(n, "sources").isEmpty(), n + " cites a source"));
    assertNull(at(data("{ node(id: \"org/does-not-exist\") { id } }"), "node"));
  }

  @Test
  void searchIsDutchAwareSoASingularFindsThePlural() {
    List<Map<String, Object>> hits =
        list(
            data(
                "{ search(text: \"mantelzorgwoning\", first: 10) { score snippet node { id label } } }"),
            "search");
    assertFalse(hits.isEmpty());
    assertTrue(
        hits.stream()
            .anyMatch(
                h -> String.valueOf(h.get("snippet")).toLowerCase().contains("mantelzorgwoningen")),
        hits.toString());
  }

  @Test
  void searchTreatsLuceneSyntaxAsText() {
    ExecutionResult result = result("{ search(text: \"zorg AND (thuis\") { node { id } } }");
    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
  }

  @Test
  void pilotsAreFoundByMunicipalityAndByOrganisationAlias() {
    List<Map<String, Object>> byInsurer =
        list(
            data(
                "{ pilots(organisation: \"zilveren kruis\", first: 100) { nodes { id partners { id } funders { id } } } }"),
            "pilots.nodes");
    assertFalse(byInsurer.isEmpty());
    for (Map<String, Object> pilot : byInsurer) {
      List<Object> orgs = new ArrayList<>();
      list(pilot, "partners").forEach(o -> orgs.add(o.get("id")));
      list(pilot, "funders").forEach(o -> orgs.add(o.get("id")));
      assertTrue(orgs.contains("org/zilveren-kruis"), pilot.toString());
    }
  }

  @Test
  void organisationsAreFoundByAbbreviationAndByAlias() {
    assertEquals(
        "org/vws",
        (String)
            at(
                list(
                        data("{ organisations(name: \"VWS\") { nodes { id } } }"),
                        "organisations.nodes")
                    .get(0),
                "id"));
    List<Map<String, Object>> zz =
        list(
            data("{ organisations(name: \"Zorg & Zekerheid\") { nodes { id kind } } }"),
            "organisations.nodes");
    assertEquals(List.of(Map.of("id", "org/zorg-en-zekerheid", "kind", "INSURER")), zz);
  }

  @Test
  void theTwentyTzToRecommendationsAreNumberedInOrderWithResponses() {
    List<Map<String, Object>> recs =
        list(
            data(
                "{ recommendations(issuedBy: \"Tzto\", first: 100) { totalCount nodes { number text response issuedBy { id } } } }"),
            "recommendations.nodes");
    recs.forEach(r -> assertEquals("org/tzto", GraphQLAssert.<String>at(r, "issuedBy.id")));
    recs.forEach(r -> assertNotNull(r.get("response"), r.toString()));
    List<Object> numbers = recs.stream().map(r -> r.get("number")).toList();
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), numbers);
  }

  @Test
  void measurementsHaveValuesSourcesAndSubjects() {
    List<Map<String, Object>> figures =
        list(
            data(
                "{ measurements { id metric value unit approximate subject { id } source { quote document { id } } } }"),
            "measurements");
    assertTrue(figures.size() > 100, "the documents report many figures");
    figures.forEach(f -> assertNotNull(at(f, "source.quote")));
  }

  @Test
  void theRegionalNetworkRunsInItsRegionAndTakesPartInPilotsAsAnOrganisation() {
    Map<String, Object> result =
        data(
            "{ integratedCareNetworks { totalCount nodes { id regions { id hasIntegratedCareNetwork } partners { id } sources { quote } } } "
                + "node(id: \"pilot/zhn-respijtlogeerhuis\") { ... on Pilot { partners { id kind } } } }");
    Map<String, Object> network = list(result, "integratedCareNetworks.nodes").get(0);
    assertEquals("icn/werkgroep-ouderen-zhn", network.get("id"));
    assertEquals(
        List.of(Map.of("id", "region/zuid-holland-noord", "hasIntegratedCareNetwork", true)),
        network.get("regions"));
    assertTrue(
        list(network, "partners").stream()
            .anyMatch(p -> "org/zorg-en-zekerheid".equals(p.get("id"))));
    assertFalse(list(network, "sources").isEmpty());
    assertTrue(
        list(result, "node.partners")
            .contains(Map.of("id", "icn/werkgroep-ouderen-zhn", "kind", "OTHER")));
  }
}
