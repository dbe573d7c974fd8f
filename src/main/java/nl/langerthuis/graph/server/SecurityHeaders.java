package nl.langerthuis.graph.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers for public deployments on every answer: no MIME sniffing, no framing by other sites, no
 * referrer; pages add a Content-Security-Policy that allows only this server's own scripts.
 */
final class SecurityHeaders implements HttpHandler {
  private static final HttpString CSP = HttpString.tryFromString("Content-Security-Policy");
  private static final Pattern INLINE_SCRIPT =
      Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  private final HttpHandler next;

  SecurityHeaders(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    var headers = exchange.getResponseHeaders();
    headers.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
    headers.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
    headers.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
    next.handleRequest(exchange);
  }

  static HttpHandler withPolicy(String policy, HttpHandler page) {
    return exchange -> {
      exchange.getResponseHeaders().put(CSP, policy);
      page.handleRequest(exchange);
    };
  }

  /**
   * GraphiQL's policy: scripts from this server plus the page's own inline script, allowed by its
   * hash; styles inline too (the editor sets them); requests only to this server.
   */
  static String graphiqlPolicy(String page) {
    List<String> hashes = new ArrayList<>();
    Matcher script = INLINE_SCRIPT.matcher(page);
    while (script.find()) {
      hashes.add("'sha256-" + sha256(script.group(1)) + "'");
    }
    return "default-src 'self'; script-src 'self' "
        + String.join(" ", hashes)
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
        + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
