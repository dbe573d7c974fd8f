package nl.langerthuis.graph.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.inject.Inject;
import javax.inject.Singleton;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.store.CypherCompiler;
import nl.langerthuis.graph.store.GraphStore;

/**
 * Executes GraphQL requests against the graph: schema-first from {@code schema/schema.graphql}, one
 * {@link RequestScope} per request, bounded by {@link QueryLimits}. Results carry the number of
 * Cypher statements the request cost in {@code extensions.cost.cypherStatements}.
 */
@Singleton
public final class GraphQLService implements AutoCloseable {
  private final GraphStore store;
  private final QueryLimits limits;
  private final GraphQL graphQL;
  private final GraphQL introspection;
  private static final int DOCUMENT_CACHE_SIZE = 500;

  private final String sdl;
  private final GraphModel model;
  private final CypherCompiler compiler;
  private final ExecutorService executor;

  @Inject
  public GraphQLService(GraphStore store, QueryLimits limits) {
    this(store, limits, GraphModel.standardSdl());
  }

  /**
   * A service for another schema: its directives are the whole model, so a schema that adds a field
   * needs no Java change.
   */
  public GraphQLService(GraphStore store, QueryLimits limits, String sdl) {
    this.store = store;
    this.limits = limits;
    this.sdl = sdl;
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    this.model = GraphModel.read(registry);
    this.compiler = new CypherCompiler(model);
    GraphQLSchema schema =
        new SchemaGenerator().makeExecutableSchema(registry, Wiring.build(model));
    this.graphQL =
        GraphQL.newGraphQL(schema)
            .defaultDataFetcherExceptionHandler(new ErrorHandler())
            .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_SIZE))
            .instrumentation(
                new ChainedInstrumentation(
                    List.of(
                        new MaxQueryDepthInstrumentation(limits.maxDepth()),
                        new MaxQueryComplexityInstrumentation(
                            limits.maxComplexity(), complexity()))))
            .build();
    // Tools such as GraphiQL ask for the schema with a query deeper than any data query needs;
    // introspection
    // is bounded by the schema itself (and graphql-java's good-faith introspection checks), not by
    // our limits.
    this.introspection =
        GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new ErrorHandler()).build();
    this.executor =
        Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
            r -> {
              Thread t = new Thread(r, "graphql-exec");
              t.setDaemon(true);
              return t;
            });
  }

  /** The schema the server runs, as SDL. */
  public String sdl() {
    return sdl;
  }

  /** The graph model the schema declares. */
  public GraphModel model() {
    return model;
  }

  public GraphQLSchema schema() {
    return graphQL.getGraphQLSchema();
  }

  /**
   * Runs one request; never throws for bad queries or failures of the store, which become errors in
   * the result.
   */
  public ExecutionResult execute(
      String query, String operationName, Map<String, Object> variables) {
    Future<ExecutionResult> future = executor.submit(() -> run(query, operationName, variables));
    try {
      return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return failure(
          "The request took longer than " + limits.timeout().toMillis() + " ms and was stopped",
          ErrorHandler.Code.TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure("The request was interrupted", ErrorHandler.Code.INTERNAL_ERROR);
    } catch (ExecutionException e) {
      return failure(
          ErrorHandler.logged("Internal error", e.getCause()), ErrorHandler.Code.INTERNAL_ERROR);
    }
  }

  private ExecutionResult run(String query, String operationName, Map<String, Object> variables) {
    try (RequestScope scope = new RequestScope(store.reader(), model, compiler)) {
      ExecutionInput input =
          ExecutionInput.newExecutionInput(query)
              .operationName(operationName)
              .variables(variables == null ? Map.of() : variables)
              .graphQLContext(Map.of(RequestScope.class, scope))
              .build();
      ExecutionResult result =
          (IntrospectionOnly.test(query, operationName) ? introspection : graphQL).execute(input);
      Map<Object, Object> extensions =
          new LinkedHashMap<>(result.getExtensions() == null ? Map.of() : result.getExtensions());
      extensions.put("cost", Map.of("cypherStatements", scope.reader().statements()));
      return result.transform(b -> b.extensions(extensions));
    }
  }

  private static ExecutionResult failure(String message, ErrorHandler.Code code) {
    return ExecutionResultImpl.newExecutionResult()
        .addError(
            GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(code)
                .extensions(Map.of("code", code.name()))
                .build())
        .data(null)
        .build();
  }

  /**
   * A list field costs its page size times what it selects; other fields cost one plus their
   * children.
   */
  private static FieldComplexityCalculator complexity() {
    return (env, childComplexity) -> {
      Object first = env.getArguments().get("first");
      int size = first instanceof Integer n ? Math.max(1, n) : 1;
      return 1 + size * Math.max(childComplexity, 1);
    };
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
