package nl.langerthuis.graph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.store.WholeGraph;

/**
 * What every format shares: edges numbered in the order they are read ({@code e0}, {@code e1}, ...,
 * the same in every format of one graph), the counts written, and how a value that is not typed in
 * the format (a list, the sources) is written as text: as JSON.
 */
abstract class ExportWriter implements WholeGraph.Visitor, AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private int nodes;
  private int edges;

  @Override
  public final void node(WholeGraph.Node node) {
    try {
      writeNode(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    nodes++;
  }

  @Override
  public final void edge(WholeGraph.Edge edge) {
    try {
      writeEdge("e" + edges, edge);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    edges++;
  }

  abstract void writeNode(WholeGraph.Node node) throws IOException;

  abstract void writeEdge(String id, WholeGraph.Edge edge) throws IOException;

  /** Ends and closes the files; what was written is complete only after this. */
  @Override
  public abstract void close() throws IOException;

  int nodes() {
    return nodes;
  }

  int edges() {
    return edges;
  }

  /** The sources as objects with {@code document}, {@code quote} and {@code at}, in that order. */
  static List<Map<String, String>> sources(List<WholeGraph.Source> sources) {
    return sources.stream().map(ExportWriter::source).toList();
  }

  private static Map<String, String> source(WholeGraph.Source source) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("document", source.document());
    fields.put("quote", source.quote());
    fields.put("at", source.at());
    return fields;
  }

  /**
   * A value as the text of a cell or attribute: lists (and anything not a scalar) as JSON, whole
   * floats without a decimal point, other numbers without an exponent.
   */
  static String text(Object value) throws JsonProcessingException {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      BigDecimal decimal = BigDecimal.valueOf(d);
      return d == Math.rint(d) ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return JSON.writeValueAsString(value);
  }
}
