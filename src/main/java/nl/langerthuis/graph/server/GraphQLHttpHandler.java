package nl.langerthuis.graph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.langerthuis.graph.api.Answer;
import nl.langerthuis.graph.api.GraphQLService;

/**
 * {@code /graphql} as the GraphQL over HTTP specification has it: POST with {@code
 * application/json}, GET for queries only, responses in {@code application/graphql-response+json}
 * or {@code application/json} as the client accepts, and the status codes the specification gives
 * for each.
 */
final class GraphQLHttpHandler implements HttpHandler {
  static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  static final String JSON = "application/json";
  private static final int MAX_BODY = 1 << 20;

  private final GraphQLService service;
  private final ObjectMapper json;
  private final PersistedDocuments documents;

  GraphQLHttpHandler(GraphQLService service, ObjectMapper json, PersistedDocuments documents) {
    this.service = service;
    this.json = json;
    this.documents = documents;
  }

  private record Request(String query, String operationName, Map<String, Object> variables) {}

  /** A request the handler refuses before execution: status, message, and extra headers. */
  static final class Refusal extends Exception {
    @Serial private static final long serialVersionUID = 1L;

    final int status;
    final Map<String, String> headers;

    Refusal(int status, String message) {
      this(status, message, Map.of());
    }

    Refusal(int status, String message, Map<String, String> headers) {
      super(message);
      this.status = status;
      this.headers = headers;
    }
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    exchange.startBlocking();
    String mediaType = GRAPHQL_RESPONSE;
    try {
      mediaType = responseType(exchange);
      Request request = read(exchange);
      Answer answer = execute(exchange, request);
      ExecutionResult result = answer.result();
      int status =
          ResultStatus.of(
              exchange,
              result,
              GRAPHQL_RESPONSE.equals(mediaType) && !result.isDataPresent() ? 400 : 200);
      if (status == 200 && Revalidation.notModified(exchange, answer.snapshot())) {
        return;
      }
      send(exchange, status, mediaType, result.toSpecification());
    } catch (Refusal refusal) {
      refusal.headers.forEach(
          (k, v) -> exchange.getResponseHeaders().put(HttpString.tryFromString(k), v));
      Map<String, Object> error = Map.of("message", refusal.getMessage());
      send(
          exchange,
          refusal.status,
          refusal.status == 406 ? JSON : mediaType,
          Map.of("errors", List.of(error)));
    }
  }

  private Answer execute(HttpServerExchange exchange, Request request) throws Refusal {
    if (Methods.GET.equals(exchange.getRequestMethod()) && isMutation(request)) {
      throw new Refusal(405, "Mutations are only accepted with POST", Map.of("Allow", "POST"));
    }
    return service.answer(request.query(), request.operationName(), request.variables());
  }

  private static boolean isMutation(Request request) {
    try {
      Document document = Parser.parse(request.query());
      return document.getDefinitionsOfType(OperationDefinition.class).stream()
          .filter(
              op -> request.operationName() == null || request.operationName().equals(op.getName()))
          .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
    } catch (InvalidSyntaxException e) {
      return false;
    }
  }

  private static String responseType(HttpServerExchange exchange) throws Refusal {
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    for (String type : Accept.types(exchange)) {
      if (type.equals(GRAPHQL_RESPONSE)) {
        return GRAPHQL_RESPONSE;
      }
      if (type.equals(JSON) || type.equals("*/*") || type.equals("application/*")) {
        return JSON;
      }
    }
    throw new Refusal(406, "Accept must allow " + GRAPHQL_RESPONSE + " or " + JSON);
  }

  /** The media type of a Content-Type value without its parameters; "" for a malformed value. */
  private static String mediaTypeOf(String value) {
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private Request read(HttpServerExchange exchange) throws Refusal, IOException {
    if (Methods.GET.equals(exchange.getRequestMethod())) {
      return fromParameters(exchange);
    }
    if (!Methods.POST.equals(exchange.getRequestMethod())) {
      throw new Refusal(405, "Use GET or POST", Map.of("Allow", "GET, POST"));
    }
    String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (contentType == null || !mediaTypeOf(contentType).equals(JSON)) {
      throw new Refusal(415, "POST bodies must be application/json");
    }
    byte[] bytes = exchange.getInputStream().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new Refusal(413, "The request body is larger than " + MAX_BODY + " bytes");
    }
    JsonNode body;
    try {
      body = json.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new Refusal(400, "The body is not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      throw new Refusal(400, "The body must be a JSON object with a 'query'");
    }
    JsonNode extensions = body.get("extensions");
    if (extensions != null && !extensions.isObject() && !extensions.isNull()) {
      throw new Refusal(400, "'extensions' must be a JSON object");
    }
    return new Request(
        documents.query(
            optionalString(body.get("query"), "query"),
            optionalString(body.get("documentId"), "documentId"),
            extensions),
        optionalString(body.get("operationName"), "operationName"),
        variables(body.get("variables")));
  }

  private Request fromParameters(HttpServerExchange exchange) throws Refusal {
    Map<String, Deque<String>> params = exchange.getQueryParameters();
    String query = params.containsKey("query") ? params.get("query").getFirst() : null;
    String operationName =
        params.containsKey("operationName") ? params.get("operationName").getFirst() : null;
    Map<String, Object> variables = null;
    if (params.containsKey("variables")) {
      try {
        variables = variables(json.readTree(params.get("variables").getFirst()));
      } catch (JsonProcessingException e) {
        throw new Refusal(400, "'variables' is not valid JSON");
      }
    }
    JsonNode extensions = null;
    if (params.containsKey("extensions")) {
      try {
        extensions = json.readTree(params.get("extensions").getFirst());
        if (!extensions.isObject() && !extensions.isNull()) {
          throw new Refusal(400, "'extensions' must be a JSON object");
        }
      } catch (JsonProcessingException e) {
        throw new Refusal(400, "'extensions' is not valid JSON");
      }
    }
    String documentId =
        params.containsKey("documentId") ? params.get("documentId").getFirst() : null;
    query = documents.query(query, documentId, extensions);
    return new Request(
        query, operationName == null || operationName.isEmpty() ? null : operationName, variables);
  }

  private static String optionalString(JsonNode node, String name) throws Refusal {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new Refusal(400, "'" + name + "' must be a string");
    }
    return node.asText();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> variables(JsonNode node) throws Refusal {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw new Refusal(400, "'variables' must be a JSON object");
    }
    return json.convertValue(node, LinkedHashMap.class);
  }

  private void send(HttpServerExchange exchange, int status, String mediaType, Object body)
      throws IOException {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
    exchange.getOutputStream().write(json.writeValueAsBytes(body));
    exchange.endExchange();
  }
}
