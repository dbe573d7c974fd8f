package nl.langerthuis.graph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.langerthuis.graph.model.FieldBinding;
import nl.langerthuis.graph.model.Filter;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.RootField;

/**
 * Compiles the selections of one request into one parameterised Cypher statement: a {@code CALL}
 * subquery per entry point, a {@code COLLECT} subquery per relationship field, and projections of
 * only the selected properties. Listings page by an index-backed {@code ORDER BY sortKey LIMIT}
 * from the cursor, so a page costs the same wherever it is. Labels, relationship types and property
 * names come from the {@link GraphModel}, which checked them; every value from the request is a
 * parameter.
 */
public final class CypherCompiler {
  /**
   * The hash of the seed the graph holds, read by the same statement as the answer, so that it
   * names the snapshot the answer comes from (an entity tag made of it cannot outlive a reload).
   */
  private static final String SNAPSHOT =
      "head(COLLECT { MATCH (seed:SeedInfo) RETURN seed.hash }) AS " + CompiledQuery.SNAPSHOT;

  private final GraphModel model;

  public CypherCompiler(GraphModel model) {
    this.model = Objects.requireNonNull(model, "model == null");
  }

  /** One statement for all entry points of a request; empty when none reads the graph. */
  public CompiledQuery compile(List<Selection> roots) {
    return new Compilation().compile(roots);
  }

  /** The state of one compilation: its parameters and a counter for fresh variable names. */
  private final class Compilation {
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private int variables;

    CompiledQuery compile(List<Selection> roots) {
      Map<String, String> columns = new LinkedHashMap<>();
      StringBuilder cypher = new StringBuilder();
      for (Selection root : roots) {
        if (root.rejected() || root.field().startsWith("__")) {
          continue;
        }
        RootField binding =
            model
                .root(root.field())
                .orElseThrow(() -> new IllegalArgumentException("no entry point " + root.field()));
        String column = "r" + columns.size();
        cypher.append("CALL {\n  ").append(entryPoint(binding, root, column)).append("\n}\n");
        columns.put(column, root.resultKey());
      }
      if (columns.isEmpty()) {
        return CompiledQuery.empty();
      }
      cypher
          .append("RETURN ")
          .append(String.join(", ", columns.keySet()))
          .append(", ")
          .append(SNAPSHOT);
      return new CompiledQuery(cypher.toString(), parameters, columns);
    }

    private String entryPoint(RootField binding, Selection root, String column) {
      if (binding instanceof RootField.Lookup lookup) {
        return lookup(lookup, root, column);
      }
      if (binding instanceof RootField.Listing listing) {
        return listing.connection()
            ? connection(listing, root, column)
            : list(listing, root, column);
      }
      return search((RootField.Search) binding, root, column);
    }

    private String lookup(RootField.Lookup lookup, Selection root, String column) {
      String n = variable("n");
      String value = parameter(root.argument(lookup.argument()));
      String match =
          lookup.by() == RootField.LookupKind.NAME
              ? nameLookup(lookup.label(), n, value)
              : "OPTIONAL MATCH (" + n + ":" + lookup.label() + " {id: " + value + "})";
      return match + " RETURN " + project(n, root.children()) + " AS " + column;
    }

    /**
     * The node of {@code label} a name key names: an exact name, alias or abbreviation before a
     * whole-word part of one, then by id.
     */
    private String nameLookup(String label, String n, String key) {
      String names = variable("names");
      return "OPTIONAL MATCH (:Key {key: "
          + key
          + "})-["
          + names
          + ":NAMES]->("
          + n
          + ":"
          + label
          + ") WITH "
          + n
          + ", "
          + names
          + " ORDER BY coalesce("
          + names
          + ".exact, true) DESC, "
          + n
          + ".id LIMIT 1";
    }

    private String connection(RootField.Listing listing, Selection root, String column) {
      Function<String, String> where = conditions(listing, root);
      int first = (Integer) root.argument("first");
      String firstParameter = parameter(first);
      List<String> entries = new ArrayList<>();
      String n = variable("n");
      for (Selection child : root.children()) {
        switch (child.field()) {
          case "totalCount" -> {
            String m = variable("m");
            entries.add(
                key(child)
                    + ": COUNT { MATCH ("
                    + m
                    + ":"
                    + listing.label()
                    + ")"
                    + whereClause(where.apply(m))
                    + " }");
          }
          case "nodes" -> {
            String id = variable("id");
            String m = variable("n");
            entries.add(
                key(child)
                    + ": ["
                    + id
                    + " IN ids[0.."
                    + firstParameter
                    + "] | head(COLLECT { MATCH ("
                    + m
                    + ":"
                    + listing.label()
                    + " {id: "
                    + id
                    + "}) RETURN "
                    + project(m, child.children())
                    + " AS v })]");
          }
          case "pageInfo" -> entries.add(key(child) + ": " + pageInfo(child, firstParameter));
          default -> {}
        }
      }
      String result = "RETURN {" + String.join(", ", entries) + "} AS " + column;
      boolean readsNodes =
          root.children().stream().anyMatch(c -> List.of("nodes", "pageInfo").contains(c.field()));
      if (!readsNodes) {
        return result;
      }
      Object after = root.argument("after");
      String range =
          after == null ? n + ".sortKey IS NOT NULL" : n + ".sortKey > " + parameter(after);
      String filters = where.apply(n);
      // The page is read as ids and each node is matched again for its projection: projecting the
      // nodes of the index-ordered LIMIT directly trips Neo4j 5.26's planner (a lost sort key, or
      // properties read as null, depending on the statement's shape).
      return "MATCH ("
          + n
          + ":"
          + listing.label()
          + ") WHERE "
          + range
          + (filters.isEmpty() ? "" : " AND " + filters)
          + " WITH "
          + n
          + " ORDER BY "
          + n
          + ".sortKey LIMIT "
          + parameter(first + 1)
          + " WITH collect("
          + n
          + ") AS page WITH [entry IN page | entry.sortKey] AS keys, [entry IN page | entry.id] AS ids"
          + " "
          + result;
    }

    private String pageInfo(Selection pageInfo, String first) {
      List<String> entries = new ArrayList<>();
      for (Selection child : pageInfo.children()) {
        switch (child.field()) {
          case "hasNextPage" -> entries.add(key(child) + ": size(keys) > " + first);
          case "endCursor" -> entries.add(key(child) + ": keys[0.." + first + "][-1]");
          default -> {}
        }
      }
      return "{" + String.join(", ", entries) + "}";
    }

    private String list(RootField.Listing listing, Selection root, String column) {
      String n = variable("n");
      String filters = conditions(listing, root).apply(n);
      return "MATCH ("
          + n
          + ":"
          + listing.label()
          + ")"
          + whereClause(filters)
          + " WITH "
          + n
          + " ORDER BY "
          + n
          + ".sortKey LIMIT "
          + parameter(listing.limit())
          + " RETURN collect("
          + project(n, root.children())
          + ") AS "
          + column;
    }

    /**
     * Ranked search in three tiers, best first: nodes an exact name, alias or abbreviation names;
     * matches of the words as a phrase; matches of the words, their stems and their parts. A node
     * counts once, in its best tier; its score is the tier plus its Lucene score squeezed below 1,
     * so every hit of a better tier outranks every hit of a worse one.
     */
    private String search(RootField.Search search, Selection root, String column) {
      int first = (Integer) root.argument("first");
      if (first == 0) {
        return "RETURN [] AS " + column;
      }
      String n = variable("n");
      String names = variable("names");
      String index = parameter(search.index());
      String phrase = parameter(root.argument("phrase"));
      String words = parameter(root.argument("words"));
      String limit = parameter(first * 3 + 10);
      List<String> entries = new ArrayList<>();
      for (Selection child : root.children()) {
        switch (child.field()) {
          case "node" -> entries.add(key(child) + ": " + project(n, child.children()));
          case "score" -> entries.add(key(child) + ": score");
          case "snippet" ->
              entries.add(
                  key(child)
                      + ": {text: "
                      + parameter(root.argument("text"))
                      + ", label: "
                      + n
                      + ".label, abbreviation: "
                      + n
                      + ".abbreviation, description: "
                      + n
                      + ".description, aliases: coalesce("
                      + n
                      + ".aliases, []), sourceQuotes: coalesce("
                      + n
                      + ".sourceQuotes, [])}");
          default -> {}
        }
      }
      return "CALL { MATCH (:Key {key: "
          + parameter(root.argument("key"))
          + "})-["
          + names
          + ":NAMES]->("
          + n
          + ":Entity) WHERE coalesce("
          + names
          + ".exact, true) RETURN "
          + n
          + ", 3 AS tier, 1.0 AS score"
          + " UNION ALL CALL db.index.fulltext.queryNodes("
          + index
          + ", CASE "
          + phrase
          + " WHEN '' THEN "
          + words
          + " ELSE "
          + phrase
          + " END, {limit: "
          + limit
          + "}) YIELD node AS "
          + n
          + ", score WHERE "
          + phrase
          + " <> '' RETURN "
          + n
          + ", 2 AS tier, score"
          + " UNION ALL CALL db.index.fulltext.queryNodes("
          + index
          + ", "
          + words
          + ", {limit: "
          + limit
          + "}) YIELD node AS "
          + n
          + ", score RETURN "
          + n
          + ", 1 AS tier, score }"
          + " WITH "
          + n
          + ", max(tier + score / (score + 1.0)) AS score ORDER BY score DESC, "
          + n
          + ".id LIMIT "
          + parameter(first)
          + " RETURN collect({"
          + String.join(", ", entries)
          + "}) AS "
          + column;
    }

    /** The listing's filters as one condition on a node variable; empty when none applies. */
    private Function<String, String> conditions(RootField.Listing listing, Selection root) {
      List<Function<String, String>> conditions = new ArrayList<>();
      for (Filter filter : listing.filters()) {
        Object value = root.argument(filter.argument());
        if (value != null) {
          conditions.add(condition(filter, parameter(value), listing.label()));
        }
      }
      return n -> String.join(" AND ", conditions.stream().map(c -> c.apply(n)).toList());
    }

    private Function<String, String> condition(Filter filter, String value, String listed) {
      if (filter instanceof Filter.Equals equals) {
        return n -> n + "." + equals.property() + " = " + value;
      }
      if (filter instanceof Filter.Contains contains) {
        return n ->
            "toLower(" + n + "." + contains.property() + ") CONTAINS toLower(" + value + ")";
      }
      if (filter instanceof Filter.Related related) {
        String types = String.join("|", related.types());
        return n ->
            "EXISTS { "
                + related.direction().pattern(n, types, ":Entity {id: " + value + "}")
                + " }";
      }
      Filter.Named named = (Filter.Named) filter;
      String key = variable("k");
      String names = variable("names");
      String exact = variable("exact");
      String types = String.join("|", named.types());
      String other = variable("o");
      return n -> {
        boolean self = named.types().isEmpty();
        String label = self ? listed : named.label();
        String target = self ? n : other + ":" + label;
        String related =
            self ? "" : " AND EXISTS { " + named.direction().pattern(n, types, other) + " }";
        return "EXISTS { MATCH ("
            + key
            + ":Key {key: "
            + value
            + "})-["
            + names
            + ":NAMES]->("
            + target
            + ") WHERE (coalesce("
            + names
            + ".exact, true) OR NOT EXISTS { MATCH ("
            + key
            + ")-["
            + exact
            + ":NAMES]->(:"
            + label
            + ") WHERE coalesce("
            + exact
            + ".exact, true) })"
            + related
            + " }";
      };
    }

    /** A map projection of the selected fields of the node bound to {@code node}. */
    private String project(String node, List<Selection> children) {
      Map<String, List<Selection>> byKey = new LinkedHashMap<>();
      for (Selection child : children) {
        if (!child.field().startsWith("__")) {
          byKey.computeIfAbsent(child.resultKey(), k -> new ArrayList<>()).add(child);
        }
      }
      List<String> entries = new ArrayList<>();
      entries.add("__type: " + node + ".type");
      Set<String> read = new HashSet<>(Set.of("type"));
      byKey.forEach(
          (key, selections) -> entries.add(quoted(key) + ": " + field(node, selections, read)));
      return node + " {" + String.join(", ", entries) + "}";
    }

    /**
     * The value of one result key: one expression where every type the selections apply to reads
     * the field alike, else a CASE over the node's type.
     */
    private String field(String node, List<Selection> selections, Set<String> read) {
      Map<String, List<String>> typesByExpression = new LinkedHashMap<>();
      for (Selection selection : selections) {
        Map<FieldBinding, List<String>> typesByBinding = new LinkedHashMap<>();
        for (String type : selection.typeNames().stream().sorted().toList()) {
          model
              .field(type, selection.field())
              .ifPresent(b -> typesByBinding.computeIfAbsent(b, k -> new ArrayList<>()).add(type));
        }
        typesByBinding.forEach(
            (binding, types) ->
                typesByExpression
                    .computeIfAbsent(
                        selection.rejected() ? "null" : expression(node, binding, selection, read),
                        k -> new ArrayList<>())
                    .addAll(types));
      }
      if (typesByExpression.size() == 1) {
        return typesByExpression.keySet().iterator().next();
      }
      StringBuilder cases = new StringBuilder("CASE");
      typesByExpression.forEach(
          (expression, types) ->
              cases
                  .append(" WHEN ")
                  .append(node)
                  .append(".type IN ")
                  .append(parameter(types))
                  .append(" THEN ")
                  .append(expression));
      return cases.append(" END").toString();
    }

    private String expression(
        String node, FieldBinding binding, Selection selection, Set<String> read) {
      if (binding instanceof FieldBinding.Property property) {
        // A property read twice in one projection (type beside __type, dateText beside date) is
        // read by a key the planner cannot see the second time: Neo4j 5.26 answers null for a
        // repeated read of one property in some nested projections.
        String value =
            read.add(property.name())
                ? node + "." + property.name()
                : node + "[" + parameter(property.name()) + "]";
        return property.emptyList() ? "coalesce(" + value + ", [])" : value;
      }
      if (binding instanceof FieldBinding.Relation relation) {
        return relation(node, relation, selection);
      }
      if (binding instanceof FieldBinding.Sources sources) {
        return sources(node, sources.many(), selection);
      }
      if (binding instanceof FieldBinding.StatusHistory) {
        return statusHistory(node, selection);
      }
      return neighbours(node, selection);
    }

    private String relation(String node, FieldBinding.Relation relation, Selection selection) {
      String b = variable("b");
      String target =
          b
              + ":"
              + relation.targetLabel()
              + (relation.targetKind() == null
                  ? ""
                  : " {kind: " + parameter(relation.targetKind()) + "}");
      String inner =
          "MATCH "
              + relation.direction().pattern(node, relation.typePattern(), target)
              + " WITH DISTINCT "
              + b
              + " ORDER BY "
              + b
              + ".id"
              + (relation.many() ? "" : " LIMIT 1")
              + " RETURN "
              + project(b, selection.children())
              + " AS v";
      return relation.many() ? "COLLECT { " + inner + " }" : "head(COLLECT { " + inner + " })";
    }

    /** The parallel source lists of a node or relationship as Source maps. */
    private String sources(String holder, boolean many, Selection selection) {
      String i = variable("i");
      String d = variable("d");
      boolean readsDocument =
          selection.children().stream()
              .anyMatch(c -> List.of("document", "context").contains(c.field()));
      List<String> entries = new ArrayList<>();
      for (Selection child : selection.children()) {
        switch (child.field()) {
          case "quote" -> entries.add(key(child) + ": " + holder + ".sourceQuotes[" + i + "]");
          case "location" ->
              entries.add(
                  key(child)
                      + ": CASE "
                      + holder
                      + ".sourceLocations["
                      + i
                      + "] WHEN '' THEN null ELSE "
                      + holder
                      + ".sourceLocations["
                      + i
                      + "] END");
          case "document" -> entries.add(key(child) + ": " + project(d, child.children()));
          case "context" ->
              entries.add(
                  key(child)
                      + ": {quote: "
                      + holder
                      + ".sourceQuotes["
                      + i
                      + "], renditions: "
                      + d
                      + ".renditions}");
          default -> {}
        }
      }
      String inner =
          "UNWIND range(0, size(coalesce("
              + holder
              + ".sourceDocs, [])) - 1) AS "
              + i
              + (readsDocument
                  ? " MATCH (" + d + ":Document {id: " + holder + ".sourceDocs[" + i + "]})"
                  : "")
              + " RETURN {"
              + String.join(", ", entries)
              + "} AS v";
      return many ? "COLLECT { " + inner + " }" : "head(COLLECT { " + inner + " })";
    }

    private String statusHistory(String node, Selection selection) {
      String r = variable("r");
      String d = variable("d");
      List<String> entries = new ArrayList<>();
      for (Selection child : selection.children()) {
        switch (child.field()) {
          case "document" -> entries.add(key(child) + ": " + project(d, child.children()));
          case "context" ->
              entries.add(
                  key(child) + ": {quote: " + r + ".quote, renditions: " + d + ".renditions}");
          default -> entries.add(key(child) + ": " + r + "." + child.field());
        }
      }
      return "COLLECT { MATCH ("
          + node
          + ")-["
          + r
          + ":"
          + FieldBinding.StatusHistory.RELATIONSHIP
          + "]->("
          + d
          + ":Document) WITH "
          + r
          + ", "
          + d
          + " ORDER BY "
          + r
          + ".date, "
          + d
          + ".id RETURN {"
          + String.join(", ", entries)
          + "} AS v }";
    }

    private String neighbours(String node, Selection selection) {
      String r = variable("r");
      String b = variable("b");
      List<String> entries = new ArrayList<>();
      for (Selection child : selection.children()) {
        switch (child.field()) {
          case "relation" -> entries.add(key(child) + ": type(" + r + ")");
          case "direction" ->
              entries.add(
                  key(child)
                      + ": CASE WHEN startNode("
                      + r
                      + ") = "
                      + node
                      + " THEN 'OUTGOING' ELSE 'INCOMING' END");
          case "node" -> entries.add(key(child) + ": " + project(b, child.children()));
          case "sources" -> entries.add(key(child) + ": " + sources(r, true, child));
          default -> {}
        }
      }
      return "COLLECT { MATCH ("
          + node
          + ")-["
          + r
          + "]-("
          + b
          + ":Entity) WITH "
          + r
          + ", "
          + b
          + " ORDER BY type("
          + r
          + "), "
          + b
          + ".id LIMIT "
          + parameter(selection.argument("first"))
          + " RETURN {"
          + String.join(", ", entries)
          + "} AS v }";
    }

    private String parameter(Object value) {
      String name = "p" + parameters.size();
      parameters.put(name, value);
      return "$" + name;
    }

    private String variable(String prefix) {
      return prefix + variables++;
    }
  }

  private static String whereClause(String condition) {
    return condition.isEmpty() ? "" : " WHERE " + condition;
  }

  private static String key(Selection selection) {
    return quoted(selection.resultKey());
  }

  /** Result keys are GraphQL names, which never hold a backtick. */
  private static String quoted(String key) {
    return "`" + key + "`";
  }
}
