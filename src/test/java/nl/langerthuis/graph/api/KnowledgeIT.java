package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.data;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static nl.langerthuis.graph.support.GraphQLAssert.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Knowledge you can find (issue 8): names land on their node by full name, alias, abbreviation or a
 * whole-word part, exact names first; search ranks exact names above passages; dates say how
 * precise they are; one id answers one type.
 */
@ExtendWith(TestGraphExtension.class)
class KnowledgeIT {

  // ---- lookups

  @Test
  void personsAreFoundBySurnameAsStaffTypeIt() {
    assertEquals(List.of("person/diek-scholten"), personIds("Scholten"));
    assertEquals(List.of("person/ester-bertholet"), personIds("bertholet"));
    assertEquals(List.of("person/emile-soetendal"), personIds("Soetendal"));
    assertEquals(List.of("person/clemence-ross-van-dorp"), personIds("Clemence"));
    assertEquals(List.of("person/clemence-ross-van-dorp"), personIds("ROSS-VAN DORP"));
  }

  @Test
  void anExactNameWinsOverAPartOfAnotherName() {
    // "Ross" is an alias of Clémence Ross-Van Dorp; no other person's name is exactly "Ross"
    assertEquals(List.of("person/clemence-ross-van-dorp"), personIds("Ross"));
    // VNG is an abbreviation; other organisations only contain it in an alias
    assertEquals(List.of("org/vng"), organisationIds("VNG"));
  }

  @Test
  void organisationsAreFoundWithoutTheirLeadingWordAndByAWholeWordPart() {
    assertEquals(List.of("org/tzto"), organisationIds("Toekomst zorg thuiswonende ouderen"));
    assertEquals(List.of("org/tzto"), organisationIds("Commissie TZTO"));
    assertTrue(organisationIds("Kruis").contains("org/zilveren-kruis"));
    assertEquals(List.of("mun/katwijk"), organisationIds("Gemeente Katwijk"));
  }

  @Test
  void municipalityLookupIgnoresTheWordGemeenteCaseAndDiacritics() {
    assertEquals(
        "mun/katwijk",
        at(data("{ municipality(name: \"gemeente KATWIJK\") { id } }"), "municipality.id"));
    assertEquals(
        "mun/s-hertogenbosch",
        at(data("{ municipality(name: \"'s-Hertogenbosch\") { id } }"), "municipality.id"));
  }

  @Test
  void pilotsMotionsAndRecommendationsFilterByNameParts() {
    List<Map<String, Object>> helmond =
        list(
            data("{ pilots(municipality: \"Gemeente Helmond\", first: 100) { nodes { id } } }"),
            "pilots.nodes");
    assertTrue(ids(helmond).contains("pilot/logeerzorg-pilots"), helmond.toString());
    List<Map<String, Object>> zilveren =
        list(
            data("{ pilots(organisation: \"Zilveren\", first: 100) { nodes { id } } }"),
            "pilots.nodes");
    assertTrue(ids(zilveren).contains("pilot/logeerzorg-vervolgpilots"), zilveren.toString());
    List<Map<String, Object>> faber =
        list(
            data("{ motions(submitter: \"Faber\", first: 100) { nodes { id } } }"),
            "motions.nodes");
    assertTrue(ids(faber).contains("motion/32847-653"), faber.toString());
    Map<String, Object> tzto =
        data(
            "{ recommendations(issuedBy: \"toekomst zorg thuiswonende ouderen\") { totalCount } }");
    assertEquals(20, ((Number) at(tzto, "recommendations.totalCount")).intValue());
  }

  // ---- search

  @Test
  void searchFindsTheExactNameOrAbbreviationFirst() {
    assertEquals("programme/samen-ouder-worden", firstHit("Samen Ouder Worden"));
    assertEquals("programme/taskforce-wonen-en-zorg", firstHit("Taskforce Wonen en Zorg"));
    assertEquals("subsidy/set", firstHit("SET"));
    assertEquals("programme/meso", firstHit("MESO"));
    assertEquals("programme/gala", firstHit("GALA"));
    assertEquals("programme/iza", firstHit("IZA"));
    assertEquals("programme/lzo", firstHit("LZO"));
    assertEquals("programme/wozo", firstHit("WOZO"));
    assertEquals("programme/jzojp", firstHit("JZOJP"));
    assertEquals("programme/katwijk-mag", firstHit("MAG"));
    assertEquals("programme/iza", firstHit("integraal zorgakkoord"));
    assertEquals("org/zilveren-kruis", firstHit("Zilveren Kruis"));
  }

  @Test
  void searchFindsDutchPluralsAndCompounds() {
    assertTrue(
        hitIds("wooncoach", 5).contains("programme/wooncoaches"),
        hitIds("wooncoach", 5).toString());
    assertTrue(
        hitIds("coaches", 10).contains("programme/wooncoaches"), hitIds("coaches", 10).toString());
  }

  @Test
  void searchTreatsOperatorsQuotesAndWildcardsAsText() {
    for (String text :
        List.of("OR", "AND", "NOT zorg", "\"respijt", "thuis*", "zorg AND (thuis", "?")) {
      ExecutionResult result = result("{ search(text: " + quoted(text) + ") { node { id } } }");
      boolean wordless = text.equals("?");
      assertEquals(wordless, !result.getErrors().isEmpty(), text + ": " + result.getErrors());
    }
    ExecutionResult wordless = result("{ search(text: \"?*\") { node { id } } }");
    assertEquals(
        "BAD_USER_INPUT",
        wordless.getErrors().get(0).getExtensions().get("code"),
        wordless.getErrors().toString());
    assertTrue(wordless.getErrors().get(0).getMessage().contains("Argument 'text'"));
  }

  @Test
  void theSnippetShowsTheMatchingPassage() {
    Map<String, Object> hit =
        list(data("{ search(text: \"wooncoach\", first: 20) { snippet node { id } } }"), "search")
            .stream()
            .filter(h -> "programme/wooncoaches".equals(at(h, "node.id")))
            .findFirst()
            .orElseThrow();
    assertTrue(
        String.valueOf(hit.get("snippet")).toLowerCase().contains("wooncoach"), hit.toString());
  }

  // ---- dates

  @Test
  void datesSayHowMuchOfThemTheDocumentGives() {
    Map<String, Object> day =
        data(
            "{ node(id: \"programme/campagne-deeljezorg\") { ... on Programme { startDate startDatePrecision } } }");
    assertEquals("2020-05-28", at(day, "node.startDate").toString());
    assertEquals("DAY", at(day, "node.startDatePrecision"));
    Map<String, Object> month =
        data(
            "{ node(id: \"doc/lt-2020-06\") { ... on Document { date dateText datePrecision } } }");
    assertEquals("2020-06-01", at(month, "node.date").toString());
    assertEquals("MONTH", at(month, "node.datePrecision"));
    Map<String, Object> year =
        data(
            "{ node(id: \"programme/wozo\") { ... on Programme { startDate startDatePrecision } } }");
    assertEquals("YEAR", at(year, "node.startDatePrecision"));
    Map<String, Object> motion =
        data(
            "{ motion(kamerstuk: \"31765-446\") { statusHistory { datePrecision document { id } } } }");
    assertTrue(
        list(motion, "motion.statusHistory").stream()
            .anyMatch(e -> "MONTH".equals(e.get("datePrecision"))));
  }

  // ---- one id, one type

  @Test
  void aMunicipalityListedAsOrganisationNamesItsOwnType() {
    Map<String, Object> listed = data("{ organisations(name: \"Katwijk\") { nodes { id type } } }");
    Map<String, Object> fetched = data("{ node(id: \"mun/katwijk\") { __typename } }");
    assertEquals("Municipality", at(fetched, "node.__typename"));
    assertEquals("Municipality", at(list(listed, "organisations.nodes").get(0), "type"));
  }

  private static List<String> personIds(String name) {
    return ids(
        list(
            data("{ persons(name: " + quoted(name) + ", first: 100) { nodes { id } } }"),
            "persons.nodes"));
  }

  private static List<String> organisationIds(String name) {
    return ids(
        list(
            data("{ organisations(name: " + quoted(name) + ", first: 100) { nodes { id } } }"),
            "organisations.nodes"));
  }

  private static String firstHit(String text) {
    return hitIds(text, 1).get(0);
  }

  private static List<String> hitIds(String text, int first) {
    return list(
            data("{ search(text: " + quoted(text) + ", first: " + first + ") { node { id } } }"),
            "search")
        .stream()
        .map(h -> (String) at(h, "node.id"))
        .toList();
  }

  private static List<String> ids(List<Map<String, Object>> nodes) {
    return nodes.stream().map(n -> (String) n.get("id")).toList();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
