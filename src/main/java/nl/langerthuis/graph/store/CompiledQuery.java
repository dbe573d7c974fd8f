package nl.langerthuis.graph.store;

import java.util.List;
import java.util.Map;

/**
 * One parameterised Cypher statement that answers every entry point of a request; {@code columns}
 * maps each returned column to the result key of its entry point. The statement also returns the
 * loaded seed's hash in the column {@link #SNAPSHOT}.
 */
public record CompiledQuery(
    String cypher, Map<String, Object> parameters, Map<String, String> columns) {
  /** The column that holds the hash of the seed the answer was read from. */
  static final String SNAPSHOT = "snapshot";

  public CompiledQuery {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
  }

  /** True when the request reads nothing from the graph (introspection, rejected arguments). */
  public boolean isEmpty() {
    return columns.isEmpty();
  }

  static CompiledQuery empty() {
    return new CompiledQuery("", Map.of(), Map.of());
  }

  List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }
}
