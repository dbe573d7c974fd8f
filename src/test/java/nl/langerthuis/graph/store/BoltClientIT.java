package nl.langerthuis.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.support.FreePort;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver path that users of an external server or cluster take (load, seed check, compiled
 * reads), run against an embedded Neo4j's Bolt connector, so that it is tested also where no Docker
 * engine exists ({@link ExternalNeo4jIT} runs it against a real server container).
 */
class BoltClientIT {
  private static final String QUERY =
      "{ motion(kamerstuk: \"31 765, nr. 446\") { kamerstuk settled submitters { name } } }";

  @Test
  void theSeedLoadsAndTheApiAnswersOverBolt(@TempDir Path data) throws Exception {
    try (GraphStore server = GraphStore.open(StoreConfig.embedded(data, FreePort.find()))) {
      String password = Files.readString(server.boltPasswordFile().orElseThrow()).strip();
      StoreConfig external =
          StoreConfig.external(server.boltUri().orElseThrow(), "neo4j", password);
      Object overBolt;
      try (GraphStore client = GraphStore.open(external);
          GraphQLService graphQL = new GraphQLService(client, QueryLimits.DEFAULTS)) {
        assertTrue(quietly(client).ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false));
        assertFalse(
            quietly(client).ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false),
            "a second start finds the seed loaded and its content unchanged");
        ExecutionResult result = graphQL.execute(QUERY, null, Map.of());
        assertEquals(java.util.List.of(), result.getErrors());
        overBolt = result.getData();
        assertEquals(
            "31765-446", ((Map<?, ?>) ((Map<?, ?>) overBolt).get("motion")).get("kamerstuk"));
      }
      try (GraphQLService graphQL = new GraphQLService(server, QueryLimits.DEFAULTS)) {
        assertEquals(overBolt, graphQL.execute(QUERY, null, Map.of()).getData());
        assertTrue(server.contentUnchanged(), "both paths compute the same checksum");
      }
    }
  }

  private static SeedLoading quietly(GraphStore store) {
    return new SeedLoading(store, new PrintStream(new ByteArrayOutputStream()));
  }
}
