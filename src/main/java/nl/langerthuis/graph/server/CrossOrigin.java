package nl.langerthuis.graph.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;

/**
 * CORS (the Fetch standard's cross-origin rules) for a read-only API without credentials: answers
 * preflight requests itself and marks answers readable by the allowed origins. A plain {@code
 * OPTIONS} request gets the methods the path allows.
 */
final class CrossOrigin implements HttpHandler {
  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
  private static final HttpString REQUEST_HEADERS =
      new HttpString("Access-Control-Request-Headers");
  private static final String SAFE_HEADERS =
      "Content-Type, Accept, If-None-Match, Cache-Control, Apollo-Require-Preflight";

  private final WebAccess access;
  private final HttpHandler next;

  CrossOrigin(WebAccess access, HttpHandler next) {
    this.access = access;
    this.next = next;
  }

  /** The methods a path answers: POST only on {@code /graphql}. */
  static String methods(String path) {
    return path.equals("/graphql") ? "GET, POST, OPTIONS" : "GET, HEAD, OPTIONS";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HeaderMap request = exchange.getRequestHeaders();
    String origin = request.getFirst(Headers.ORIGIN);
    if (!access.corsOrigins().isEmpty()) {
      exchange.getResponseHeaders().add(Headers.VARY, "Origin");
    }
    boolean options = Methods.OPTIONS.equals(exchange.getRequestMethod());
    if (options && origin != null && request.contains(REQUEST_METHOD)) {
      preflight(exchange, origin);
      return;
    }
    if (options) {
      exchange.setStatusCode(204);
      exchange.getResponseHeaders().put(Headers.ALLOW, methods(exchange.getRequestPath()));
      exchange.endExchange();
      return;
    }
    if (origin != null && access.allows(origin)) {
      allowOrigin(exchange, origin);
      exchange.getResponseHeaders().put(EXPOSE_HEADERS, "ETag, Link, Content-Disposition");
    }
    next.handleRequest(exchange);
  }

  private void preflight(HttpServerExchange exchange, String origin) {
    if (!access.allows(origin)) {
      exchange.setStatusCode(403);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
      exchange
          .getResponseSender()
          .send(
              "Origin "
                  + origin
                  + " may not call this service (allowed: "
                  + String.join(", ", access.corsOrigins())
                  + ")",
              StandardCharsets.UTF_8);
      return;
    }
    HeaderMap response = exchange.getResponseHeaders();
    allowOrigin(exchange, origin);
    response.put(ALLOW_METHODS, methods(exchange.getRequestPath()));
    String asked = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
    response.put(ALLOW_HEADERS, asked == null || asked.isBlank() ? SAFE_HEADERS : asked);
    response.put(MAX_AGE, "86400");
    response.add(Headers.VARY, "Access-Control-Request-Method");
    response.add(Headers.VARY, "Access-Control-Request-Headers");
    exchange.setStatusCode(204);
    exchange.endExchange();
  }

  private void allowOrigin(HttpServerExchange exchange, String origin) {
    exchange.getResponseHeaders().put(ALLOW_ORIGIN, access.corsOrigins().isEmpty() ? "*" : origin);
  }
}
