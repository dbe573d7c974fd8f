package nl.langerthuis.graph.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Owns the {@link TestGraph} of a test run, as the Neo4j driver's {@code DatabaseExtension} does:
 * the first test class extended by it starts the embedded Neo4j and loads the seed; every later
 * class reuses it; JUnit closes it when the run ends, because it sits in the root context's store.
 *
 * <pre>{@code
 * @ExtendWith(TestGraphExtension.class)
 * class QueryIT { ... TestGraph.get().graphQL() ... }
 * }</pre>
 */
public final class TestGraphExtension implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(TestGraphExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(TestGraph.class, key -> TestGraph.start(), TestGraph.class);
  }
}
