package nl.langerthuis.graph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a GraphQL result into one CSV table for spreadsheets, R or pandas. The rows are the first
 * list of objects in the result (e.g. {@code motions.nodes}); a result without one is a single row.
 * Nested fields become dotted columns ({@code settledBy.title}); values of nested lists are joined
 * with "; " ({@code submitters.name} = "Bergkamp; Segers").
 */
final class CsvTable {
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTable() {}

  static String of(Object data) throws JsonProcessingException {
    List<?> rows = firstListOfObjects(data);
    List<Map<String, String>> table = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (Object row : rows == null ? List.of(data) : rows) {
      Map<String, List<String>> cells = new LinkedHashMap<>();
      flatten(row, "", cells);
      Map<String, String> line = new LinkedHashMap<>();
      cells.forEach((column, values) -> line.put(column, String.join("; ", values)));
      columns.addAll(line.keySet());
      table.add(line);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    return CSV.writer(schema.build()).writeValueAsString(table);
  }

  private static List<?> firstListOfObjects(Object value) {
    if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
      return list;
    }
    if (value instanceof List<?> list && list.isEmpty()) {
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      for (Object child : map.values()) {
        List<?> found = firstListOfObjects(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void flatten(Object value, String path, Map<String, List<String>> cells) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, child) ->
              flatten(child, path.isEmpty() ? String.valueOf(key) : path + "." + key, cells));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> flatten(item, path, cells));
    } else {
      cells
          .computeIfAbsent(path, k -> new ArrayList<>())
          .add(value == null ? "" : String.valueOf(value));
    }
  }
}
