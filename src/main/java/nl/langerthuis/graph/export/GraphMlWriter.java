package nl.langerthuis.graph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.langerthuis.graph.store.WholeGraph;

/**
 * {@code graph.graphml} for Gephi and yEd, written with the JDK's streaming XML writer. Every
 * attribute is declared by a typed {@code <key>}: a node's {@code type}, {@code labels} and {@code
 * sources}, an edge's {@code label} (its relationship type, which Gephi shows on the edge) and
 * {@code sources}, and every property found on nodes or edges. Integers are {@code long}, floats
 * {@code double}, booleans {@code boolean}; lists and the sources are JSON text.
 */
final class GraphMlWriter extends ExportWriter {
  static final String FILE = "graph.graphml";

  private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String SCHEMA_LOCATION =
      NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  private final OutputStream file;
  private final XMLStreamWriter xml;

  GraphMlWriter(Path folder) {
    try {
      file = Files.newOutputStream(folder.resolve(FILE));
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(file, "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keys, then the opening of the graph: GraphML declares every attribute before its use. */
  @Override
  public void properties(
      Map<String, WholeGraph.PropertyType> nodeProperties,
      Map<String, WholeGraph.PropertyType> edgeProperties) {
    Map<String, WholeGraph.PropertyType> nodeKeys = new LinkedHashMap<>();
    nodeKeys.put("type", WholeGraph.PropertyType.STRING);
    nodeKeys.put("labels", WholeGraph.PropertyType.LIST);
    nodeProperties.forEach(nodeKeys::putIfAbsent);
    nodeKeys.put("sources", WholeGraph.PropertyType.LIST);
    Map<String, WholeGraph.PropertyType> edgeKeys = new LinkedHashMap<>();
    edgeKeys.put("label", WholeGraph.PropertyType.STRING);
    edgeProperties.forEach(edgeKeys::putIfAbsent);
    edgeKeys.put("sources", WholeGraph.PropertyType.LIST);
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      newLine();
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
      newLine();
      declare("node", nodeKeys);
      declare("edge", edgeKeys);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "langer-thuis");
      xml.writeAttribute("edgedefault", "directed");
      newLine();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void declare(String element, Map<String, WholeGraph.PropertyType> keys)
      throws XMLStreamException {
    for (Map.Entry<String, WholeGraph.PropertyType> key : keys.entrySet()) {
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", keyId(element, key.getKey()));
      xml.writeAttribute("for", element);
      xml.writeAttribute("attr.name", key.getKey());
      xml.writeAttribute("attr.type", attributeType(key.getValue()));
      newLine();
    }
  }

  /** Key ids are unique across nodes and edges: {@code n.name}, {@code e.status}. */
  private static String keyId(String element, String name) {
    return element.charAt(0) + "." + name;
  }

  private static String attributeType(WholeGraph.PropertyType type) {
    return switch (type) {
      case BOOLEAN -> "boolean";
      case INTEGER -> "long";
      case FLOAT -> "double";
      case STRING, LIST -> "string";
    };
  }

  @Override
  void writeNode(WholeGraph.Node node) throws IOException {
    try {
      xml.writeStartElement("node");
      xml.writeAttribute("id", node.id());
      data("node", "type", node.type());
      data("node", "labels", node.labels());
      for (Map.Entry<String, Object> property : node.properties().entrySet()) {
        data("node", property.getKey(), property.getValue());
      }
      data("node", "sources", sources(node.sources()));
      xml.writeEndElement();
      newLine();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  @Override
  void writeEdge(String id, WholeGraph.Edge edge) throws IOException {
    try {
      xml.writeStartElement("edge");
      xml.writeAttribute("id", id);
      xml.writeAttribute("source", edge.source());
      xml.writeAttribute("target", edge.target());
      data("edge", "label", edge.type());
      for (Map.Entry<String, Object> property : edge.properties().entrySet()) {
        data("edge", property.getKey(), property.getValue());
      }
      data("edge", "sources", sources(edge.sources()));
      xml.writeEndElement();
      newLine();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void data(String element, String key, Object value)
      throws XMLStreamException, IOException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", keyId(element, key));
    xml.writeCharacters(text(value));
    xml.writeEndElement();
  }

  /** A line break between elements, so that the file reads and diffs line by line. */
  private void newLine() throws XMLStreamException {
    xml.writeCharacters("\n");
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      file.close();
    }
  }
}
