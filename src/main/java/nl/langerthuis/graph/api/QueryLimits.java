package nl.langerthuis.graph.api;

import java.time.Duration;

/**
 * Bounds on what one request may ask and on the work the service takes on.
 *
 * @param maxDepth nesting depth of a query
 * @param maxComplexity the cost budget of a query (see {@link QueryCost}): a list costs its size
 *     times what it selects, where the size is the {@code first} argument of a paged field and
 *     {@code unpagedListSize} for a list without one; every top-level field adds {@link
 *     QueryCost#TOP_LEVEL_FIELD} because each runs its own Cypher statement
 * @param timeout wall-clock time of one request; also the timeout of its Neo4j transactions
 * @param unpagedListSize the size a list without {@code first} is counted at
 * @param workers requests that may run at once; one more is refused with OVERLOADED at once
 * @param introspection whether clients may ask for the schema ({@code __schema}, {@code __type})
 */
public record QueryLimits(
    int maxDepth,
    int maxComplexity,
    Duration timeout,
    int unpagedListSize,
    int workers,
    boolean introspection) {
  public static final int DEFAULT_UNPAGED_LIST_SIZE = 10;
  public static final int DEFAULT_WORKERS =
      Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  public static final QueryLimits DEFAULTS = new QueryLimits(12, 100000, Duration.ofSeconds(10));

  public QueryLimits {
    if (maxDepth < 1 || maxComplexity < 1 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("query limits must be positive");
    }
    if (unpagedListSize < 1 || workers < 1) {
      throw new IllegalArgumentException("unpagedListSize and workers must be positive");
    }
  }

  public QueryLimits(int maxDepth, int maxComplexity, Duration timeout) {
    this(maxDepth, maxComplexity, timeout, DEFAULT_UNPAGED_LIST_SIZE, DEFAULT_WORKERS, true);
  }

  public QueryLimits withWorkers(int count) {
    return new QueryLimits(maxDepth, maxComplexity, timeout, unpagedListSize, count, introspection);
  }

  public QueryLimits withIntrospection(boolean allowed) {
    return new QueryLimits(maxDepth, maxComplexity, timeout, unpagedListSize, workers, allowed);
  }
}
