package nl.langerthuis.graph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.langerthuis.graph.api.SavedQuery;

/**
 * Turns a saved query's answer into one CSV table for spreadsheets, R or pandas. The rows are the
 * list(s) its {@code # rows:} line names; the columns are the leaf fields the query selects, nested
 * ones as dotted columns ({@code settledBy.title}), values of nested lists joined with "; " ({@code
 * submitters.name} = "Bergkamp; Segers"). A null is an empty cell, a whole number is written
 * without a decimal point. With two or more row lists the first column, {@code list}, names the
 * list a row comes from.
 */
public final class CsvTable {
  static final String SEPARATOR = "; ";
  private static final CsvMapper CSV = new CsvMapper();

  private CsvTable() {}

  static String of(List<SavedQuery.RowList> lists, Map<String, Object> data)
      throws JsonProcessingException {
    return of(lists, List.of(data));
  }

  /** One table of the rows of several pages of one saved query's answer. */
  public static String of(List<SavedQuery.RowList> lists, List<Map<String, Object>> pages)
      throws JsonProcessingException {
    Set<String> header = new LinkedHashSet<>();
    if (lists.size() > 1) {
      header.add("list");
    }
    lists.forEach(
        l -> {
          header.addAll(l.context());
          header.addAll(l.columns());
        });
    List<Map<String, String>> table = new ArrayList<>();
    for (Map<String, Object> data : pages) {
      addRows(lists, data, table);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    header.forEach(schema::addColumn);
    return CSV.writer(schema.build()).writeValueAsString(table);
  }

  private static void addRows(
      List<SavedQuery.RowList> lists, Map<String, Object> data, List<Map<String, String>> table) {
    for (SavedQuery.RowList list : lists) {
      Map<String, String> context = new LinkedHashMap<>();
      list.context().forEach(c -> context.put(c, cell(data, c)));
      for (Object row : rows(list, data)) {
        Map<String, String> line = new LinkedHashMap<>();
        if (lists.size() > 1) {
          line.put("list", list.path());
        }
        line.putAll(context);
        list.columns().forEach(c -> line.put(c, cell(row, c)));
        table.add(line);
      }
    }
  }

  /** The items of one row list: the list's elements, or the one object it names. */
  static List<?> rows(SavedQuery.RowList list, Object data) {
    Object value = at(data, list.keys());
    if (value instanceof List<?> items) {
      return items;
    }
    return value == null ? List.of() : List.of(value);
  }

  /**
   * The path of the first object on the way to the rows that came back null: a lookup that found
   * nothing.
   */
  public static Optional<String> nothingFound(List<SavedQuery.RowList> lists, Object data) {
    for (SavedQuery.RowList list : lists) {
      Object current = data;
      List<String> walked = new ArrayList<>();
      for (String key : list.keys()) {
        walked.add(key);
        current = current instanceof Map<?, ?> map ? map.get(key) : null;
        if (current == null) {
          return Optional.of(String.join(".", walked));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The cursor variables of the next page, or empty when every list is complete. A list already
   * complete keeps its cursor at its end, so the next page adds nothing of it.
   */
  public static Map<String, String> nextPage(
      List<SavedQuery.RowList> lists, Object data, Map<String, ?> variables) {
    Map<String, String> next = new LinkedHashMap<>();
    boolean more = false;
    for (SavedQuery.RowList list : lists) {
      if (list.cursorVariable() == null) {
        continue;
      }
      List<String> pageInfo = List.of(list.pageInfoPath().split("\\."));
      Object end = at(data, append(pageInfo, "endCursor"));
      Object current = variables.get(list.cursorVariable());
      more |= Boolean.TRUE.equals(at(data, append(pageInfo, "hasNextPage")));
      Object cursor = end != null ? end : current;
      if (cursor != null) {
        next.put(list.cursorVariable(), String.valueOf(cursor));
      }
    }
    return more ? next : Map.of();
  }

  private static List<String> append(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path);
    longer.add(key);
    return longer;
  }

  private static Object at(Object data, List<String> keys) {
    Object current = data;
    for (String key : keys) {
      current = current instanceof Map<?, ?> map ? map.get(key) : null;
    }
    return current;
  }

  /** The value(s) at a dotted column path, lists flattened and joined. */
  static String cell(Object row, String column) {
    List<String> values = new ArrayList<>();
    collect(row, column.split("\\."), 0, values);
    return String.join(SEPARATOR, values);
  }

  private static void collect(Object value, String[] keys, int depth, List<String> out) {
    if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, keys, depth, out));
    } else if (depth == keys.length) {
      out.add(text(value));
    } else if (value instanceof Map<?, ?> map) {
      collect(map.get(keys[depth]), keys, depth + 1, out);
    } else {
      out.add("");
    }
  }

  /** A value as a cell: empty for null, whole numbers without ".0", others as JSON writes them. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      BigDecimal number = new BigDecimal(value.toString());
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
