package nl.langerthuis.graph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.langerthuis.graph.support.BoltLogin;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code export} of the real seed graph in each format, read back with a real parser (an XML parser
 * for GraphML, Jackson for JSON lines, Jackson's CSV reader for the tables) and compared with the
 * graph as Neo4j counts it: nodes per label, relationships per type, and the sources of a sample of
 * nodes and relationships.
 */
@ExtendWith(TestGraphExtension.class)
class ExportCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

  /** What the graph holds, asked of Neo4j directly. */
  private static Exported graph;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  /**
   * A graph as an export or Neo4j shows it: node counts per label, relationship counts per type,
   * and the sources (document, quote, at) of each node by id and each relationship by "source TYPE
   * target".
   */
  private record Exported(
      Map<String, Integer> labels,
      Map<String, Integer> types,
      Map<String, List<List<String>>> nodeSources,
      Map<String, List<List<String>>> edgeSources) {
    Exported() {
      this(new TreeMap<>(), new TreeMap<>(), new HashMap<>(), new HashMap<>());
    }

    void node(String id, List<String> labelsOfNode, List<List<String>> sources) {
      labelsOfNode.forEach(l -> labels.merge(l, 1, Integer::sum));
      nodeSources.put(id, sources);
    }

    void edge(String source, String type, String target, List<List<String>> sources) {
      types.merge(type, 1, Integer::sum);
      edgeSources.put(source + " " + type + " " + target, sources);
    }

    int quotes() {
      return Stream.concat(nodeSources.values().stream(), edgeSources.values().stream())
          .mapToInt(List::size)
          .sum();
    }
  }

  @BeforeAll
  static void readTheGraph() {
    String password = BoltLogin.password(TestGraph.get().store());
    graph = new Exported();
    try (Driver driver =
            GraphDatabase.driver(
                TestGraph.get().store().boltUri().orElseThrow(),
                AuthTokens.basic(BoltLogin.USER, password));
        Session session = driver.session()) {
      session
          .run(
              "MATCH (n:Entity) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels,"
                  + " n.sourceDocs AS docs, n.sourceQuotes AS quotes, n.sourceLocations AS ats")
          .forEachRemaining(
              r ->
                  graph.node(
                      r.get("id").asString(),
                      r.get("labels").asList(Value::asString),
                      sources(r.get("docs"), r.get("quotes"), r.get("ats"))));
      session
          .run(
              "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS type, b.id AS b,"
                  + " r.sourceDocs AS docs, r.sourceQuotes AS quotes, r.sourceLocations AS ats")
          .forEachRemaining(
              r ->
                  graph.edge(
                      r.get("a").asString(),
                      r.get("type").asString(),
                      r.get("b").asString(),
                      sources(r.get("docs"), r.get("quotes"), r.get("ats"))));
    }
    assertTrue(graph.nodeSources().size() > 800, "the seed graph is loaded");
  }

  private static List<List<String>> sources(Value docs, Value quotes, Value ats) {
    List<List<String>> sources = new ArrayList<>();
    if (docs.isNull()) {
      return sources;
    }
    for (int i = 0; i < docs.size(); i++) {
      sources.add(List.of(docs.get(i).asString(), quotes.get(i).asString(), ats.get(i).asString()));
    }
    return sources;
  }

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void graphmlDeclaresTypedKeysAndHoldsTheWholeGraphWithItsSources(@TempDir Path dir)
      throws Exception {
    export("graphml", dir);
    assertEquals(List.of("graph.graphml"), files(dir));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(dir.resolve("graph.graphml").toFile());

    Map<String, String> names = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    for (Element key : elements(xml, "key")) {
      names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
      types.put(
          key.getAttribute("for") + " " + key.getAttribute("attr.name"),
          key.getAttribute("attr.type"));
    }
    assertEquals("boolean", types.get("node settled"), types.toString());
    assertEquals("long", types.get("node number"), types.toString());
    assertEquals("string", types.get("edge status"), types.toString());

    Exported exported = new Exported();
    for (Element node : elements(xml, "node")) {
      Map<String, String> data = data(node, names);
      exported.node(
          node.getAttribute("id"), strings(data.get("labels")), sources(data.get("sources")));
    }
    for (Element edge : elements(xml, "edge")) {
      Map<String, String> data = data(edge, names);
      exported.edge(
          edge.getAttribute("source"),
          data.get("label"),
          edge.getAttribute("target"),
          sources(data.get("sources")));
    }
    assertSameGraph(exported);
  }

  @Test
  void jsonLinesHoldOneNodeOrEdgeALineWithItsSources(@TempDir Path dir) throws Exception {
    export("jsonl", dir);
    assertEquals(List.of("graph.jsonl"), files(dir));
    Exported exported = new Exported();
    for (String line : Files.readAllLines(dir.resolve("graph.jsonl"))) {
      JsonNode element = JSON.readTree(line);
      List<List<String>> sources = sources(element.get("sources"));
      if (element.get("element").asText().equals("node")) {
        exported.node(element.get("id").asText(), strings(element.get("labels")), sources);
        assertFalse(element.get("properties").has("sourceQuotes"), line);
      } else {
        exported.edge(
            element.get("source").asText(),
            element.get("type").asText(),
            element.get("target").asText(),
            sources);
      }
    }
    assertSameGraph(exported);
    String motion =
        Files.readAllLines(dir.resolve("graph.jsonl")).stream()
            .filter(l -> l.contains("\"id\":\"motion/31765-446\""))
            .findFirst()
            .orElseThrow();
    JsonNode properties = JSON.readTree(motion).get("properties");
    assertTrue(properties.get("settled").isBoolean(), motion);
    assertEquals("31765-446", properties.get("kamerstuk").asText(), motion);
  }

  @Test
  void csvTablesJoinOnIdsAndHoldEverySource(@TempDir Path dir) throws Exception {
    export("csv", dir);
    assertEquals(List.of("edges.csv", "nodes.csv", "sources.csv"), files(dir));
    Map<String, List<List<String>>> sourcesOf = new HashMap<>();
    for (Map<String, String> row : table(dir.resolve("sources.csv"))) {
      sourcesOf
          .computeIfAbsent(row.get("of"), k -> new ArrayList<>())
          .add(List.of(row.get("document"), row.get("quote"), row.get("at")));
    }
    Exported exported = new Exported();
    List<Map<String, String>> nodes = table(dir.resolve("nodes.csv"));
    for (Map<String, String> row : nodes) {
      exported.node(
          row.get("id"),
          strings(row.get("labels")),
          sourcesOf.getOrDefault(row.get("id"), List.of()));
    }
    for (Map<String, String> row : table(dir.resolve("edges.csv"))) {
      exported.edge(
          row.get("source"),
          row.get("type"),
          row.get("target"),
          sourcesOf.getOrDefault(row.get("id"), List.of()));
    }
    assertSameGraph(exported);
    Map<String, String> recommendation =
        nodes.stream().filter(r -> r.get("id").equals("rec/tzto-1")).findFirst().orElseThrow();
    assertEquals("1", recommendation.get("number"), "an integer stays an integer");
  }

  @Test
  void aFailedExportLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Path blocked = Files.createDirectories(dir.resolve("graph.jsonl"));
    Files.writeString(blocked.resolve("keep.txt"), "mine");
    assertEquals(1, run("jsonl", dir));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error:"), err.toString());
    assertEquals(List.of("graph.jsonl"), files(dir), "no temporary folder is left");
    assertEquals("mine", Files.readString(blocked.resolve("keep.txt")));
  }

  private void assertSameGraph(Exported exported) {
    assertEquals(graph.labels(), exported.labels(), "nodes per label");
    assertEquals(graph.types(), exported.types(), "relationships per type");
    assertEquals(graph.quotes(), exported.quotes(), "every source");
    assertEquals(graph.nodeSources().keySet(), exported.nodeSources().keySet());
    List<String> nodeIds = new ArrayList<>(new TreeMap<>(graph.nodeSources()).keySet());
    for (int i = 0; i < nodeIds.size(); i += 37) {
      String id = nodeIds.get(i);
      assertEquals(graph.nodeSources().get(id), exported.nodeSources().get(id), id);
    }
    List<String> edges = new ArrayList<>(new TreeMap<>(graph.edgeSources()).keySet());
    for (int i = 0; i < edges.size(); i += 41) {
      String edge = edges.get(i);
      assertEquals(graph.edgeSources().get(edge), exported.edgeSources().get(edge), edge);
    }
    String motion = "motion/31765-446";
    assertEquals(graph.nodeSources().get(motion), exported.nodeSources().get(motion));
    assertFalse(exported.nodeSources().get(motion).isEmpty());
  }

  private void export(String format, Path dir) {
    assertEquals(0, run(format, dir), err.toString(StandardCharsets.UTF_8));
    assertTrue(
        out.toString(StandardCharsets.UTF_8).contains("Wrote " + graph.nodeSources().size()),
        out.toString(StandardCharsets.UTF_8));
  }

  private int run(String format, Path dir) {
    return RootCommand.run(
        "export",
        "--format",
        format,
        "--out",
        dir.toString(),
        "--neo4j-uri",
        TestGraph.get().store().boltUri().orElseThrow(),
        "--neo4j-user",
        BoltLogin.USER,
        "--neo4j-password",
        BoltLogin.password(TestGraph.get().store()));
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Element> elements(Document xml, String name) {
    NodeList nodes = xml.getElementsByTagNameNS(GRAPHML, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The data of a node or edge by attribute name; every key it uses is declared. */
  private static Map<String, String> data(Element element, Map<String, String> names) {
    Map<String, String> data = new HashMap<>();
    NodeList children = element.getElementsByTagNameNS(GRAPHML, "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element d = (Element) children.item(i);
      String name = names.get(d.getAttribute("key"));
      assertTrue(name != null, "undeclared key " + d.getAttribute("key"));
      data.put(name, d.getTextContent());
    }
    return data;
  }

  private static List<String> strings(String json) throws Exception {
    return strings(JSON.readTree(json));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(n -> strings.add(n.asText()));
    return strings;
  }

  private static List<List<String>> sources(String json) throws Exception {
    return sources(JSON.readTree(json));
  }

  private static List<List<String>> sources(JsonNode array) {
    List<List<String>> sources = new ArrayList<>();
    array.forEach(
        s ->
            sources.add(
                List.of(
                    s.get("document").asText(), s.get("quote").asText(), s.get("at").asText())));
    return sources;
  }

  private static List<Map<String, String>> table(Path file) throws Exception {
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      return rows.readAll();
    }
  }
}
