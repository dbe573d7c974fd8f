package nl.langerthuis.graph.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;

/** Runs GraphQL against the test graph and digs into results by path. */
public final class GraphQLAssert {
  private GraphQLAssert() {}

  /** Executes and fails the test if the result has errors. */
  public static Map<String, Object> data(String query) {
    return data(query, Map.of());
  }

  public static Map<String, Object> data(String query, Map<String, Object> variables) {
    ExecutionResult result = TestGraph.get().graphQL().execute(query, null, variables);
    assertTrue(result.getErrors().isEmpty(), () -> "unexpected errors: " + result.getErrors());
    return result.getData();
  }

  public static ExecutionResult result(String query) {
    return TestGraph.get().graphQL().execute(query, null, Map.of());
  }

  /** Follows a dotted path of map keys, e.g. {@code "motions.nodes"}. */
  @SuppressWarnings("unchecked")
  public static <T> T at(Object root, String path) {
    Object current = root;
    for (String key : path.split("\\.")) {
      current = current == null ? null : ((Map<String, Object>) current).get(key);
    }
    return (T) current;
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> list(Object root, String path) {
    return (List<Map<String, Object>>) at(root, path);
  }
}
