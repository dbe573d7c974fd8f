package nl.langerthuis.graph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;

/**
 * {@code GET /queries} lists the saved queries; {@code GET /queries/NAME?var=value&format=csv} runs
 * one, with its variables as URL parameters, answering JSON (the GraphQL result) or CSV; {@link
 * Revalidation} gives the answers their entity tags.
 */
final class SavedQueryHandler implements HttpHandler {
  private static final Set<String> RESERVED = Set.of("format");

  private final SavedQueries queries;
  private final GraphQLService service;
  private final ObjectMapper json;

  SavedQueryHandler(SavedQueries queries, GraphQLService service, ObjectMapper json) {
    this.queries = queries;
    this.service = service;
    this.json = json;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    if (!Methods.GET.equals(exchange.getRequestMethod())
        && !Methods.HEAD.equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD, OPTIONS");
      refuse(exchange, 405, "Saved queries answer GET and HEAD only");
      return;
    }
    String name = exchange.getRelativePath().replaceFirst("^/", "");
    if (name.isEmpty()) {
      send(
          exchange,
          200,
          "application/json",
          json.writeValueAsString(
              Map.of("queries", queries.all().stream().map(SavedQueryHandler::summary).toList())));
      return;
    }
    SavedQuery query = queries.byName(name).orElse(null);
    if (query == null) {
      refuse(exchange, 404, "No saved query '" + name + "'; GET /queries lists them");
      return;
    }
    run(exchange, query);
  }

  private void run(HttpServerExchange exchange, SavedQuery query) throws IOException {
    String format = parameter(exchange, "format", "json");
    if (!format.equals("json") && !format.equals("csv")) {
      refuse(exchange, 400, "Parameter 'format' must be json or csv (got '" + format + "')");
      return;
    }
    Map<String, Object> variables;
    try {
      variables = variables(exchange, query);
    } catch (IllegalArgumentException e) {
      refuse(exchange, 400, e.getMessage());
      return;
    }
    ExecutionResult result = service.execute(query.text(), null, variables);
    if (!result.getErrors().isEmpty() && (format.equals("csv") || !result.isDataPresent())) {
      refuse(exchange, 400, result.getErrors().get(0).getMessage());
      return;
    }
    Map<String, Object> data = result.getData();
    Optional<String> missing = CsvTable.nothingFound(query.rows(), data);
    if (missing.isPresent()) {
      refuse(
          exchange,
          404,
          "Nothing found: "
              + missing.get()
              + " is null for "
              + (variables.isEmpty() ? "these parameters" : variables));
      return;
    }
    Map<String, String> next = CsvTable.nextPage(query.rows(), data, variables);
    if (!next.isEmpty()) {
      exchange
          .getResponseHeaders()
          .put(
              HttpString.tryFromString("Link"), "<" + nextPage(exchange, next) + ">; rel=\"next\"");
    }
    if (format.equals("csv")) {
      exchange
          .getResponseHeaders()
          .put(Headers.CONTENT_DISPOSITION, "inline; filename=\"" + query.name() + ".csv\"");
      send(exchange, 200, "text/csv", CsvTable.of(query.rows(), data));
    } else {
      send(exchange, 200, "application/json", json.writeValueAsString(result.toSpecification()));
    }
  }

  /** This request's URL with the next page's cursors in place of the current ones. */
  private static String nextPage(HttpServerExchange exchange, Map<String, String> cursors) {
    Map<String, String> parameters = new LinkedHashMap<>();
    exchange.getQueryParameters().forEach((k, v) -> parameters.put(k, v.getFirst()));
    parameters.putAll(cursors);
    return exchange.getRequestPath()
        + "?"
        + parameters.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  /**
   * URL parameters are the query's variables, read as the types the query declares; enum values in
   * any case. Parameters starting with "_" (cache busters) are ignored.
   */
  private Map<String, Object> variables(HttpServerExchange exchange, SavedQuery query) {
    Map<String, SavedQuery.Variable> declared =
        query.variables().stream().collect(Collectors.toMap(SavedQuery.Variable::name, v -> v));
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Deque<String>> parameter : exchange.getQueryParameters().entrySet()) {
      String name = parameter.getKey();
      if (RESERVED.contains(name) || name.startsWith("_")) {
        continue;
      }
      SavedQuery.Variable variable = declared.get(name);
      if (variable == null) {
        throw new IllegalArgumentException(
            "Unknown parameter '"
                + name
                + "'; "
                + query.name()
                + " takes "
                + (declared.isEmpty() ? "no variables" : String.join(", ", declared.keySet())));
      }
      variables.put(name, typed(variable, parameter.getValue().getFirst()));
    }
    for (SavedQuery.Variable variable : query.variables()) {
      if (variable.required() && !variables.containsKey(variable.name())) {
        throw new IllegalArgumentException(
            "Parameter '"
                + variable.name()
                + "' ("
                + variable.type()
                + ") is required by "
                + query.name());
      }
    }
    return variables;
  }

  private Object typed(SavedQuery.Variable variable, String value) {
    String type = variable.type().replace("!", "");
    if (service.schema().getType(type) instanceof GraphQLEnumType enumType) {
      return enumValue(variable, enumType, value);
    }
    try {
      return switch (type) {
        case "Int" -> Integer.valueOf(value);
        case "Float" -> Double.valueOf(value);
        case "Boolean" -> {
          if (!value.equals("true") && !value.equals("false")) {
            throw new NumberFormatException();
          }
          yield Boolean.valueOf(value);
        }
        default -> value;
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Parameter '" + variable.name() + "' must be " + type + " (got '" + value + "')");
    }
  }

  private static String enumValue(
      SavedQuery.Variable variable, GraphQLEnumType type, String value) {
    List<String> names =
        type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
    return names.stream()
        .filter(n -> n.equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Parameter '"
                        + variable.name()
                        + "' must be one of "
                        + String.join(", ", names)
                        + " (got '"
                        + value
                        + "')"));
  }

  private static Map<String, Object> summary(SavedQuery query) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("name", query.name());
    summary.put("description", query.description());
    summary.put("variables", query.variables());
    summary.put("url", "/queries/" + query.name());
    summary.put("documentId", "sha256:" + query.sha256());
    summary.put("rows", query.rows().stream().map(SavedQuery.RowList::path).toList());
    return summary;
  }

  private static String parameter(HttpServerExchange exchange, String name, String fallback) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values == null ? fallback : values.getFirst();
  }

  private void refuse(HttpServerExchange exchange, int status, String message) throws IOException {
    send(
        exchange,
        status,
        "application/json",
        json.writeValueAsString(Map.of("errors", List.of(Map.of("message", message)))));
  }

  private static void send(HttpServerExchange exchange, int status, String mediaType, String body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
    exchange
        .getResponseHeaders()
        .put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
    exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
  }
}
