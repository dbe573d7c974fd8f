package nl.langerthuis.graph.server;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The explorer: {@code /explore} and {@code /explore/<node id>} answer the one page, whose script
 * reads the node from the URL and the graph through the saved queries; {@code /explore/assets/}
 * serves its script and style. Everything runs from the service (cytoscape.js from its WebJar), so
 * the pages work offline, and no script is inline, so the pages carry a strict Content Security
 * Policy.
 */
final class ExplorerHandler implements HttpHandler {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final String page = read("/web/explore/index.html");

  /** The page and its assets, each with the explorer's security headers. */
  static HttpHandler page() {
    return secured(new ExplorerHandler());
  }

  static HttpHandler assets() {
    return secured(
        Handlers.resource(
            new ClassPathResourceManager(ExplorerHandler.class.getClassLoader(), "web/explore")));
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (!Methods.GET.equals(exchange.getRequestMethod())
        && !Methods.HEAD.equals(exchange.getRequestMethod())) {
      exchange.setStatusCode(405);
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      exchange.endExchange();
      return;
    }
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    exchange.getResponseSender().send(page, StandardCharsets.UTF_8);
  }

  private static HttpHandler secured(HttpHandler next) {
    return exchange -> {
      exchange
          .getResponseHeaders()
          .put(HttpString.tryFromString("Content-Security-Policy"), CONTENT_SECURITY_POLICY)
          .put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff")
          .put(HttpString.tryFromString("Referrer-Policy"), "same-origin");
      next.handleRequest(exchange);
    };
  }

  private static String read(String resource) {
    try (InputStream in = ExplorerHandler.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
