package nl.langerthuis.graph.server;

import java.util.Objects;

/** Where the HTTP server listens. Port 0 picks a free port (tests). */
public record ServerConfig(String host, int port) {
  public ServerConfig {
    Objects.requireNonNull(host, "host == null");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
  }
}
