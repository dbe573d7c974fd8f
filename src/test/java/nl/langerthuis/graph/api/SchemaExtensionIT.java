package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.seed.SeedGraph;
import nl.langerthuis.graph.seed.SeedReader;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new relationship field is a schema edit and seed data, nothing else: a test schema adds {@code
 * Pilot.buildsOn} and its reverse, a fixture seed uses it, and the loader and the API follow it.
 */
class SchemaExtensionIT {
  private static final Path FIXTURE = Path.of("src/test/resources/model-fixture");
  private static final String EXTENDED =
      GraphModel.standardSdl()
          .replaceFirst(
              "(type Pilot implements Node @node\\([^)]*\\) \\{)",
              """
              $1
                "Pilots this one builds on (BUILDS_ON)."
                buildsOn: [Pilot!]! @relation(type: "BUILDS_ON", direction: OUT) @seed
                "Pilots that build on this one."
                followedBy: [Pilot!]! @relation(type: "BUILDS_ON", direction: IN)
              """);

  @Test
  void aRelationshipFieldAddedToTheSchemaIsLoadedAndServedWithoutJavaChanges(@TempDir Path data)
      throws Exception {
    assertTrue(EXTENDED.contains("buildsOn: [Pilot!]!"), "the test schema adds the field");
    SeedGraph graph =
        new SeedReader(FIXTURE, FIXTURE.resolve("documents"), GraphModel.fromSdl(EXTENDED)).read();
    assertEquals(List.of("BUILDS_ON"), graph.relationships().stream().map(r -> r.type()).toList());
    try (GraphStore store =
            GraphStore.open(
                StoreConfig.embedded(Files.createDirectories(data.resolve("neo4j")), 0)
                    .withQueryTimeout(Duration.ofSeconds(30)));
        GraphQLService service = new GraphQLService(store, QueryLimits.DEFAULTS, EXTENDED)) {
      store.writer().replaceWith(graph);
      ExecutionResult result =
          service.execute(
              "{ pilots { nodes { name buildsOn { name } followedBy { name } } } }",
              null,
              Map.of());
      assertEquals(List.of(), result.getErrors());
      assertEquals(
          Map.of(
              "pilots",
              Map.of(
                  "nodes",
                  List.of(
                      Map.of(
                          "name",
                          "Proeftuin Alpha",
                          "buildsOn",
                          List.of(),
                          "followedBy",
                          List.of(Map.of("name", "Proeftuin Beta"))),
                      Map.of(
                          "name",
                          "Proeftuin Beta",
                          "buildsOn",
                          List.of(Map.of("name", "Proeftuin Alpha")),
                          "followedBy",
                          List.of())))),
          result.getData());
    }
  }

  @Test
  void theServedSchemaRefusesTheFieldItDoesNotDeclare() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            nl.langerthuis.graph.seed.SeedException.class,
            () -> new SeedReader(FIXTURE, FIXTURE.resolve("documents")).read());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("unknown field 'buildsOn' for a Pilot"), e.getMessage());
  }
}
