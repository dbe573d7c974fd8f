package nl.langerthuis.graph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the HTTP server listens and what it lets one client do. Port 0 picks a free port (tests).
 *
 * @param perClient requests one client address may have in flight; one more is answered 429
 * @param readTimeout how long a client may take to send its request headers, and to send each part
 *     of its body
 * @param graphiql whether {@code /} serves GraphiQL
 */
public record ServerConfig(
    String host, int port, int perClient, Duration readTimeout, boolean graphiql) {
  public static final int DEFAULT_PER_CLIENT = 8;
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  public ServerConfig {
    Objects.requireNonNull(host, "host == null");
    Objects.requireNonNull(readTimeout, "readTimeout == null");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (perClient < 1) {
      throw new IllegalArgumentException("perClient must be positive, got " + perClient);
    }
  }

  public ServerConfig(String host, int port) {
    this(host, port, DEFAULT_PER_CLIENT, DEFAULT_READ_TIMEOUT, true);
  }
}
