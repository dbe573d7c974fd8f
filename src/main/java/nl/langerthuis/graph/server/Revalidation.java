package nl.langerthuis.graph.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.encoding.AllowedContentEncodings;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Conditional GET by RFC 9110 for answers that change only when the graph does: an entity tag made
 * of the loaded seed's hash, the request's URL, its media type and its content coding (a gzipped
 * answer is another representation, so it gets another tag); {@code If-None-Match} compared weakly
 * by Undertow's {@link ETagUtils} (weak tags, lists and {@code *}); 304 without running the query.
 *
 * <p>The seed hash is read before the answer and again before it is sent; a reload that commits in
 * between changes the hash, and the answer then goes out without a tag rather than with the wrong
 * one.
 */
final class Revalidation implements HttpHandler {
  private static final String JSON = "application/json";
  private static final java.util.Set<String> MEDIA_TYPES =
      java.util.Set.of(
          "application/graphql-response+json", "application/json", "text/html", "text/csv");

  private final Supplier<Optional<String>> seedHash;
  private final HttpHandler next;

  Revalidation(Supplier<Optional<String>> seedHash, HttpHandler next) {
    this.seedHash = seedHash;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    boolean safe =
        Methods.GET.equals(exchange.getRequestMethod())
            || Methods.HEAD.equals(exchange.getRequestMethod());
    HeaderMap response = exchange.getResponseHeaders();
    response.add(Headers.VARY, "Accept");
    response.add(Headers.VARY, "Accept-Encoding");
    Optional<String> before = safe ? currentSeed() : Optional.empty();
    if (before.isEmpty()) {
      next.handleRequest(exchange);
      return;
    }
    ETag tag = tag(before.get(), exchange);
    response.put(Headers.CACHE_CONTROL, "no-cache");
    response.put(Headers.ETAG, tag.toString());
    if (matches(exchange, tag)) {
      exchange.setStatusCode(304);
      exchange.endExchange();
      return;
    }
    exchange.addResponseCommitListener(
        ex -> {
          if (ex.getStatusCode() != 200 || !currentSeed().equals(before)) {
            ex.getResponseHeaders().remove(Headers.ETAG);
          }
        });
    next.handleRequest(exchange);
  }

  /**
   * Whether If-None-Match names this tag, compared weakly as RFC 9110 (section 13.1.2) has it for
   * GET. Undertow's parser drops a bare {@code *} (any current representation), so that is checked
   * here.
   */
  private static boolean matches(HttpServerExchange exchange, ETag tag) {
    String ifNoneMatch = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
    if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
      return true;
    }
    return !ETagUtils.handleIfNoneMatch(exchange, tag, true);
  }

  /**
   * The media type an answer will have, from the first type in Accept that some route serves, so
   * that answers in different types get different tags. Both routes answer JSON by default.
   */
  private static String mediaType(HttpServerExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
    if (accept == null) {
      return JSON;
    }
    for (String part : accept.split(",")) {
      String type = part.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (MEDIA_TYPES.contains(type)) {
        return type;
      }
    }
    return JSON;
  }

  private Optional<String> currentSeed() {
    try {
      return seedHash.get();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ETag tag(String seed, HttpServerExchange exchange) {
    AllowedContentEncodings encodings =
        exchange.getAttachment(AllowedContentEncodings.ATTACHMENT_KEY);
    String coding = encodings == null ? "identity" : encodings.getCurrentContentEncoding();
    String key =
        String.join(
            "\n", seed, exchange.getRequestPath(), exchange.getQueryString(), mediaType(exchange));
    String hash = HexFormat.of().formatHex(sha256(key), 0, 12);
    return new ETag(false, "identity".equals(coding) ? hash : hash + "-" + coding);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Leaves out {@code Content-Encoding: identity}, which Undertow's encoding handler sends when a
   * client lists {@code identity}: it is no content coding (RFC 9110, section 8.4.1). Wraps the
   * encoding handler, so that its header is set before this looks.
   */
  static HttpHandler withoutIdentityCoding(HttpHandler encoding) {
    return exchange -> {
      exchange.addResponseWrapper(
          (factory, ex) -> {
            var conduit = factory.create();
            if ("identity"
                .equalsIgnoreCase(ex.getResponseHeaders().getFirst(Headers.CONTENT_ENCODING))) {
              ex.getResponseHeaders().remove(Headers.CONTENT_ENCODING);
            }
            return conduit;
          });
      encoding.handleRequest(exchange);
    };
  }
}
