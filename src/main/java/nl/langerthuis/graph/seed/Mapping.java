package nl.langerthuis.graph.seed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML mapping of a seed file and the place it starts: a record, a quote {@code {text, at}}, a
 * reference with its own quotes {@code {id, quotes}}, a report {@code {status, quote, at}}. Its
 * values are text, numbers, booleans, null, lists and further mappings.
 */
record Mapping(FileLine where, Map<String, Object> values) {
  Mapping {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  Object get(String key) {
    return values.get(key);
  }

  /** The value as YAML wrote it, for problems that quote it. */
  @Override
  public String toString() {
    return values.toString();
  }

  /**
   * A value read by {@link YamlFile} with its mappings bound: each keeps its line and loses the
   * {@link YamlFile#LINE} key.
   */
  static Object bind(String file, Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> values = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (!YamlFile.LINE.equals(k)) {
              values.put(String.valueOf(k), bind(file, v));
            }
          });
      int line = map.get(YamlFile.LINE) instanceof Integer n ? n : 1;
      return new Mapping(new FileLine(file, line), values);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> bind(file, item)).toList();
    }
    return value;
  }
}
