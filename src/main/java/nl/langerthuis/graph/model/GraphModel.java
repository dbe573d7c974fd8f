package nl.langerthuis.graph.model;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.InterfaceTypeDefinition;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
      Set.of("Query", "Source", "StatusEvent", "Neighbour", "SearchHit", "PageInfo");

  private static final Set<String> PAGING_ARGUMENTS = Set.of("first", "after");
  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");
  private static final Pattern RELATIONSHIP_TYPE = Pattern.compile("[A-Z][A-Z_]*");
  private static final Pattern PROPERTY = Pattern.compile("[a-z][A-Za-z]*");
  private static final String NODE_INTERFACE = "Node";
  private static final String ANY_NODE_LABEL = "Entity";

  private final Map<String, NodeKind> kinds;
  private final Map<String, RootField> roots;

  private GraphModel(Map<String, NodeKind> kinds, Map<String, RootField> roots) {
    this.kinds = Map.copyOf(kinds);
    this.roots = Map.copyOf(roots);
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
      return new GraphModel(kinds, roots);
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
      for (FieldDefinition field : type.getFieldDefinitions()) {
        binding(type.getName(), field).ifPresent(b -> fields.put(field.getName(), b));
      }
      return new NodeKind(type.getName(), string(node, "label"), string(node, "prefix"), fields);
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
          directive(field, "property").map(d -> string(d, "name")).orElse(field.getName());
      if (!PROPERTY.matcher(property).matches()) {
        problems.add(where + ": '" + property + "' is not a property name");
      }
      return Optional.of(
          new FieldBinding.Property(property, many && field.getType() instanceof NonNullType));
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
        return Optional.of(new RootField.Search(string(search.get(), "index")));
      }
      problems.add(where + " declares no @lookup, @listing or @search");
      return Optional.empty();
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

  private static Value<?> argument(Directive directive, String name) {
    Argument argument = directive.getArgument(name);
    return argument == null ? null : argument.getValue();
  }

  private static String string(Directive directive, String name) {
    return argument(directive, name) instanceof StringValue s ? s.getValue() : null;
  }

  private static String enumValue(Directive directive, String name) {
    return argument(directive, name) instanceof EnumValue e ? e.getName() : null;
  }

  private static int directiveInt(Directive directive, String name, int fallback) {
    return argument(directive, name) instanceof IntValue i ? i.getValue().intValue() : fallback;
  }

  static boolean flag(Directive directive, String name) {
    return argument(directive, name) instanceof BooleanValue b && b.isValue();
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

  static boolean isInterface(TypeDefinitionRegistry registry, String name) {
    return registry.getType(name, InterfaceTypeDefinition.class).isPresent();
  }
}
