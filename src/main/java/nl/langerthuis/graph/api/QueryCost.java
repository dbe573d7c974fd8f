package nl.langerthuis.graph.api;

import graphql.execution.AbortExecutionException;
import graphql.execution.RawVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The complexity budget, computed on the normalized operation (fragments expanded, every alias a
 * field of its own) before anything runs. A field costs one plus its size times what it selects:
 * the size is its {@code first} argument (or that argument's default), a list without one counts at
 * {@link QueryLimits#unpagedListSize()}, and the lists of a paged connection are sized by the
 * connection's {@code first}. Top-level fields each cost {@link #TOP_LEVEL_FIELD} more. Arithmetic
 * saturates, so no argument makes the sum wrap around.
 */
final class QueryCost extends SimplePerformantInstrumentation {
  /** What a top-level field adds: each one runs a Cypher statement of its own. */
  static final long TOP_LEVEL_FIELD = 1000;

  private final QueryLimits limits;

  QueryCost(QueryLimits limits) {
    this.limits = limits;
  }

  @Override
  public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutableNormalizedOperation operation =
        parameters.getExecutionContext().getNormalizedQueryTree().get();
    GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
    long cost = of(operation.getTopLevelFields(), schema);
    if (cost > limits.maxComplexity()) {
      throw new AbortExecutionException(refusal(cost));
    }
    parameters.getExecutionContext().getGraphQLContext().put(QueryCost.class, cost);
    return SimpleInstrumentationContext.noOp();
  }

  /**
   * The refusal of a query over budget, found on the caller's thread before the query takes a
   * worker, so that refused queries never occupy one. Empty when it fits, and for a query that does
   * not parse or validate (its execution reports that, and the check above still applies).
   */
  Optional<String> refusal(
      GraphQLSchema schema, String query, String operationName, Map<String, Object> variables) {
    try {
      ExecutableNormalizedOperation operation =
          ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
              schema,
              Parser.parse(query),
              operationName,
              RawVariables.of(variables == null ? Map.of() : variables));
      long cost = of(operation.getTopLevelFields(), schema);
      return cost > limits.maxComplexity() ? Optional.of(refusal(cost)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What the query cost against the budget, as reported in {@code extensions.complexity}. */
  Map<String, Object> usage(long cost) {
    int used = (int) Math.min(cost, Integer.MAX_VALUE);
    return Map.of(
        "cost", used, "limit", limits.maxComplexity(), "remaining", limits.maxComplexity() - used);
  }

  private String refusal(long cost) {
    return "maximum query complexity exceeded: the query costs "
        + (cost == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(cost))
        + ", the limit is "
        + limits.maxComplexity()
        + " (a list costs its first, or "
        + limits.unpagedListSize()
        + " unpaged, times what it selects; each top-level field "
        + TOP_LEVEL_FIELD
        + ")";
  }

  long of(List<ExecutableNormalizedField> topLevel, GraphQLSchema schema) {
    long cost = 0;
    for (ExecutableNormalizedField field : topLevel) {
      cost = add(cost, add(TOP_LEVEL_FIELD, field(field, schema, false)));
    }
    return cost;
  }

  private long field(ExecutableNormalizedField field, GraphQLSchema schema, boolean sizedByParent) {
    GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
    Long first = first(field, definition);
    long children = 0;
    for (ExecutableNormalizedField child : field.getChildren()) {
      children = add(children, field(child, schema, first != null));
    }
    if (field.getChildren().isEmpty()) {
      return 1;
    }
    long size =
        first != null
            ? Math.max(1, first)
            : isList(definition) && !sizedByParent ? limits.unpagedListSize() : 1;
    return add(1, multiply(size, Math.max(1, children)));
  }

  private static Long first(ExecutableNormalizedField field, GraphQLFieldDefinition definition) {
    Object given = field.getResolvedArguments().get("first");
    if (given instanceof Number n) {
      return n.longValue();
    }
    if (definition.getArgument("first") == null) {
      return null;
    }
    Object fallback = definition.getArgument("first").getArgumentDefaultValue().getValue();
    if (fallback instanceof Number n) {
      return n.longValue();
    }
    return fallback instanceof graphql.language.IntValue literal
        ? literal.getValue().longValue()
        : null;
  }

  private static boolean isList(GraphQLFieldDefinition definition) {
    return GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  private static long multiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }
}
