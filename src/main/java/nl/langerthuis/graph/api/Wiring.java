package nl.langerthuis.graph.api;

import graphql.TypeResolutionEnvironment;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetcherFactories;
import graphql.schema.DataFetcherFactory;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.TypeUtil;
import java.time.LocalDate;
import java.util.Map;
import nl.langerthuis.graph.model.GraphModel;

/**
 * Binds the schema to the compiled answers, with no knowledge of the node kinds: every entry point
 * declared in the model reads the request's one answer, and every other field picks its value out
 * of its parent's map by its result key. The few values the API shapes itself are dates, cursors
 * and search snippets.
 */
final class Wiring {
  private static final String DATE = "Date";
  private static final DataFetcher<Object> VALUE_FETCHER = Wiring::value;
  private static final DataFetcherFactory<Object> VALUE =
      DataFetcherFactories.useDataFetcher(VALUE_FETCHER);

  private Wiring() {}

  /**
   * The wiring of the schema in {@code registry} over its {@code model}. Which fetcher a field gets
   * is decided here, once: dates are converted and fields with arguments check them, every other
   * field reads its parent's answer as it is.
   */
  static RuntimeWiring build(GraphModel model, TypeDefinitionRegistry registry) {
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .codeRegistry(GraphQLCodeRegistry.newCodeRegistry().defaultDataFetcher(VALUE))
            .scalar(ExtendedScalars.Date)
            .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(Wiring::nodeType));
    for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
      if (!type.getName().equals("Query")) {
        wiring.type(fieldFetchers(type));
      }
    }
    TypeRuntimeWiring.Builder query = TypeRuntimeWiring.newTypeWiring("Query");
    model.roots().keySet().forEach(name -> query.dataFetcher(name, Wiring::entryPoint));
    return wiring
        .type(query)
        .type(
            TypeRuntimeWiring.newTypeWiring("PageInfo")
                .dataFetcher("endCursor", env -> Arguments.cursor((String) value(env))))
        .type(TypeRuntimeWiring.newTypeWiring("SearchHit").dataFetcher("snippet", Wiring::snippet))
        .build();
  }

  /** Date fields and fields with arguments of one type; the rest keep the default fetcher. */
  private static TypeRuntimeWiring fieldFetchers(ObjectTypeDefinition type) {
    TypeRuntimeWiring.Builder fetchers = TypeRuntimeWiring.newTypeWiring(type.getName());
    for (FieldDefinition field : type.getFieldDefinitions()) {
      if (!field.getInputValueDefinitions().isEmpty()) {
        fetchers.dataFetcher(field.getName(), Wiring::checkedValue);
      } else if (isDate(field.getType())) {
        fetchers.dataFetcher(field.getName(), env -> date(value(env)));
      }
    }
    return fetchers.build();
  }

  private static boolean isDate(Type<?> type) {
    Type<?> unwrapped = TypeUtil.unwrapAll(type);
    return unwrapped instanceof TypeName name && name.getName().equals(DATE);
  }

  /**
   * An entry point, where a request reads the store (its one statement runs for the first); past
   * the request's deadline it fails with a TIMEOUT error instead.
   */
  private static Object entryPoint(DataFetchingEnvironment env) {
    Deadline.check(env.getGraphQlContext().get(Deadline.class));
    return scope(env).entryPoint(env);
  }

  /** A field's value in its parent's answer, picked by its result key. */
  static Object value(DataFetchingEnvironment env) {
    return row(env).get(env.getField().getResultKey());
  }

  /** The value of a field with arguments, once the arguments are known to keep their rules. */
  private static Object checkedValue(DataFetchingEnvironment env) {
    scope(env).checkArguments(env);
    return value(env);
  }

  private static GraphQLObjectType nodeType(TypeResolutionEnvironment env) {
    Map<String, Object> node = env.getObject();
    return env.getSchema().getObjectType((String) node.get("__type"));
  }

  /** The passage of a hit that best shows why it matched (see {@link SearchText#snippet}). */
  private static String snippet(DataFetchingEnvironment env) {
    @SuppressWarnings("unchecked")
    Map<String, Object> parts = (Map<String, Object>) value(env);
    return parts == null ? null : SearchText.parse((String) parts.get("text")).snippet(parts);
  }

  static LocalDate date(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    String[] parts = (text + "-01-01").split("-");
    return LocalDate.of(
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  static RequestScope scope(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(RequestScope.class);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> row(DataFetchingEnvironment env) {
    return (Map<String, Object>) env.getSource();
  }
}
