package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request costs one Cypher statement, whatever its shape and however many nodes it returns:
 * every saved query, the load queries, and nested, aliased and fragment-using queries.
 */
@ExtendWith(TestGraphExtension.class)
class CypherStatementCountIT {
  /** Values for the variables that saved queries require; the rest keep their defaults. */
  private static final Map<String, Object> REQUIRED =
      Map.of(
          "name", "Van Rijn",
          "kamerstuk", "31765-446",
          "submitter", "Bergkamp",
          "municipality", "Helmond",
          "organisation", "Zilveren Kruis",
          "text", "respijtzorg",
          "id", "motion/31765-446");

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
            neighbours(first: 5) { relation node { id ... on Person { name } } }
          }
        }
        programmes(first: 3) { nodes { name owners { name } } }
        byId: node(id: "motion/31765-446") { label ... on Motion { about { label } } }
      }
      """;

  static Stream<Path> requests() throws IOException {
    Stream<Path> saved =
        Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".graphql"));
    return Stream.concat(
        saved.sorted(),
        Stream.of(Path.of("tools/load/nested.graphql"), Path.of("tools/load/motion.graphql")));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void everySavedAndLoadQueryCostsOneStatement(Path file) throws IOException {
    String query = Files.readString(file);
    Map<String, Object> variables =
        REQUIRED.entrySet().stream()
            .filter(e -> query.matches("(?s).*\\$" + e.getKey() + ": (String|ID)!(?! =).*"))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    ExecutionResult result = TestGraph.get().graphQL().execute(query, null, variables);
    assertEquals(List.of(), result.getErrors(), file.toString());
    assertFalse(((Map<?, ?>) result.getData()).isEmpty(), file + " answered nothing");
    assertEquals(1, statements(result), file.toString());
  }

  @Test
  void aNestedQueryWithFragmentsAndAliasesCostsOneStatementWhateverThePageSize() {
    ExecutionResult one = run(1);
    ExecutionResult all = run(100);
    assertTrue(nodes(all) > 5, "the graph has several motions");
    assertEquals(1, statements(one));
    assertEquals(1, statements(all));
  }

  @Test
  void totalCountAloneRunsOneStatement() {
    ExecutionResult result =
        TestGraph.get().graphQL().execute("{ organisations { totalCount } }", null, Map.of());
    assertEquals(1, statements(result));
  }

  @Test
  void introspectionAloneRunsNoStatement() {
    ExecutionResult result =
        TestGraph.get().graphQL().execute("{ __schema { queryType { name } } }", null, Map.of());
    assertEquals(0, statements(result));
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
