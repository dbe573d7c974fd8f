package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request costs a number of Cypher statements bounded by the shape of the query (one per field
 * and level), never by the number of nodes it returns.
 */
@ExtendWith(TestGraphExtension.class)
class CypherStatementCountIT {
  private static final String NESTED =
      """
      query Nested($first: Int) {
        motions(first: $first) {
          totalCount
          nodes {
            kamerstuk
            submitters { name party { name } motions { kamerstuk } }
            statusHistory { status document { title } }
            settledBy { title publisher { name } }
            sources { quote document { title } }
            neighbours(first: 5) { relation node { id } }
          }
        }
      }
      """;

  @Test
  void aNestedQueryCostsOneStatementPerFieldAndLevelWhateverThePageSize() {
    ExecutionResult one = run(1);
    ExecutionResult all = run(100);
    assertTrue(nodes(all) > 5, "the graph has several motions");
    // at most one statement per field and level: listing, submitters, party, motions,
    // statusHistory,
    // settledBy, publisher, source documents, neighbours; a per-node fetch would cost hundreds
    assertTrue(statements(all) <= 9, "statements: " + statements(all));
    assertTrue(statements(one) <= statements(all));
  }

  @Test
  void totalCountAloneRunsOneStatementAndFetchesNoNodes() {
    ExecutionResult result =
        TestGraph.get().graphQL().execute("{ organisations { totalCount } }", null, Map.of());
    assertEquals(1, statements(result));
  }

  private static ExecutionResult run(int first) {
    ExecutionResult result =
        TestGraph.get().graphQL().execute(NESTED, "Nested", Map.of("first", first));
    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    return result;
  }

  @SuppressWarnings("unchecked")
  private static int statements(ExecutionResult result) {
    return (Integer)
        ((Map<String, Object>) result.getExtensions().get("cost")).get("cypherStatements");
  }

  @SuppressWarnings("unchecked")
  private static int nodes(ExecutionResult result) {
    return ((List<Object>)
            ((Map<String, Object>) ((Map<String, Object>) result.getData()).get("motions"))
                .get("nodes"))
        .size();
  }
}
