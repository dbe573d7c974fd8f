package nl.langerthuis.graph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a request as the query compiler sees it: the key it answers under (its alias or
 * name), the schema field, the object types it applies to, its arguments already checked and
 * normalised, and the fields selected below it. A selection whose arguments broke a rule is {@code
 * rejected}: the compiler answers it with null and the API reports the rule.
 */
public record Selection(
    String resultKey,
    String field,
    Set<String> typeNames,
    Map<String, Object> arguments,
    List<Selection> children,
    boolean rejected) {
  public Selection {
    Objects.requireNonNull(resultKey, "resultKey == null");
    Objects.requireNonNull(field, "field == null");
    typeNames = Set.copyOf(typeNames);
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    children = List.copyOf(children);
  }

  public Object argument(String name) {
    return arguments.get(name);
  }
}
