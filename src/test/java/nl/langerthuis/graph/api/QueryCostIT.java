package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.nio.file.Path;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stricter budget still lets every saved query and the load-run queries through. */
@ExtendWith(TestGraphExtension.class)
class QueryCostIT {
  /** A value of the declared type for every variable: the cost does not depend on the values. */
  private static Map<String, Object> placeholders(SavedQuery query) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (SavedQuery.Variable variable : query.variables()) {
      if (!variable.required()) {
        continue;
      }
      String type = variable.type().replace("!", "");
      values.put(
          variable.name(),
          switch (type) {
            case "Int" -> 10;
            case "Float" -> 1.0;
            case "Boolean" -> true;
            default -> "31765-446";
          });
    }
    return values;
  }

  @Test
  void everySavedQueryFitsTheDefaultBudget() throws Exception {
    GraphQLService service = TestGraph.get().graphQL();
    SavedQueries library =
        new SavedQueries(new SavedQueries.QueryLibrary(Path.of("queries")), service);
    for (SavedQuery query : library.all()) {
      ExecutionResult result = service.execute(query.text(), null, placeholders(query));
      assertTrue(
          result.getErrors().stream().noneMatch(e -> e.getMessage().contains("complexity")),
          query.name() + ": " + result.getErrors());
      assertTrue(result.isDataPresent(), query.name() + " ran: " + result.getErrors());
    }
    for (String file : new String[] {"tools/load/nested.graphql", "tools/load/motion.graphql"}) {
      ExecutionResult result =
          service.execute(java.nio.file.Files.readString(Path.of(file)), null, Map.of());
      assertTrue(result.getErrors().isEmpty(), file + ": " + result.getErrors());
    }
  }
}
