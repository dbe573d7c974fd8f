package nl.langerthuis.graph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.predicate.Predicates;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.inject.Inject;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.SavedQueries;

/**
 * The HTTP face of the service: {@code /graphql}, GraphiQL at {@code /}, the SDL at {@code
 * /schema.graphql} and {@code /health}. {@link #stop()} lets requests in flight finish before it
 * returns.
 */
public final class GraphServer {
  private final ServerConfig config;
  private final GraphQLService service;
  private final SavedQueries savedQueries;
  private final Supplier<Map<String, Object>> health;
  private final ObjectMapper json = new ObjectMapper();
  private GracefulShutdownHandler shutdown;
  private Undertow undertow;

  @Inject
  public GraphServer(
      ServerConfig config, GraphQLService service, SavedQueries savedQueries, HealthCheck health) {
    this.config = config;
    this.service = service;
    this.savedQueries = savedQueries;
    this.health = health;
  }

  /** Reports the store's state for {@code /health}. */
  public interface HealthCheck extends Supplier<Map<String, Object>> {}

  public void start() {
    HttpHandler routes =
        Handlers.path(GraphServer::notFound)
            .addPrefixPath(
                "/webjars",
                Handlers.resource(
                    new ClassPathResourceManager(
                        GraphServer.class.getClassLoader(), "META-INF/resources/webjars")))
            .addExactPath("/", text("text/html", page("graphiql.html")))
            .addExactPath("/graphql", new GraphQLHttpHandler(service, json))
            .addExactPath("/schema.graphql", text("text/plain", service.sdl()))
            .addExactPath("/health", this::health)
            .addPrefixPath("/queries", new SavedQueryHandler(savedQueries, service, health, json))
            .addExactPath("/feed.atom", new StatusFeedHandler(savedQueries, service))
            .addPrefixPath("/explore", ExplorerHandler.page())
            .addPrefixPath("/explore/assets", ExplorerHandler.assets());
    shutdown = Handlers.gracefulShutdown(compressed(routes));
    undertow =
        Undertow.builder()
            .addHttpListener(config.port(), config.host())
            .setHandler(shutdown)
            .build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      undertow = null;
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + cause.getMessage(), e);
    }
  }

  /** The port actually bound (differs from the configured one when that was 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  public String url() {
    return "http://" + config.host() + ":" + port() + "/";
  }

  /** Stops taking requests, waits up to 10 s for those in flight, then closes the listener. */
  public void stop() {
    if (undertow == null) {
      return;
    }
    shutdown.shutdown();
    try {
      shutdown.awaitShutdown(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    undertow.stop();
    undertow = null;
  }

  private void health(HttpServerExchange exchange) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      body.put("status", "UP");
      body.putAll(health.get());
      exchange.setStatusCode(200);
    } catch (RuntimeException e) {
      body.put("status", "DOWN");
      body.put("reason", "the graph store does not answer");
      exchange.setStatusCode(503);
    }
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseSender().send(json.writeValueAsString(body));
  }

  /** Gzip for clients that accept it: listings with their quotes shrink several times over. */
  private static HttpHandler compressed(HttpHandler next) {
    ContentEncodingRepository encodings =
        new ContentEncodingRepository()
            .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, Predicates.truePredicate());
    return new EncodingHandler(next, encodings);
  }

  private static void notFound(HttpServerExchange exchange) {
    exchange.setStatusCode(404);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
    exchange
        .getResponseSender()
        .send("Not found. The API is at /graphql, GraphiQL at /, the schema at /schema.graphql.");
  }

  private static HttpHandler text(String mediaType, String body) {
    return exchange -> {
      if (!Methods.GET.equals(exchange.getRequestMethod())
          && !Methods.HEAD.equals(exchange.getRequestMethod())) {
        exchange.setStatusCode(405);
        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
        exchange.endExchange();
        return;
      }
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
      exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    };
  }

  private static String page(String name) {
    try (InputStream in = GraphServer.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
