package nl.langerthuis.graph.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.introspection.Introspection;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import javax.inject.Inject;
import javax.inject.Singleton;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.store.CypherCompiler;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.store.StoreHealth;

/**
 * Executes GraphQL requests against the graph: schema-first from {@code schema/schema.graphql}, one
 * {@link RequestScope} per request, bounded by {@link QueryLimits}. Results carry the number of
 * Cypher statements the request cost in {@code extensions.cost.cypherStatements}.
 */
@Singleton
public final class GraphQLService implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GraphQLService.class.getName());

  private final GraphStore store;
  private final QueryLimits limits;
  private final GraphQL graphQL;
  private final GraphQL introspection;
  private static final int DOCUMENT_CACHE_SIZE = 500;

  private final String sdl;
  private final GraphModel model;
  private final CypherCompiler compiler;
  private final ExecutorService executor;
  private final QueryCost cost;

  /** A service without the documents' texts: {@code Source.context} is always null. */
  public GraphQLService(GraphStore store, QueryLimits limits) {
    this(store, limits, SourceTexts.none());
  }

  /** The service of the served schema, with the source documents for quotes in their paragraphs. */
  @Inject
  public GraphQLService(GraphStore store, QueryLimits limits, SourceTexts texts) {
    this(store, limits, texts, GraphModel.standardSdl());
  }

  /**
   * A service for another schema: its directives are the whole model, so a schema that adds a field
   * needs no Java change.
   */
  public GraphQLService(GraphStore store, QueryLimits limits, String sdl) {
    this(store, limits, SourceTexts.none(), sdl);
  }

  public GraphQLService(GraphStore store, QueryLimits limits, SourceTexts texts, String sdl) {
    this.store = store;
    this.limits = limits;
    this.sdl = sdl;
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    this.model = GraphModel.read(registry);
    this.compiler = new CypherCompiler(model);
    GraphQLSchema schema =
        new SchemaGenerator()
            .makeExecutableSchema(
                registry,
                Wiring.build(model, registry)
                    .transform(b -> SourceTextWiring.addTo(b, texts, model)));
    this.cost = new QueryCost(limits);
    this.graphQL =
        GraphQL.newGraphQL(schema)
            .defaultDataFetcherExceptionHandler(new ErrorHandler())
            .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_SIZE))
            // one instrumentation, which graphql-java runs without per-field chaining; the deadline
            // is checked where a request reads the store (Wiring's entry points), not per field
            .instrumentation(new MaxQueryDepthInstrumentation(limits.maxDepth()))
            .build();
    // Tools such as GraphiQL ask for the schema with a query deeper than any data query needs;
    // introspection
    // is bounded by the schema itself (and graphql-java's good-faith introspection checks), not by
    // our limits.
    this.introspection =
        GraphQL.newGraphQL(schema).defaultDataFetcherExceptionHandler(new ErrorHandler()).build();
    this.executor =
        new ThreadPoolExecutor(
            limits.workers(),
            limits.workers(),
            0,
            TimeUnit.MILLISECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "graphql-exec");
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** Whether clients may read the schema (introspection, and the SDL the server publishes). */
  public boolean allowsIntrospection() {
    return limits.introspection();
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
   * Runs one request on one of a bounded set of workers; never throws for bad queries or failures
   * of the store, which become errors in the result. When every worker is busy it answers
   * OVERLOADED at once rather than queueing; a request past its time limit is answered TIMEOUT at
   * the limit, and its work ends by itself (its Neo4j transaction times out and no further field is
   * fetched), without interrupting the thread that holds its connection.
   */
  public ExecutionResult execute(
      String query, String operationName, Map<String, Object> variables) {
    return answer(query, operationName, variables).result();
  }

  /**
   * Runs one request as {@link #execute} does, and says which snapshot of the graph the result was
   * read from: the seed hash its one Cypher statement read beside the answer, for entity tags.
   */
  public Answer answer(String query, String operationName, Map<String, Object> variables) {
    StoreHealth health = store.health();
    if (health.unreachable()) {
      return failure(
          "The graph store is unreachable since " + health.since() + " (" + health.reason() + ")",
          ErrorHandler.Code.STORE_UNAVAILABLE);
    }
    PreparedRequest prepared = PreparedRequest.of(schema(), query, operationName, variables);
    Optional<Long> used = prepared.operation().map(operation -> cost.of(operation, schema()));
    Optional<String> refusal = used.flatMap(cost::refusal);
    if (refusal.isPresent()) {
      return Answer.unread(
          ExecutionResultImpl.newExecutionResult()
              .addError(
                  GraphqlErrorBuilder.newError()
                      .message(refusal.get())
                      .errorType(ErrorHandler.Code.COMPLEXITY_LIMIT_EXCEEDED)
                      .extensions(
                          Map.of(
                              "code",
                              ErrorHandler.Code.COMPLEXITY_LIMIT_EXCEEDED.name(),
                              "limit",
                              limits.maxComplexity()))
                      .build())
              .data(null)
              .build());
    }
    Deadline deadline = Deadline.after(limits.timeout());
    Future<Answer> future;
    try {
      future =
          executor.submit(
              () -> run(query, operationName, variables, deadline, prepared, used.orElse(null)));
    } catch (RejectedExecutionException e) {
      return failure(
          "All " + limits.workers() + " workers are busy; retry in a moment",
          ErrorHandler.Code.OVERLOADED);
    }
    try {
      Answer answer = future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      // an answer that came in past the limit is a timeout too, whichever side noticed first
      return deadline.passed() ? timedOut(query) : answer;
    } catch (TimeoutException e) {
      return timedOut(query);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure("The request was interrupted", ErrorHandler.Code.INTERNAL_ERROR);
    } catch (ExecutionException e) {
      return failure(
          ErrorHandler.logged("Internal error", e.getCause()), ErrorHandler.Code.INTERNAL_ERROR);
    }
  }

  /** The one answer and the one log line of a request stopped at its time limit. */
  private Answer timedOut(String query) {
    LOG.warning(
        "Request stopped at its time limit of "
            + limits.timeout().toMillis()
            + " ms: "
            + oneLine(query));
    return failure(
        "The request took longer than " + limits.timeout().toMillis() + " ms and was stopped",
        ErrorHandler.Code.TIMEOUT);
  }

  private static String oneLine(String query) {
    String flat = query.replaceAll("\\s+", " ").strip();
    return flat.length() > 120 ? flat.substring(0, 120) + "..." : flat;
  }

  private Answer run(
      String query,
      String operationName,
      Map<String, Object> variables,
      Deadline deadline,
      PreparedRequest prepared,
      Long used) {
    try (RequestScope scope = new RequestScope(store.reader(), model, compiler)) {
      Map<Object, Object> context = new HashMap<>();
      context.put(RequestScope.class, scope);
      context.put(Deadline.class, deadline);
      context.put(Introspection.INTROSPECTION_DISABLED, !limits.introspection());
      prepared.operation().ifPresent(o -> context.put(ExecutableNormalizedOperation.class, o));
      ExecutionInput input =
          ExecutionInput.newExecutionInput(query)
              .operationName(operationName)
              .variables(variables == null ? Map.of() : variables)
              .graphQLContext(context)
              .build();
      boolean introspective = prepared.introspectionOnly();
      ExecutionResult result = (introspective ? introspection : graphQL).execute(input);
      Map<Object, Object> extensions =
          new LinkedHashMap<>(result.getExtensions() == null ? Map.of() : result.getExtensions());
      extensions.put("cost", Map.of("cypherStatements", scope.reader().statements()));
      if (used != null && result.isDataPresent()) {
        extensions.put("complexity", cost.usage(used));
      }
      return new Answer(result.transform(b -> b.extensions(extensions)), scope.reader().snapshot());
    }
  }

  private static Answer failure(String message, ErrorHandler.Code code) {
    return Answer.unread(
        ExecutionResultImpl.newExecutionResult()
            .addError(
                GraphqlErrorBuilder.newError()
                    .message(message)
                    .errorType(code)
                    .extensions(Map.of("code", code.name()))
                    .build())
            .data(null)
            .build());
  }

  @Override
  public void close() {
    executor.shutdown();
  }
}
