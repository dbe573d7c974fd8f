package nl.langerthuis.graph.server;

import java.util.List;
import java.util.Objects;

/**
 * Who may call the service from a browser, and what it runs. The API is read-only and takes no
 * credentials, so by default a page on any origin may call it, as public GraphQL APIs allow.
 *
 * @param corsOrigins origins allowed to call from a browser (e.g. {@code
 *     https://dash.example.org}); empty allows any origin
 * @param persistedOnly whether {@code /graphql} runs only the saved queries (by name or hash)
 */
public record WebAccess(List<String> corsOrigins, boolean persistedOnly) {
  /** Any origin, any query: the default. */
  public static final WebAccess OPEN = new WebAccess(List.of(), false);

  public WebAccess {
    corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins == null"));
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException(
            "--cors-origin must be a scheme and host such as https://dash.example.org (got '"
                + origin
                + "')");
      }
    }
  }

  boolean allows(String origin) {
    return corsOrigins.isEmpty() || corsOrigins.contains(origin);
  }
}
