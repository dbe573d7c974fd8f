package nl.langerthuis.graph.api;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
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
final class QueryCost {
  /** What a top-level field adds: each one is a subquery of the request's statement. */
  static final long TOP_LEVEL_FIELD = 1000;

  private final QueryLimits limits;

  QueryCost(QueryLimits limits) {
    this.limits = limits;
  }

  /** The cost of a normalised operation; saturates at {@code Long.MAX_VALUE}. */
  long of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
    return of(operation.getTopLevelFields(), schema);
  }

  /** The refusal of a query that costs more than the budget, if it does. */
  Optional<String> refusal(long cost) {
    return cost > limits.maxComplexity() ? Optional.of(refusalMessage(cost)) : Optional.empty();
  }

  /** What the query cost against the budget, as reported in {@code extensions.complexity}. */
  Map<String, Object> usage(long cost) {
    int used = (int) Math.min(cost, Integer.MAX_VALUE);
    return Map.of(
        "cost", used, "limit", limits.maxComplexity(), "remaining", limits.maxComplexity() - used);
  }

  private String refusalMessage(long cost) {
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
