package nl.langerthuis.graph.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import nl.langerthuis.graph.store.QueryTimeoutException;

/**
 * When a request's time is up. Past it no further field is fetched, so a request that ran out of
 * time stops on its own instead of being interrupted (an interrupt breaks the Bolt connection the
 * thread holds).
 */
record Deadline(long nanoTime, Duration limit) {
  static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos(), limit);
  }

  boolean passed() {
    return System.nanoTime() - nanoTime > 0;
  }

  /** Fails every field fetched after the request's deadline with a TIMEOUT error. */
  static final class Check extends SimplePerformantInstrumentation {
    @Override
    public DataFetcher<?> instrumentDataFetcher(
        DataFetcher<?> fetcher,
        InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      return environment -> {
        Deadline deadline = environment.getGraphQlContext().get(Deadline.class);
        if (deadline != null && deadline.passed()) {
          throw new QueryTimeoutException(
              "the request ran past its limit of " + deadline.limit().toMillis() + " ms", null);
        }
        return fetcher.get(environment);
      };
    }
  }
}
