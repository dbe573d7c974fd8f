package nl.langerthuis.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.langerthuis.graph.store.WholeGraph;

/**
 * {@code graph.jsonl}: one JSON object per line, the nodes and then the edges, each with its
 * properties as typed JSON values and its sources:
 *
 * <pre>
 * {"element":"node","id":"motion/31765-446","type":"Motion","labels":["Motion"],"properties":{...},"sources":[{"document":"doc/lt-2020-06","quote":"...","at":"footnote 3"}]}
 * {"element":"edge","id":"e0","type":"SUBMITTED","source":"person/...","target":"motion/...","properties":{},"sources":[...]}
 * </pre>
 */
final class JsonLinesWriter extends ExportWriter {
  static final String FILE = "graph.jsonl";

  private final BufferedWriter out;

  JsonLinesWriter(Path folder) {
    try {
      out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void properties(
      Map<String, WholeGraph.PropertyType> nodeProperties,
      Map<String, WholeGraph.PropertyType> edgeProperties) {
    // JSON values carry their own types
  }

  @Override
  void writeNode(WholeGraph.Node node) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("element", "node");
    line.put("id", node.id());
    line.put("type", node.type());
    line.put("labels", node.labels());
    line.put("properties", node.properties());
    line.put("sources", sources(node.sources()));
    writeLine(line);
  }

  @Override
  void writeEdge(String id, WholeGraph.Edge edge) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("element", "edge");
    line.put("id", id);
    line.put("type", edge.type());
    line.put("source", edge.source());
    line.put("target", edge.target());
    line.put("properties", edge.properties());
    line.put("sources", sources(edge.sources()));
    writeLine(line);
  }

  /** Jackson escapes line breaks inside strings, so one object stays one line. */
  private void writeLine(Map<String, Object> line) throws IOException {
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
