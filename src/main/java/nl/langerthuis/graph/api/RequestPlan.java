package nl.langerthuis.graph.api;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.langerthuis.graph.model.Filter;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.RootField;
import nl.langerthuis.graph.seed.Kamerstuk;
import nl.langerthuis.graph.seed.LookupKey;
import nl.langerthuis.graph.store.Selection;

/**
 * The whole operation of a request as the compiler's {@link Selection} trees: fragments expanded,
 * aliases kept, {@code @skip}/{@code @include} applied, and every argument checked and normalised
 * (page sizes, cursors, Kamerstuk numbers, name keys, search text). An argument that breaks a rule
 * rejects its field only; the rule is kept by path and reported when that field is fetched.
 */
final class RequestPlan {
  private final GraphModel model;
  private final List<Selection> roots = new ArrayList<>();
  private final Map<List<String>, ArgumentException> rejections = new HashMap<>();

  private RequestPlan(GraphModel model) {
    this.model = model;
  }

  static RequestPlan of(DataFetchingEnvironment env, GraphModel model) {
    RequestPlan plan = new RequestPlan(model);
    ExecutableNormalizedOperation prepared =
        env.getGraphQlContext().get(ExecutableNormalizedOperation.class);
    List<ExecutableNormalizedField> fields =
        (prepared != null ? prepared : normalised(env)).getTopLevelFields();
    for (ExecutableNormalizedField field : fields) {
      plan.roots.add(plan.root(field));
    }
    return plan;
  }

  /** The operation normalised here, where the service did not prepare it before execution. */
  private static ExecutableNormalizedOperation normalised(DataFetchingEnvironment env) {
    return ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
        env.getGraphQLSchema(),
        env.getOperationDefinition(),
        env.getFragmentsByName(),
        CoercedVariables.of(env.getVariables()));
  }

  List<Selection> roots() {
    return roots;
  }

  /** The rule the arguments of the field at {@code path} (result keys, no list indices) broke. */
  Optional<ArgumentException> rejection(List<String> path) {
    return Optional.ofNullable(rejections.get(path));
  }

  private Selection root(ExecutableNormalizedField field) {
    List<String> path = List.of(field.getResultKey());
    Optional<RootField> binding = model.root(field.getName());
    Map<String, Object> arguments = new LinkedHashMap<>();
    try {
      binding.ifPresent(b -> arguments.putAll(rootArguments(b, field.getResolvedArguments())));
      return selection(field, arguments, path, false);
    } catch (ArgumentException e) {
      rejections.put(path, e);
      return selection(field, Map.of(), path, true);
    }
  }

  private Selection nested(ExecutableNormalizedField field, List<String> parentPath) {
    List<String> path = new ArrayList<>(parentPath);
    path.add(field.getResultKey());
    Map<String, Object> arguments = new LinkedHashMap<>();
    try {
      if (field.getResolvedArguments().containsKey("first")) {
        arguments.put("first", first(field.getResolvedArguments(), 50));
      }
      return selection(field, arguments, path, false);
    } catch (ArgumentException e) {
      rejections.put(List.copyOf(path), e);
      return selection(field, Map.of(), path, true);
    }
  }

  private Selection selection(
      ExecutableNormalizedField field,
      Map<String, Object> arguments,
      List<String> path,
      boolean rejected) {
    List<Selection> children = new ArrayList<>();
    if (!rejected) {
      field.getChildren().forEach(child -> children.add(nested(child, path)));
    }
    return new Selection(
        field.getResultKey(),
        field.getName(),
        field.getObjectTypeNames(),
        arguments,
        children,
        rejected);
  }

  private Map<String, Object> rootArguments(RootField binding, Map<String, Object> given) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    if (binding instanceof RootField.Lookup lookup) {
      arguments.put(lookup.argument(), lookupValue(lookup, given));
    } else if (binding instanceof RootField.Listing listing) {
      if (listing.connection()) {
        arguments.put("first", first(given, 20));
        arguments.put("after", after(given));
      }
      for (Filter filter : listing.filters()) {
        arguments.put(filter.argument(), filterValue(filter, given));
      }
    } else {
      String text = requiredText(given, "text");
      SearchText search = SearchText.parse(text);
      arguments.put("text", text);
      arguments.put("key", search.key());
      arguments.put("phrase", search.phraseQuery());
      arguments.put("words", search.wordsQuery());
      arguments.put("first", first(given, 20));
    }
    return arguments;
  }

  private String lookupValue(RootField.Lookup lookup, Map<String, Object> given) {
    String text = requiredText(given, lookup.argument());
    return switch (lookup.by()) {
      case ID -> text;
      case NAME -> LookupKey.of(text);
      case KAMERSTUK -> prefixOf(lookup.label()) + kamerstuk(lookup.argument(), text);
    };
  }

  /** The id prefix of the kind a lookup returns: a Kamerstuk lookup reads ids such as this. */
  private String prefixOf(String label) {
    return model.kinds().values().stream()
        .filter(k -> k.label().equals(label))
        .map(NodeKind::prefix)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the model has no kind labelled " + label));
  }

  private static String kamerstuk(String argument, String text) {
    return Kamerstuk.parse(text)
        .orElseThrow(
            () ->
                new ArgumentException(
                    argument,
                    "must be a Kamerstuk number such as '31765-446', '31 765, nr. 446' or"
                        + " '35300-XVI-22' (got '"
                        + text
                        + "')"));
  }

  private static Object filterValue(Filter filter, Map<String, Object> given) {
    if (filter instanceof Filter.Named) {
      String text = text(given, filter.argument());
      return text == null ? null : LookupKey.of(text);
    }
    if (filter instanceof Filter.Contains) {
      return text(given, filter.argument());
    }
    return given.get(filter.argument());
  }

  static int first(Map<String, Object> given, int defaultValue) {
    Object first = given.get("first");
    int value = first instanceof Integer n ? n : defaultValue;
    if (value < 0 || value > Arguments.MAX_FIRST) {
      throw new ArgumentException(
          "first", "must be between 0 and " + Arguments.MAX_FIRST + " (got " + value + ")");
    }
    return value;
  }

  private static String after(Map<String, Object> given) {
    return Arguments.sortKey((String) given.get("after"));
  }

  private static String requiredText(Map<String, Object> given, String name) {
    String text = text(given, name);
    if (text == null) {
      throw new ArgumentException(name, "is required");
    }
    return text;
  }

  private static String text(Map<String, Object> given, String name) {
    return Arguments.text(name, (String) given.get(name));
  }
}
