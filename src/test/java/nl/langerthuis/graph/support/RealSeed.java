package nl.langerthuis.graph.support;

import nl.langerthuis.graph.seed.SeedGraph;
import nl.langerthuis.graph.seed.SeedReader;

/**
 * The real seed of {@code graph-seed/}, read and validated once per test JVM without a database,
 * for the fast tests that check it (quotes, Kamerstuk coverage, the counts in the READMEs).
 */
public final class RealSeed {
  private static SeedGraph graph;

  private RealSeed() {}

  public static synchronized SeedGraph graph() {
    if (graph == null) {
      graph = new SeedReader(TestGraph.SEED, TestGraph.DOCUMENTS).read();
    }
    return graph;
  }
}
