package nl.langerthuis.graph.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.store.CypherCompiler;
import nl.langerthuis.graph.store.GraphReader;

/**
 * What one GraphQL request owns: its reader and, once the first entry point is fetched, the answer
 * to the whole operation, read with one compiled Cypher statement. Entry points and nested fields
 * then only pick their values out of that answer.
 */
final class RequestScope implements AutoCloseable {
  private final GraphReader reader;
  private final GraphModel model;
  private final CypherCompiler compiler;
  private RequestPlan plan;
  private Map<String, Object> answer;
  private RuntimeException failure;

  RequestScope(GraphReader reader, GraphModel model, CypherCompiler compiler) {
    this.reader = reader;
    this.model = model;
    this.compiler = compiler;
  }

  GraphReader reader() {
    return reader;
  }

  /** The answer of the entry point being fetched; the first call reads the whole operation. */
  synchronized Object entryPoint(DataFetchingEnvironment env) {
    if (plan == null) {
      plan = RequestPlan.of(env, model);
      try {
        answer = reader.read(compiler.compile(plan.roots()));
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    checkArguments(env);
    if (failure != null) {
      throw failure;
    }
    return answer.get(env.getField().getResultKey());
  }

  /** Throws the rule the field's arguments broke, if they broke one. */
  void checkArguments(DataFetchingEnvironment env) {
    if (plan != null) {
      plan.rejection(env.getExecutionStepInfo().getPath().getKeysOnly())
          .ifPresent(
              e -> {
                throw e;
              });
    }
  }

  @Override
  public void close() {
    reader.close();
  }
}
