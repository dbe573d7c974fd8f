package nl.langerthuis.graph.model;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The graph model, read once from the directives of the SDL: the kinds of node, how each field
 * reads the graph, and how each entry point finds its nodes. Everything that speaks to the graph
 * (the query compiler, the wiring, the seed vocabulary) reads it; it reads nothing but the schema.
 *
 * <p>Reading fails with a {@link ModelException} that names every field, argument or type the model
 * cannot place, so a schema edit without its declaration stops the server at start-up.
 */
public final class GraphModel {
  /** Object types whose shape the query compiler knows: they need no declaration. */
  private static final Set<String> PROTOCOL_TYPES =
      Set.of("Query", "Source", "StatusEvent", "Neighbour", "SearchHit", "PageInfo", "Passage");

  private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "after");
  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");
  private static final Pattern RELATIONSHIP_TYPE = Pattern.compile("[A-Z][A-Z_]*");
  private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z]*");
  private static final Pattern INDEX = Pattern.compile("[a-z][a-z_]*");
  private static final String SCHEMA_RESOURCE = "/schema/schema.graphql";
  private static final String NODE_INTERFACE = "Node";
  private static final String ANY_NODE_LABEL = "Entity";
  private static final String SOURCE_TYPE = "Source";
  private static final String SOURCE_DOCUMENT = "document";

  private final Map<String, NodeKind> kinds;
  private final Map<String, RootField> roots;
  private final String documentType;

  private GraphModel(
      Map<String, NodeKind> kinds, Map<String, RootField> roots, String documentType) {
    this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    this.roots = Collections.unmodifiableMap(new LinkedHashMap<>(roots));
    this.documentType = documentType;
  }

  /**
   * The model of the served schema, {@code schema/schema.graphql} on the class path, read once per
   * process (the store, the seed reader and the API all ask for it).
   */
  public static GraphModel standard() {
    return Standard.MODEL;
  }

  /** Reads the served schema's model on first use. */
  private static final class Standard {
    static final GraphModel MODEL = fromSdl(standardSdl());

    private Standard() {}
  }

  /** The text of the served schema. */
  public static String standardSdl() {
    try (InputStream in = GraphModel.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GraphModel fromSdl(String sdl) {
    return read(new SchemaParser().parse(sdl));
  }

  public static GraphModel read(TypeDefinitionRegistry registry) {
    return new Reader(registry).read();
  }

  /** The node kinds, keyed by GraphQL type name. */
  public Map<String, NodeKind> kinds() {
    return kinds;
  }

  public Optional<NodeKind> kind(String typeName) {
    return Optional.ofNullable(kinds.get(typeName));
  }

  /** How {@code field} of {@code typeName} reads the graph, if the type is a node kind. */
  public Optional<FieldBinding> field(String typeName, String field) {
    return kind(typeName).flatMap(k -> k.field(field));
  }

  /** The Neo4j labels of the node kinds, in name order. */
  public Set<String> labels() {
    return kinds.values().stream()
        .map(NodeKind::label)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Every relationship type the fields of the node kinds read, in name order: those of their
   * {@code @relation} fields and the one their status histories follow.
   */
  public Set<String> relationshipTypes() {
    Set<String> types = new TreeSet<>();
    for (NodeKind kind : kinds.values()) {
      for (FieldBinding binding : kind.fields().values()) {
        if (binding instanceof FieldBinding.Relation relation) {
          types.addAll(relation.types());
        } else if (binding instanceof FieldBinding.StatusHistory) {
          types.add(FieldBinding.StatusHistory.RELATIONSHIP);
        }
      }
    }
    return types;
  }

  /**
   * The kind of the documents that sources cite (the type of {@code Source.document}): the seed's
   * {@code documents.yaml} lists them, and every other file reads one of them.
   */
  public Optional<NodeKind> documentKind() {
    return Optional.ofNullable(documentType).flatMap(this::kind);
  }

  /** The entry points, keyed by field name of {@code Query}. */
  public Map<String, RootField> roots() {
    return roots;
  }

  public Optional<RootField> root(String field) {
    return Optional.ofNullable(roots.get(field));
  }

  /** Reads the registry once, collecting every problem before failing. */
  private static final class Reader {
    private final TypeDefinitionRegistry registry;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    Reader(TypeDefinitionRegistry registry) {
      this.registry = registry;
    }

    GraphModel read() {
      List<ObjectTypeDefinition> objects = registry.getTypes(ObjectTypeDefinition.class);
      for (ObjectTypeDefinition type : objects) {
        directive(type, "node").ifPresent(d -> labels.put(type.getName(), label(type, d)));
      }
      Map<String, NodeKind> kinds = new LinkedHashMap<>();
      Map<String, RootField> roots = new LinkedHashMap<>();
      for (ObjectTypeDefinition type : objects) {
        if (labels.containsKey(type.getName())) {
          kinds.put(type.getName(), kind(type));
        } else if (type.getName().equals("Query")) {
          type.getFieldDefinitions()
              .forEach(f -> root(f).ifPresent(r -> roots.put(f.getName(), r)));
        } else if (!PROTOCOL_TYPES.contains(type.getName()) && !isConnection(type)) {
          problems.add(
              "type "
                  + type.getName()
                  + " has no @node declaration and is not a connection the compiler knows");
        }
      }
      if (!problems.isEmpty()) {
        throw new ModelException(problems);
      }
      return new GraphModel(kinds, roots, documentType());
    }

    /** The type {@code Source.document} returns, if the schema has sources. */
    private String documentType() {
      return registry
          .getType(SOURCE_TYPE, ObjectTypeDefinition.class)
          .flatMap(
              t ->
                  t.getFieldDefinitions().stream()
                      .filter(f -> f.getName().equals(SOURCE_DOCUMENT))
                      .findFirst())
          .map(f -> typeName(f.getType()))
          .filter(labels::containsKey)
          .orElse(null);
    }

    private String label(ObjectTypeDefinition type, Directive node) {
      String label = string(node, "label");
      String prefix = string(node, "prefix");
      if (label == null || !LABEL.matcher(label).matches()) {
        problems.add(type.getName() + ": @node label '" + label + "' is not a Neo4j label");
      }
      if (prefix == null || !prefix.endsWith("/")) {
        problems.add(type.getName() + ": @node prefix '" + prefix + "' must end with '/'");
      }
      if (type.getImplements().stream()
          .noneMatch(t -> t instanceof TypeName n && n.getName().equals(NODE_INTERFACE))) {
        problems.add(type.getName() + ": a @node type must implement Node");
      }
      return label;
    }

    private NodeKind kind(ObjectTypeDefinition type) {
      Directive node = directive(type, "node").orElseThrow();
      Map<String, FieldBinding> fields = new LinkedHashMap<>();
      Map<String, SeedField> seedFields = new LinkedHashMap<>();
      for (FieldDefinition field : type.getFieldDefinitions()) {
        Optional<FieldBinding> binding = binding(type.getName(), field);
        binding.ifPresent(b -> fields.put(field.getName(), b));
        binding.flatMap(b -> seedField(type, field, b)).ifPresent(f -> seedFields.put(f.name(), f));
      }
      SeedRules rules = new SeedRulesReader(labels, problems).read(type, node, seedFields);
      return new NodeKind(
          type.getName(),
          string(node, "label"),
          string(node, "prefix"),
          fields,
          seedFields,
          rules,
          officialUrls(type));
    }

    /** The fields that answer the official publication of the Kamerstuk number they read. */
    private static Set<String> officialUrls(ObjectTypeDefinition type) {
      return type.getFieldDefinitions().stream()
          .filter(f -> directive(f, "officialUrl").isPresent())
          .map(FieldDefinition::getName)
          .collect(Collectors.toSet());
    }

    private Optional<FieldBinding> binding(String typeName, FieldDefinition field) {
      String where = typeName + "." + field.getName();
      boolean many = isList(field.getType());
      if (directive(field, "sources").isPresent()) {
        return Optional.of(new FieldBinding.Sources(many));
      }
      if (directive(field, "statusHistory").isPresent()) {
        return Optional.of(new FieldBinding.StatusHistory());
      }
      if (directive(field, "neighbours").isPresent()) {
        return Optional.of(new FieldBinding.Neighbours(defaultFirst(field)));
      }
      Optional<Directive> relation = directive(field, "relation");
      if (relation.isPresent()) {
        return relation(where, field, relation.get(), many);
      }
      String target = typeName(field.getType());
      if (!isLeaf(target)) {
        problems.add(
            where
                + " returns "
                + target
                + " but declares no @relation, @sources, @statusHistory or @neighbours");
        return Optional.empty();
      }
      String property =
          directive(field, "property")
              .or(() -> directive(field, "officialUrl"))
              .map(d -> string(d, d.getName().equals("property") ? "name" : "from"))
              .orElse(field.getName());
      if (!PROPERTY.matcher(property).matches()) {
        problems.add(where + ": '" + property + "' is not a property name");
      }
      return Optional.of(
          new FieldBinding.Property(property, many && field.getType() instanceof NonNullType));
    }

    /** The seed field behind a schema field, if curators write it. */
    private Optional<SeedField> seedField(
        ObjectTypeDefinition type, FieldDefinition field, FieldBinding binding) {
      String where = type.getName() + "." + field.getName();
      if (binding instanceof FieldBinding.Property property) {
        return propertySeedField(where, field, property);
      }
      if (binding instanceof FieldBinding.StatusHistory) {
        return Optional.of(
            new SeedField(
                "report",
                SeedField.Kind.REPORT,
                statusValues(type),
                null,
                false,
                List.of(),
                SeedField.Merge.SAME,
                null,
                false,
                null));
      }
      Optional<Directive> seed = directive(field, "seed");
      if (seed.isEmpty() || !(binding instanceof FieldBinding.Relation relation)) {
        seed.ifPresent(d -> problems.add(where + ": @seed on this field has nothing to declare"));
        return Optional.empty();
      }
      String written =
          Optional.ofNullable(string(seed.get(), "type")).orElse(relation.typePattern());
      if (!relation.types().contains(written) || relation.direction() == Direction.BOTH) {
        problems.add(
            where + ": @seed needs one relationship type of the field and a direction OUT or IN");
        return Optional.empty();
      }
      List<String> targets = strings(seed.get(), "targets");
      if (targets.isEmpty()) {
        targets = prefixesOf(relation.targetLabel());
      }
      if (string(seed.get(), "default") != null || argument(seed.get(), "merge") != null) {
        problems.add(where + ": @seed(default, merge) is for property fields");
      }
      return Optional.of(
          new SeedField(
              field.getName(),
              relation.many() ? SeedField.Kind.REFS : SeedField.Kind.REF,
              Set.of(),
              written,
              relation.direction() == Direction.OUT,
              targets,
              SeedField.Merge.SAME,
              null,
              false,
              null));
    }

    private Optional<SeedField> propertySeedField(
        String where, FieldDefinition field, FieldBinding.Property property) {
      boolean derived =
          directive(field, "derived").isPresent()
              || !property.name().equals(field.getName())
              || List.of("id", "label").contains(field.getName());
      if (derived) {
        return Optional.empty();
      }
      String typeName = typeName(field.getType());
      Optional<EnumTypeDefinition> enumType = registry.getType(typeName, EnumTypeDefinition.class);
      SeedField.Kind kind =
          enumType.isPresent()
              ? SeedField.Kind.ENUM
              : switch (typeName) {
                case "Date" -> SeedField.Kind.DATE;
                case "Float" -> SeedField.Kind.NUMBER;
                case "Int" -> SeedField.Kind.INTEGER;
                case "Boolean" -> SeedField.Kind.BOOLEAN;
                default -> isList(field.getType()) ? SeedField.Kind.TEXTS : SeedField.Kind.TEXT;
              };
      Set<String> values = enumType.map(e -> Set.copyOf(enumValues(e))).orElse(Set.of());
      Optional<Directive> seed = directive(field, "seed");
      if (seed.isPresent()
          && (argument(seed.get(), "targets") != null || string(seed.get(), "type") != null)) {
        problems.add(where + ": @seed(targets, type) is for relationship fields");
      }
      String defaultValue = seed.map(d -> string(d, "default")).orElse(null);
      boolean scalar = kind != SeedField.Kind.TEXTS;
      return Optional.of(
          new SeedField(
              field.getName(),
              kind,
              values,
              null,
              false,
              List.of(),
              seed.map(d -> enumValue(d, "merge"))
                  .map(SeedField.Merge::valueOf)
                  .orElse(SeedField.Merge.SAME),
              defaultValue,
              scalar && field.getType() instanceof NonNullType && defaultValue == null,
              seed.map(d -> enumValue(d, "idForm")).map(SeedField.IdForm::valueOf).orElse(null)));
    }

    /** The values of the enum field that holds the latest report's status, which reports state. */
    private Set<String> statusValues(ObjectTypeDefinition type) {
      return type.getFieldDefinitions().stream()
          .filter(
              f ->
                  directive(f, "derived")
                      .map(d -> "LATEST".equals(enumValue(d, "fromReports")))
                      .orElse(false))
          .findFirst()
          .flatMap(f -> registry.getType(typeName(f.getType()), EnumTypeDefinition.class))
          .map(e -> Set.copyOf(enumValues(e)))
          .orElseGet(
              () -> {
                problems.add(
                    type.getName()
                        + ": @statusHistory needs an enum field @derived(fromReports: LATEST)");
                return Set.of();
              });
    }

    private List<String> prefixesOf(String label) {
      if (label.equals(ANY_NODE_LABEL)) {
        return List.of();
      }
      return registry.getTypes(ObjectTypeDefinition.class).stream()
          .map(t -> directive(t, "node"))
          .flatMap(Optional::stream)
          .filter(d -> label.equals(string(d, "label")))
          .map(d -> string(d, "prefix"))
          .toList();
    }

    private Optional<FieldBinding> relation(
        String where, FieldDefinition field, Directive relation, boolean many) {
      List<String> types = relationshipTypes(where, string(relation, "type"));
      Direction direction = direction(where, relation);
      String target = typeName(field.getType());
      String targetLabel =
          target.equals(NODE_INTERFACE) ? ANY_NODE_LABEL : labels.getOrDefault(target, null);
      if (targetLabel == null) {
        problems.add(where + ": @relation leads to " + target + ", which is not a @node type");
        return Optional.empty();
      }
      return Optional.of(
          new FieldBinding.Relation(
              types, direction, targetLabel, string(relation, "targetKind"), many));
    }

    private Optional<RootField> root(FieldDefinition field) {
      String where = "Query." + field.getName();
      String target = typeName(field.getType());
      Optional<Directive> lookup = directive(field, "lookup");
      if (lookup.isPresent()) {
        return lookup(where, field, lookup.get(), target);
      }
      Optional<Directive> listing = directive(field, "listing");
      if (listing.isPresent()) {
        return listing(where, field, listing.get(), target);
      }
      Optional<Directive> search = directive(field, "search");
      if (search.isPresent()) {
        return search(where, search.get());
      }
      problems.add(where + " declares no @lookup, @listing or @search");
      return Optional.empty();
    }

    private Optional<RootField> search(String where, Directive search) {
      String index = string(search, "index");
      List<String> properties = strings(search, "properties");
      if (index == null || !INDEX.matcher(index).matches()) {
        problems.add(where + ": '" + index + "' is not an index name");
      }
      properties.stream()
          .filter(p -> !PROPERTY.matcher(p).matches())
          .forEach(p -> problems.add(where + ": '" + p + "' is not a property name"));
      return Optional.of(new RootField.Search(index, properties, string(search, "analyzer")));
    }

    private Optional<RootField> lookup(
        String where, FieldDefinition field, Directive lookup, String target) {
      if (field.getInputValueDefinitions().size() != 1) {
        problems.add(where + ": a @lookup takes exactly one argument");
        return Optional.empty();
      }
      String label = target.equals(NODE_INTERFACE) ? ANY_NODE_LABEL : labels.get(target);
      if (label == null) {
        problems.add(where + ": @lookup returns " + target + ", which is not a @node type");
        return Optional.empty();
      }
      RootField.LookupKind by = RootField.LookupKind.valueOf(enumValue(lookup, "by"));
      return Optional.of(
          new RootField.Lookup(by, label, field.getInputValueDefinitions().get(0).getName()));
    }

    private Optional<RootField> listing(
        String where, FieldDefinition field, Directive listing, String target) {
      boolean connection = !isList(field.getType());
      String nodeType = connection ? connectionNodeType(target) : target;
      String label = nodeType == null ? null : labels.get(nodeType);
      if (label == null) {
        problems.add(where + ": @listing must return a list or a connection of a @node type");
        return Optional.empty();
      }
      List<Filter> filters = new ArrayList<>();
      for (InputValueDefinition argument : field.getInputValueDefinitions()) {
        if (connection && PAGING_ARGUMENTS.contains(argument.getName())) {
          continue;
        }
        filter(where + "(" + argument.getName() + ")", argument).ifPresent(filters::add);
      }
      int limit = directiveInt(listing, "limit", 0);
      if (!connection && limit <= 0) {
        problems.add(where + ": a @listing that returns a plain list needs a limit");
      }
      return Optional.of(new RootField.Listing(label, connection, limit, filters));
    }

    private Optional<Filter> filter(String where, InputValueDefinition argument) {
      String name = argument.getName();
      Optional<Directive> equals = directive(argument, "equals");
      if (equals.isPresent()) {
        return Optional.of(new Filter.Equals(name, property(where, equals.get())));
      }
      Optional<Directive> contains = directive(argument, "contains");
      if (contains.isPresent()) {
        return Optional.of(new Filter.Contains(name, property(where, contains.get())));
      }
      Optional<Directive> named = directive(argument, "named");
      if (named.isPresent()) {
        return Optional.of(named(where, name, named.get()));
      }
      Optional<Directive> related = directive(argument, "related");
      if (related.isPresent()) {
        Directive d = related.get();
        return Optional.of(
            new Filter.Related(
                name, relationshipTypes(where, string(d, "relation")), direction(where, d)));
      }
      problems.add(where + " declares no filter (@equals, @contains, @named or @related)");
      return Optional.empty();
    }

    private Filter named(String where, String name, Directive named) {
      String relation = string(named, "relation");
      if (relation == null) {
        return new Filter.Named(name, List.of(), Direction.BOTH, null);
      }
      String label = string(named, "label");
      if (label == null || !LABEL.matcher(label).matches()) {
        problems.add(where + ": @named with a relation needs the label of the named node");
      }
      return new Filter.Named(
          name, relationshipTypes(where, relation), direction(where, named), label);
    }

    private String property(String where, Directive directive) {
      String property = string(directive, "property");
      if (property == null || !PROPERTY.matcher(property).matches()) {
        problems.add(where + ": '" + property + "' is not a property name");
      }
      return property;
    }

    private List<String> relationshipTypes(String where, String types) {
      if (types == null) {
        problems.add(where + ": no relationship type");
        return List.of();
      }
      List<String> list = Arrays.asList(types.split("\\|"));
      list.stream()
          .filter(t -> !RELATIONSHIP_TYPE.matcher(t).matches())
          .forEach(t -> problems.add(where + ": '" + t + "' is not a relationship type"));
      return list;
    }

    private Direction direction(String where, Directive directive) {
      String value = enumValue(directive, "direction");
      if (value == null) {
        problems.add(where + ": no direction");
        return Direction.BOTH;
      }
      return Direction.valueOf(value);
    }

    private String connectionNodeType(String connection) {
      return registry
          .getType(connection, ObjectTypeDefinition.class)
          .flatMap(
              t ->
                  t.getFieldDefinitions().stream()
                      .filter(f -> f.getName().equals("nodes"))
                      .findFirst())
          .map(f -> typeName(f.getType()))
          .orElse(null);
    }

    private boolean isConnection(ObjectTypeDefinition type) {
      List<String> names =
          type.getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
      return type.getName().endsWith("Connection")
          && names.containsAll(List.of("totalCount", "nodes", "pageInfo"))
          && names.size() == 3;
    }

    private boolean isLeaf(String typeName) {
      return registry.getType(typeName, ScalarTypeDefinition.class).isPresent()
          || registry.getType(typeName, EnumTypeDefinition.class).isPresent()
          || ScalarTypeDefinition.class.isInstance(registry.scalars().get(typeName))
          || List.of("String", "Int", "Float", "Boolean", "ID").contains(typeName);
    }

    private static int defaultFirst(FieldDefinition field) {
      return field.getInputValueDefinitions().stream()
          .filter(a -> a.getName().equals("first"))
          .map(InputValueDefinition::getDefaultValue)
          .filter(IntValue.class::isInstance)
          .map(v -> ((IntValue) v).getValue().intValue())
          .findFirst()
          .orElse(50);
    }
  }

  static Optional<Directive> directive(DirectivesContainer<?> element, String name) {
    return element.getDirectives().stream().filter(d -> d.getName().equals(name)).findFirst();
  }

  static Value<?> argument(Directive directive, String name) {
    Argument argument = directive.getArgument(name);
    return argument == null ? null : argument.getValue();
  }

  static List<String> enumValues(EnumTypeDefinition type) {
    return type.getEnumValueDefinitions().stream().map(v -> v.getName()).toList();
  }

  static List<String> strings(Directive directive, String name) {
    return argument(directive, name) instanceof ArrayValue array
        ? array.getValues().stream()
            .filter(StringValue.class::isInstance)
            .map(v -> ((StringValue) v).getValue())
            .toList()
        : List.of();
  }

  static String string(Directive directive, String name) {
    return argument(directive, name) instanceof StringValue s ? s.getValue() : null;
  }

  static String enumValue(Directive directive, String name) {
    return argument(directive, name) instanceof EnumValue e ? e.getName() : null;
  }

  private static int directiveInt(Directive directive, String name, int fallback) {
    return argument(directive, name) instanceof IntValue i ? i.getValue().intValue() : fallback;
  }

  static boolean isList(Type<?> type) {
    Type<?> t = type instanceof NonNullType n ? n.getType() : type;
    return t instanceof ListType;
  }

  static String typeName(Type<?> type) {
    if (type instanceof NonNullType n) {
      return typeName(n.getType());
    }
    if (type instanceof ListType l) {
      return typeName(l.getType());
    }
    return ((TypeName) type).getName();
  }
}
