package nl.langerthuis.graph.api;

/**
 * Bounds on what one request may ask: nesting depth, an estimated cost in which a list field costs
 * its page size times its children, and wall-clock time (which also bounds every Neo4j
 * transaction).
 */
public record QueryLimits(int maxDepth, int maxComplexity, java.time.Duration timeout) {
  public static final QueryLimits DEFAULTS =
      new QueryLimits(12, 20000, java.time.Duration.ofSeconds(10));

  public QueryLimits {
    if (maxDepth < 1 || maxComplexity < 1 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("query limits must be positive");
    }
  }
}
