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

/**
 * Conditional GET by RFC 9110 for answers that change only when the graph does: an entity tag made
 * of the snapshot the answer was read from (the seed hash its one Cypher statement read beside it),
 * the request's URL, its media type and its content coding (a gzipped answer is another
 * representation, so it gets another tag); {@code If-None-Match} compared weakly by Undertow's
 * {@link ETagUtils} (weak tags, lists and {@code *}). The handler varies every answer by {@code
 * Accept} and {@code Accept-Encoding}; the routes behind it call {@link #notModified} with an
 * answer's snapshot before they send it.
 *
 * <p>The query runs before the tag is known, so a 304 saves the transfer, not the query: in
 * exchange, a tag cannot name one graph while the answer comes from another, as one taken from what
 * the health check last saw could while a reload commits.
 */
final class Revalidation implements HttpHandler {
  private static final String JSON = "application/json";
  private static final java.util.Set<String> MEDIA_TYPES =
      java.util.Set.of(
          "application/graphql-response+json", "application/json", "text/html", "text/csv");

  private final HttpHandler next;

  Revalidation(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HeaderMap response = exchange.getResponseHeaders();
    response.add(Headers.VARY, "Accept");
    response.add(Headers.VARY, "Accept-Encoding");
    next.handleRequest(exchange);
  }

  /**
   * Tags the 200 answer to a GET or HEAD with the snapshot it was read from, and answers 304 Not
   * Modified instead when If-None-Match names that tag. Returns true when it answered; the caller
   * then sends nothing. Answers read from no snapshot get no tag.
   */
  static boolean notModified(HttpServerExchange exchange, Optional<String> snapshot) {
    boolean safe =
        Methods.GET.equals(exchange.getRequestMethod())
            || Methods.HEAD.equals(exchange.getRequestMethod());
    if (!safe || snapshot.isEmpty()) {
      return false;
    }
    ETag tag = tag(snapshot.get(), exchange);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    exchange.getResponseHeaders().put(Headers.ETAG, tag.toString());
    if (!matches(exchange, tag)) {
      return false;
    }
    exchange.setStatusCode(304);
    exchange.endExchange();
    return true;
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
    return Accept.types(exchange).stream().filter(MEDIA_TYPES::contains).findFirst().orElse(JSON);
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
