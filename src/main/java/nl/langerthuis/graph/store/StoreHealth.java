package nl.langerthuis.graph.store;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the service last learned about its store, kept so that health checks answer at once from
 * memory instead of asking Neo4j on the caller's thread. A background check (see {@link
 * GraphStore#startMonitoring}) and the loader update it.
 *
 * @param state ready only when the store holds a loaded seed
 * @param reason why it is not ready, for operators; empty when ready
 * @param since when the store entered this state
 * @param seed the loaded seed's hash, load time and counts, when known
 */
public record StoreHealth(State state, String reason, Instant since, Map<String, Object> seed) {
  /** The states a readiness probe distinguishes. */
  public enum State {
    STARTING,
    LOADING,
    EMPTY,
    READY,
    UNREACHABLE
  }

  public StoreHealth {
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(since, "since == null");
    seed = Map.copyOf(seed);
  }

  static StoreHealth starting() {
    return new StoreHealth(
        State.STARTING, "the store has not been checked yet", Instant.now(), Map.of());
  }

  public boolean ready() {
    return state == State.READY;
  }

  public boolean unreachable() {
    return state == State.UNREACHABLE;
  }

  /** This health in the new state, keeping {@code since} when the state did not change. */
  StoreHealth next(State next, String why, Map<String, Object> seedInfo) {
    return new StoreHealth(next, why, next == state ? since : Instant.now(), seedInfo);
  }

  /** The health as the JSON body of {@code /health}. */
  public Map<String, Object> report() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready() ? "UP" : "DOWN");
    body.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
    if (!ready()) {
      body.put("reason", reason);
    }
    body.put("since", since.toString());
    body.putAll(seed);
    return body;
  }

  static String seconds(Duration duration) {
    return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
