package nl.langerthuis.graph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.langerthuis.graph.model.GraphModel;

/**
 * The whole policy graph read for an export, in one read transaction (one snapshot) and three
 * statements, streamed to a {@link Visitor}: the property keys with their types, then every node in
 * id order, then every relationship in order of its ends and type. The nodes are those of the
 * model's kinds and the relationships those its fields read ({@link GraphModel#labels()}, {@link
 * GraphModel#relationshipTypes()}); lookup keys and the loader's bookkeeping are left out. The
 * source lists a node or relationship carries become its {@link Source}s.
 */
public final class WholeGraph {
  private static final String SOURCE_DOCS = "sourceDocs";
  private static final String SOURCE_QUOTES = "sourceQuotes";
  private static final String SOURCE_LOCATIONS = "sourceLocations";
  private static final Set<String> NOT_PROPERTIES =
      Set.of("id", "type", SOURCE_DOCS, SOURCE_QUOTES, SOURCE_LOCATIONS);

  private static final String NODES_MATCH =
      "MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)";
  private static final String EDGES_MATCH =
      "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types";
  private static final String KEYS =
      NODES_MATCH
          + " UNWIND keys(n) AS key RETURN 'node' AS element, key,"
          + " collect(DISTINCT valueType(n[key])) AS types"
          + " UNION ALL "
          + EDGES_MATCH
          + " UNWIND keys(r) AS key RETURN 'edge' AS element, key,"
          + " collect(DISTINCT valueType(r[key])) AS types";
  private static final String NODES =
      NODES_MATCH
          + " RETURN n.id AS id, n.type AS type, [l IN labels(n) WHERE l IN $labels] AS labels,"
          + " properties(n) AS properties ORDER BY n.id";
  private static final String EDGES =
      EDGES_MATCH
          + " RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties"
          + " ORDER BY source, type, target";

  /** What an export does with the graph, in the order it is read. */
  public interface Visitor {
    /** First: the properties nodes and edges carry, so that a format can declare them. */
    void properties(
        Map<String, PropertyType> nodeProperties, Map<String, PropertyType> edgeProperties);

    void node(Node node);

    void edge(Edge edge);
  }

  /**
   * The type of a property across all nodes (or all edges) that have it: a property stored as
   * integers on some and floats on others is a float; any other mix is text.
   */
  public enum PropertyType {
    BOOLEAN,
    INTEGER,
    FLOAT,
    STRING,
    LIST;

    static PropertyType of(List<String> valueTypes) {
      Set<PropertyType> types = EnumSet.noneOf(PropertyType.class);
      valueTypes.forEach(t -> types.add(ofValueType(t)));
      if (types.size() == 1) {
        return types.iterator().next();
      }
      return types.equals(Set.of(INTEGER, FLOAT)) ? FLOAT : STRING;
    }

    /**
     * From Cypher's {@code valueType()}: {@code INTEGER NOT NULL}, {@code LIST<STRING NOT NULL>}.
     */
    private static PropertyType ofValueType(String valueType) {
      String type = valueType.replace(" NOT NULL", "");
      if (type.startsWith("LIST")) {
        return LIST;
      }
      return switch (type) {
        case "BOOLEAN" -> BOOLEAN;
        case "INTEGER" -> INTEGER;
        case "FLOAT" -> FLOAT;
        default -> STRING;
      };
    }
  }

  /**
   * A verbatim passage of a document that states a node or a relationship; {@code at} may be "".
   */
  public record Source(String document, String quote, String at) {
    public Source {
      Objects.requireNonNull(document, "document == null");
      Objects.requireNonNull(quote, "quote == null");
      Objects.requireNonNull(at, "at == null");
    }
  }

  /**
   * A node: its id, GraphQL type, the model's labels it carries (a municipality is also an
   * organisation), its other properties by name and its sources.
   */
  public record Node(
      String id,
      String type,
      List<String> labels,
      Map<String, Object> properties,
      List<Source> sources) {
    public Node {
      labels = List.copyOf(labels);
      properties = Collections.unmodifiableMap(new TreeMap<>(properties));
      sources = List.copyOf(sources);
    }
  }

  /** A relationship from {@code source} to {@code target}, by the nodes' ids. */
  public record Edge(
      String source,
      String type,
      String target,
      Map<String, Object> properties,
      List<Source> sources) {
    public Edge {
      properties = Collections.unmodifiableMap(new TreeMap<>(properties));
      sources = List.copyOf(sources);
    }
  }

  private final CypherRunner runner;
  private final Duration timeout;

  WholeGraph(CypherRunner runner, Duration timeout) {
    this.runner = runner;
    this.timeout = timeout;
  }

  /**
   * Reads the graph of {@code model}'s kinds into {@code visitor}. The transaction is never
   * replayed: what the visitor wrote cannot be taken back, so a failure ends the export instead.
   */
  public void read(GraphModel model, Visitor visitor) {
    Map<String, Object> parameters =
        Map.of(
            "labels", List.copyOf(model.labels()), "types", List.copyOf(model.relationshipTypes()));
    runner.readOnce(
        timeout,
        tx -> {
          Map<String, PropertyType> nodeProperties = new TreeMap<>();
          Map<String, PropertyType> edgeProperties = new TreeMap<>();
          for (Map<String, Object> r : tx.run(KEYS, parameters)) {
            String key = (String) r.get("key");
            if (!NOT_PROPERTIES.contains(key)) {
              (r.get("element").equals("node") ? nodeProperties : edgeProperties)
                  .put(key, PropertyType.of(strings(r.get("types"))));
            }
          }
          visitor.properties(nodeProperties, edgeProperties);
          tx.each(NODES, parameters, r -> visitor.node(node(r)));
          tx.each(EDGES, parameters, r -> visitor.edge(edge(r)));
          return null;
        });
  }

  private static List<String> strings(Object values) {
    return ((List<?>) values).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Node node(Map<String, Object> r) {
    Map<String, Object> stored = (Map<String, Object>) r.get("properties");
    return new Node(
        (String) r.get("id"),
        (String) r.get("type"),
        strings(r.get("labels")),
        properties(stored),
        sources(stored));
  }

  @SuppressWarnings("unchecked")
  private static Edge edge(Map<String, Object> r) {
    Map<String, Object> stored = (Map<String, Object>) r.get("properties");
    return new Edge(
        (String) r.get("source"),
        (String) r.get("type"),
        (String) r.get("target"),
        properties(stored),
        sources(stored));
  }

  private static Map<String, Object> properties(Map<String, Object> stored) {
    Map<String, Object> properties = new LinkedHashMap<>(stored);
    properties.keySet().removeAll(NOT_PROPERTIES);
    return properties;
  }

  /** The parallel lists {@code sourceDocs}, {@code sourceQuotes}, {@code sourceLocations}. */
  private static List<Source> sources(Map<String, Object> stored) {
    List<?> documents = list(stored, SOURCE_DOCS);
    List<?> quotes = list(stored, SOURCE_QUOTES);
    List<?> locations = list(stored, SOURCE_LOCATIONS);
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      sources.add(
          new Source(
              String.valueOf(documents.get(i)),
              i < quotes.size() ? String.valueOf(quotes.get(i)) : "",
              i < locations.size() ? String.valueOf(locations.get(i)) : ""));
    }
    return sources;
  }

  private static List<?> list(Map<String, Object> stored, String key) {
    return stored.get(key) instanceof List<?> list ? list : List.of();
  }
}
