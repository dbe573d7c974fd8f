package nl.langerthuis.graph.bench;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One question of the benchmark, asked two ways: as a GraphQL request to the service and as one
 * hand-written Cypher statement (returning one column {@code data} shaped like the GraphQL {@code
 * data}) to the same store.
 *
 * @param parameters the Cypher parameters (null values allowed); cursors in them are sort keys, not
 *     encoded cursors
 */
record Workload(
    String name,
    String graphql,
    Map<String, Object> variables,
    String cypher,
    Map<String, Object> parameters) {
  Workload {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(graphql, "graphql == null");
    Objects.requireNonNull(cypher, "cypher == null");
    variables = Collections.unmodifiableMap(new HashMap<>(variables));
    parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
  }
}
