package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.time.Duration;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Depth, complexity and time limits stop a request with a clear error instead of loading the store.
 */
@ExtendWith(TestGraphExtension.class)
class QueryLimitsIT {
  @Test
  void aQueryAboveTheComplexityBudgetIsRefusedBeforeItRuns() {
    String greedy =
        "{ motions(first: 100) { nodes { neighbours(first: 100) { node { neighbours(first: 100) { relation } } } } } }";
    ExecutionResult result = TestGraph.get().graphQL().execute(greedy, null, Map.of());
    assertTrue(
        result.getErrors().get(0).getMessage().startsWith("maximum query complexity exceeded"),
        result.getErrors().toString());
    assertEquals(
        "COMPLEXITY_LIMIT_EXCEEDED", result.getErrors().get(0).getExtensions().get("code"));
    assertEquals(
        QueryLimits.DEFAULTS.maxComplexity(),
        result.getErrors().get(0).getExtensions().get("limit"));
    assertEquals(0, cost(result), "refused before any Cypher ran");
  }

  @Test
  void aRequestThatRunsPastItsTimeLimitIsStoppedWithATimeoutError() {
    try (GraphQLService impatient =
        new GraphQLService(
            TestGraph.get().store(), new QueryLimits(12, 20000, Duration.ofNanos(1)))) {
      ExecutionResult result =
          impatient.execute(
              "{ motions(first: 100) { nodes { neighbours { node { id } } } } }", null, Map.of());
      assertEquals(
          "The request took longer than 0 ms and was stopped",
          result.getErrors().get(0).getMessage());
      assertEquals("TIMEOUT", result.getErrors().get(0).getExtensions().get("code"));
      assertNull(result.getData());
    }
  }

  @SuppressWarnings("unchecked")
  private static int cost(ExecutionResult result) {
    Map<Object, Object> extensions = result.getExtensions();
    return extensions == null
        ? 0
        : (Integer) ((Map<String, Object>) extensions.get("cost")).get("cypherStatements");
  }

  @Test
  void everyAnswerReportsTheComplexityBudgetItUsed() {
    ExecutionResult result =
        nl.langerthuis.graph.support.GraphQLAssert.result(
            "{ motions(first: 10) { nodes { kamerstuk title } } }");
    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    Map<?, ?> used = (Map<?, ?>) result.getExtensions().get("complexity");
    int cost = (Integer) used.get("cost");
    assertTrue(cost > 10, "a page of ten costs at least ten: " + used);
    assertEquals(QueryLimits.DEFAULTS.maxComplexity(), used.get("limit"));
    assertEquals(QueryLimits.DEFAULTS.maxComplexity() - cost, used.get("remaining"));
  }
}
