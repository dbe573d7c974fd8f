package nl.langerthuis.graph.api;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The complexity budget of one request: refuses a query over it with the code {@code
 * COMPLEXITY_LIMIT_EXCEEDED} and its cost, and reports what a query used, as GitHub reports its
 * rate limit ({@code extensions.complexity: {cost, limit, remaining}}).
 */
final class ComplexityBudget extends MaxQueryComplexityInstrumentation {
  static final String CODE = "COMPLEXITY_LIMIT_EXCEEDED";

  private final int limit;
  private final FieldComplexityCalculator calculator;

  ComplexityBudget(int limit, FieldComplexityCalculator calculator) {
    super(limit, calculator);
    this.limit = limit;
    this.calculator = calculator;
  }

  @Override
  protected AbortExecutionException mkAbortException(int cost, int maxComplexity) {
    String message = "maximum query complexity exceeded " + cost + " > " + maxComplexity;
    return new AbortExecutionException(message) {
      @Override
      public Map<String, Object> getExtensions() {
        return usage(cost, CODE);
      }
    };
  }

  /** What the query costs against the budget; empty if it does not parse. */
  Optional<Map<String, Object>> used(
      GraphQLSchema schema, String query, String operationName, Map<String, Object> variables) {
    try {
      Document document = Parser.parse(query);
      int cost =
          QueryComplexityCalculator.newCalculator()
              .schema(schema)
              .document(document)
              .operationName(operationName)
              .variables(CoercedVariables.of(variables))
              .fieldComplexityCalculator(calculator)
              .build()
              .calculate();
      return Optional.of(usage(cost, null));
    } catch (RuntimeException e) { // a syntax error, or variables the calculator cannot read
      return Optional.empty();
    }
  }

  private Map<String, Object> usage(int cost, String code) {
    Map<String, Object> usage = new LinkedHashMap<>();
    if (code != null) {
      usage.put("code", code);
    }
    usage.put("cost", cost);
    usage.put("limit", limit);
    usage.put("remaining", Math.max(0, limit - cost));
    return usage;
  }
}
