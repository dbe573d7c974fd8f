package nl.langerthuis.graph.api;

import nl.langerthuis.graph.support.TestGraph;

/** The schema as the running service builds it. */
final class TestSchema {
  private TestSchema() {}

  static GraphQLService service() {
    return TestGraph.get().graphQL();
  }
}
