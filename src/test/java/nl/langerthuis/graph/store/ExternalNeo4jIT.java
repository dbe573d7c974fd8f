package nl.langerthuis.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same loader and API against a Neo4j 5.26 server in a container, as users with an external
 * server or cluster run it. Skipped cleanly where no Docker engine exists.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jIT {
  @Container
  private static final Neo4jContainer NEO4J =
      new Neo4jContainer("neo4j:5.26-community").withAdminPassword("test-password");

  @Test
  void theSeedLoadsIntoAnExternalServerAndTheApiAnswersFromIt() {
    StoreConfig config = StoreConfig.external(NEO4J.getBoltUrl(), "neo4j", "test-password");
    try (GraphStore store = GraphStore.open(config);
        GraphQLService graphQL = new GraphQLService(store, QueryLimits.DEFAULTS)) {
      boolean loaded =
          new SeedLoading(store, new PrintStream(new ByteArrayOutputStream()))
              .ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false);
      assertTrue(loaded);
      assertFalse(
          new SeedLoading(store, new PrintStream(new ByteArrayOutputStream()))
              .ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false),
          "a second start finds the seed loaded");
      ExecutionResult result =
          graphQL.execute(
              "{ motion(kamerstuk: \"31 765, nr. 446\") { kamerstuk settled } }", null, Map.of());
      assertEquals(
          Map.of("motion", Map.of("kamerstuk", "31765-446", "settled", true)), result.getData());
    }
  }
}
