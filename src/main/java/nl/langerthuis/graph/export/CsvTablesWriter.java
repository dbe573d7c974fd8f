package nl.langerthuis.graph.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.store.WholeGraph;

/**
 * Three tables that join on ids, for R and spreadsheets: {@code nodes.csv} (id, type, labels, then
 * one column per property), {@code edges.csv} (id, source, type, target, then one column per
 * property) and {@code sources.csv} (one row per quote: {@code of}, the id of the node or edge it
 * states, then document, quote and at). An absent property is an empty cell; a list is a JSON
 * array.
 */
final class CsvTablesWriter extends ExportWriter {
  static final String NODES = "nodes.csv";
  static final String EDGES = "edges.csv";
  static final String SOURCES = "sources.csv";

  private static final CsvMapper CSV = new CsvMapper();
  private static final List<String> NODE_COLUMNS = List.of("id", "type", "labels");
  private static final List<String> EDGE_COLUMNS = List.of("id", "source", "type", "target");
  private static final List<String> SOURCE_COLUMNS = List.of("of", "document", "quote", "at");

  private final Path folder;
  private final List<Writer> files = new ArrayList<>();
  private SequenceWriter nodes;
  private SequenceWriter edges;
  private SequenceWriter sources;

  CsvTablesWriter(Path folder) {
    this.folder = folder;
  }

  @Override
  public void properties(
      Map<String, WholeGraph.PropertyType> nodeProperties,
      Map<String, WholeGraph.PropertyType> edgeProperties) {
    try {
      nodes = table(NODES, NODE_COLUMNS, nodeProperties.keySet());
      edges = table(EDGES, EDGE_COLUMNS, edgeProperties.keySet());
      sources = table(SOURCES, SOURCE_COLUMNS, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SequenceWriter table(String file, List<String> fixed, Iterable<String> properties)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    fixed.forEach(schema::addColumn);
    for (String property : properties) {
      if (!fixed.contains(property)) {
        schema.addColumn(property);
      }
    }
    Writer writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
    files.add(writer);
    return CSV.writer(schema.build()).writeValues(writer);
  }

  @Override
  void writeNode(WholeGraph.Node node) throws IOException {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", node.id());
    row.put("type", node.type());
    row.put("labels", text(node.labels()));
    putProperties(row, node.properties());
    nodes.write(row);
    writeSources(node.id(), node.sources());
  }

  @Override
  void writeEdge(String id, WholeGraph.Edge edge) throws IOException {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("source", edge.source());
    row.put("type", edge.type());
    row.put("target", edge.target());
    putProperties(row, edge.properties());
    edges.write(row);
    writeSources(id, edge.sources());
  }

  private static void putProperties(Map<String, String> row, Map<String, Object> properties)
      throws IOException {
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      row.putIfAbsent(property.getKey(), text(property.getValue()));
    }
  }

  private void writeSources(String of, List<WholeGraph.Source> quotes) throws IOException {
    for (WholeGraph.Source source : quotes) {
      sources.write(
          Map.of(
              "of", of, "document", source.document(), "quote", source.quote(), "at", source.at()));
    }
  }

  @Override
  public void close() throws IOException {
    for (SequenceWriter table : new SequenceWriter[] {nodes, edges, sources}) {
      if (table != null) {
        table.close();
      }
    }
    for (Writer file : files) {
      file.close();
    }
  }
}
