package nl.langerthuis.graph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
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
import nl.langerthuis.graph.api.Answer;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;
import nl.langerthuis.graph.api.SavedQueryParameters;

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
    if (name.isEmpty() && wantsHtml(exchange)) {
      send(exchange, 200, "text/html", SavedQueryIndex.html(queries.all()));
      return;
    }
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
    Answer answer = service.answer(query.text(), null, variables);
    ExecutionResult result = answer.result();
    int status = ResultStatus.of(exchange, result, result.isDataPresent() ? 200 : 400);
    if (status == 503 || status == 429) {
      send(exchange, status, "application/json", json.writeValueAsString(result.toSpecification()));
      return;
    }
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
    if (status == 200 && Revalidation.notModified(exchange, answer.snapshot())) {
      return;
    }
    if (format.equals("csv")) {
      exchange
          .getResponseHeaders()
          .put(Headers.CONTENT_DISPOSITION, "inline; filename=\"" + query.name() + ".csv\"");
      send(exchange, 200, "text/csv", CsvTable.of(query.rows(), data));
    } else {
      send(exchange, status, "application/json", json.writeValueAsString(result.toSpecification()));
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

  /** URL parameters are the query's variables; those starting with "_" (cache busters) are not. */
  private Map<String, Object> variables(HttpServerExchange exchange, SavedQuery query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    exchange
        .getQueryParameters()
        .forEach(
            (name, values) -> {
              if (!RESERVED.contains(name) && !name.startsWith("_")) {
                parameters.put(name, values.getFirst());
              }
            });
    return SavedQueryParameters.variables(query, parameters, service.schema());
  }

  /** Browsers ask for text/html before anything else; clients that ask for JSON get JSON. */
  private static boolean wantsHtml(HttpServerExchange exchange) {
    for (String type : Accept.types(exchange)) {
      if (type.equals("text/html")) {
        return true;
      }
      if (type.equals("application/json") || type.equals("*/*")) {
        return false;
      }
    }
    return false;
  }

  private static Map<String, Object> summary(SavedQuery query) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("name", query.name());
    summary.put("description", query.description());
    summary.put("variables", query.variables());
    summary.put("url", "/queries/" + query.name());
    summary.put("text", query.text());
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
