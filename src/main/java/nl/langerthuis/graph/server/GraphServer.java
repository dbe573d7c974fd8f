package nl.langerthuis.graph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.predicate.Predicates;
import io.undertow.server.DefaultResponseListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.RequestBufferingHandler;
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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.inject.Inject;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.SavedQueries;
import org.xnio.Options;

/**
 * The HTTP face of the service: {@code /graphql}, GraphiQL at {@code /}, the SDL at {@code
 * /schema.graphql} and {@code /health}. {@link #stop()} lets requests in flight finish before it
 * returns.
 */
public final class GraphServer {
  private static final Logger LOG = Logger.getLogger(GraphServer.class.getName());

  /**
   * Request bodies of /graphql are read on the I/O thread before a worker takes the request (up to
   * this many 16 KB buffers, the 1 MB body limit), so a client that sends slowly holds no worker.
   */
  private static final int BODY_BUFFERS = 66;

  private final ServerConfig config;
  private final GraphQLService service;
  private final SavedQueries savedQueries;
  private final Supplier<Map<String, Object>> health;
  private final WebAccess access;
  private final ObjectMapper json = new ObjectMapper();
  private GracefulShutdownHandler shutdown;
  private Undertow undertow;

  @Inject
  public GraphServer(
      ServerConfig config,
      GraphQLService service,
      SavedQueries savedQueries,
      HealthCheck health,
      WebAccess access) {
    this.config = config;
    this.service = service;
    this.savedQueries = savedQueries;
    this.health = health;
    this.access = access;
  }

  /** A server open to any origin and any query. */
  public GraphServer(
      ServerConfig config, GraphQLService service, SavedQueries savedQueries, HealthCheck health) {
    this(config, service, savedQueries, health, WebAccess.OPEN);
  }

  /**
   * The store's health as a JSON map with {@code status} UP or DOWN, answered from memory (it runs
   * on an I/O thread).
   */
  public interface HealthCheck extends Supplier<Map<String, Object>> {}

  public void start() {
    PathHandler routes =
        Handlers.path(GraphServer::notFound)
            .addExactPath(
                "/graphql",
                new Revalidation(
                    new RequestBufferingHandler(
                        limited(
                            new GraphQLHttpHandler(
                                service,
                                json,
                                new PersistedDocuments(savedQueries, access.persistedOnly()))),
                        BODY_BUFFERS)))
            .addExactPath("/health", this::ready)
            .addExactPath("/health/ready", this::ready)
            .addExactPath("/health/live", GraphServer::live)
            .addPrefixPath(
                "/queries",
                new Revalidation(limited(new SavedQueryHandler(savedQueries, service, json))))
            .addExactPath("/feed.atom", limited(new StatusFeedHandler(savedQueries, service)))
            .addPrefixPath("/explore", ExplorerHandler.page())
            .addPrefixPath("/explore/assets", ExplorerHandler.assets());
    if (service.allowsIntrospection()) {
      routes.addExactPath("/schema.graphql", text("text/plain", service.sdl()));
    }
    if (config.graphiql()) {
      String graphiql = page("graphiql.html");
      routes
          .addPrefixPath(
              "/webjars",
              readOnly(
                  Handlers.resource(
                      new ClassPathResourceManager(
                          GraphServer.class.getClassLoader(), "META-INF/resources/webjars"))))
          .addExactPath(
              "/",
              SecurityHeaders.withPolicy(
                  SecurityHeaders.graphiqlPolicy(graphiql), text("text/html", graphiql)));
    }
    shutdown =
        Handlers.gracefulShutdown(
            new SecurityHeaders(
                Revalidation.withoutIdentityCoding(
                    compressed(new CrossOrigin(access, answeringFailures(routes))))));
    int readTimeout = (int) config.readTimeout().toMillis();
    undertow =
        Undertow.builder()
            .addHttpListener(config.port(), config.host())
            .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, readTimeout)
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 6 * readTimeout)
            .setSocketOption(Options.READ_TIMEOUT, readTimeout)
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

  /**
   * Fails when the configured address cannot be bound (port in use, unknown host), before anything
   * slow starts. Port 0 always binds.
   */
  public static void checkCanListen(ServerConfig config) {
    if (config.port() == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(config.host(), config.port()));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + (e.getMessage() == null ? "address unavailable" : e.getMessage())
              + " (is another server on that port? --port chooses another)",
          e);
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

  /**
   * Readiness: 200 only when the store holds a loaded seed, else 503 with the reason; answered from
   * the state the store keeps, never by asking Neo4j on this thread.
   */
  private void ready(HttpServerExchange exchange) throws IOException {
    Map<String, Object> body = health.get();
    exchange.setStatusCode("UP".equals(body.get("status")) ? 200 : 503);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send(json.writeValueAsString(body));
  }

  /** Liveness: the process serves HTTP; says nothing about the store. */
  private static void live(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send("{\"status\":\"UP\"}");
  }

  private HttpHandler limited(HttpHandler next) {
    return new PerClientLimit(next, config.perClient());
  }

  /**
   * Whatever escapes a handler is logged once with an id and answered as JSON naming that id, never
   * with an empty body or a stack trace.
   */
  private HttpHandler answeringFailures(HttpHandler next) {
    return exchange -> {
      exchange.addDefaultResponseListener(this::internalError);
      next.handleRequest(exchange);
    };
  }

  private boolean internalError(HttpServerExchange exchange) {
    Throwable cause = exchange.getAttachment(DefaultResponseListener.EXCEPTION);
    if (cause == null || !exchange.isResponseChannelAvailable()) {
      return false; // a 503 or 429 the handler answered itself is not an internal error
    }
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.WARNING, "Internal error [" + id + "] on " + exchange.getRequestPath(), cause);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
    exchange
        .getResponseSender()
        .send(
            "{\"errors\":[{\"message\":\"Internal error (error id "
                + id
                + ", see the server log)\",\"extensions\":{\"code\":\"INTERNAL_ERROR\"}}]}");
    return true;
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
    return readOnly(
        exchange -> {
          exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
          exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
        });
  }

  /**
   * Answers GET and HEAD with {@code next}, any other method with 405 and {@code Allow} (Undertow's
   * resource handler answers 501 to a method it does not know, such as PATCH).
   */
  private static HttpHandler readOnly(HttpHandler next) {
    return exchange -> {
      if (!Methods.GET.equals(exchange.getRequestMethod())
          && !Methods.HEAD.equals(exchange.getRequestMethod())) {
        exchange.setStatusCode(405);
        exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
        exchange.endExchange();
        return;
      }
      next.handleRequest(exchange);
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
