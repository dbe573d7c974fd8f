package nl.langerthuis.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model is read from the schema's directives, and a schema it cannot place is refused. */
class GraphModelTest {
  private static final String SDL = GraphModel.standardSdl();

  @Test
  void theServedSchemaDeclaresThirteenKindsAndEveryEntryPoint() {
    GraphModel model = GraphModel.standard();
    assertEquals(13, model.kinds().size());
    assertEquals("motion/", model.kind("Motion").orElseThrow().prefix());
    assertInstanceOf(RootField.Lookup.class, model.root("motion").orElseThrow());
    RootField.Listing motions = (RootField.Listing) model.root("motions").orElseThrow();
    assertEquals(
        List.of("status", "submitter", "settled"),
        motions.filters().stream().map(Filter::argument).toList());
  }

  @Test
  void relationshipFieldsCarryTheirTypeDirectionAndTarget() {
    FieldBinding submitters = GraphModel.standard().field("Motion", "submitters").orElseThrow();
    assertEquals(
        new FieldBinding.Relation(List.of("SUBMITTED"), Direction.IN, "Person", null, true),
        submitters);
    FieldBinding party = GraphModel.standard().field("Person", "party").orElseThrow();
    assertEquals("POLITICAL_PARTY", ((FieldBinding.Relation) party).targetKind());
  }

  @Test
  void theSeedVocabularyComesFromTheSchema() {
    NodeKind motion = GraphModel.standard().kind("Motion").orElseThrow();
    SeedField submitters = motion.seedField("submitters").orElseThrow();
    assertEquals(SeedField.Kind.REFS, submitters.kind());
    assertEquals("SUBMITTED", submitters.relationship());
    assertEquals(List.of("person/"), submitters.targets());
    SeedField report = motion.seedField("report").orElseThrow();
    assertEquals(
        Set.of("ADOPTED", "IN_PROGRESS", "SETTLED", "REJECTED", "HELD", "WITHDRAWN"),
        report.values());
    assertTrue(motion.seedField("status").isEmpty(), "a derived field is not written by curators");
    assertTrue(motion.seedField("settledBy").isEmpty(), "a view is not written by curators");
  }

  @Test
  void aFieldWithoutADeclarationStopsTheModelWithItsName() {
    String broken =
        SDL.replace("  roles: [String!]!", "  roles: [String!]!\n  friends: [Person!]!");
    ModelException e = assertThrows(ModelException.class, () -> GraphModel.fromSdl(broken));
    assertEquals(
        List.of(
            "Person.friends returns Person but declares no @relation, @sources, @statusHistory or"
                + " @neighbours"),
        e.problems());
  }

  @Test
  void aFilterWithoutADeclarationStopsTheModelWithItsName() {
    String broken =
        SDL.replace(
            "  persons(name: String @named", "  persons(colour: String, name: String @named");
    ModelException e = assertThrows(ModelException.class, () -> GraphModel.fromSdl(broken));
    assertEquals(
        List.of(
            "Query.persons(colour) declares no filter (@equals, @contains, @named or @related)"),
        e.problems());
  }

  @Test
  void anEntryPointOrTypeWithoutADeclarationStopsTheModel() {
    String broken =
        SDL.replace(
            "type Query {", "type Colour { name: String }\ntype Query {\n  colours: [Colour]");
    ModelException e = assertThrows(ModelException.class, () -> GraphModel.fromSdl(broken));
    assertTrue(e.problems().contains("Query.colours declares no @lookup, @listing or @search"));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.startsWith("type Colour has no @node declaration")),
        e.problems().toString());
  }

  @Test
  void labelsAndRelationshipTypesMustBeNamesNotCypher() {
    String broken =
        SDL.replace(
            "@relation(type: \"SUBMITTED\", direction: IN)",
            "@relation(type: \"SUBMITTED]-() DETACH DELETE (x\", direction: IN)");
    ModelException e = assertThrows(ModelException.class, () -> GraphModel.fromSdl(broken));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.contains("is not a relationship type")),
        e.problems().toString());
  }

  @Test
  void whatTheLoaderDerivesIsDeclaredOnTheKinds() {
    GraphModel model = GraphModel.standard();
    SeedRules municipality = model.kind("Municipality").orElseThrow().seedRules();
    assertEquals(
        List.of(new SeedRules.ExtraLabel("Organisation", null, null)), municipality.extraLabels());
    assertEquals(java.util.Map.of("kind", "MUNICIPALITY"), municipality.fixed());
    SeedRules motion = model.kind("Motion").orElseThrow().seedRules();
    assertEquals(
        List.of(
            new SeedRules.FromReports("status", SeedRules.ReportRule.LATEST, Set.of()),
            new SeedRules.FromReports("settled", SeedRules.ReportRule.ANY, Set.of("SETTLED")),
            new SeedRules.FromReports("SETTLED_IN", SeedRules.ReportRule.FIRST, Set.of("SETTLED"))),
        motion.fromReports());
    SeedField pilotStatus = model.kind("Pilot").orElseThrow().seedField("status").orElseThrow();
    assertEquals(SeedField.Merge.NEWEST, pilotStatus.merge());
    assertEquals("UNKNOWN", pilotStatus.defaultValue());
    assertEquals("Document", model.documentKind().orElseThrow().typeName());
    assertEquals(Set.of("url"), model.kind("Motion").orElseThrow().officialUrls());
    assertEquals(
        new FieldBinding.Property("kamerstuk", false), model.field("Motion", "url").orElseThrow());
  }

  @Test
  void aDerivationThatNamesNoFieldStopsTheModelWithItsName() {
    String broken =
        SDL.replace("display: [\"{metric:140}\"]", "display: [\"{metrik:140}\"]")
            .replace("statuses: [\"FULFILLED\", \"SETTLED\"]", "statuses: [\"DONE\"]");
    ModelException e = assertThrows(ModelException.class, () -> GraphModel.fromSdl(broken));
    assertEquals(
        List.of(
            "Commitment.fulfilledBy: 'DONE' is not a status of the reports",
            "Measurement: @node display '{metrik:140}' names no field metrik"),
        e.problems());
  }
}
