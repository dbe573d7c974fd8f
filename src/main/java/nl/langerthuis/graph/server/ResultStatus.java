package nl.langerthuis.graph.server;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Map;

/**
 * The HTTP status of a GraphQL result whose errors are the server's condition rather than the
 * query's: a store outage or a full worker pool is 503 with {@code Retry-After}, a client over its
 * share is 429, on every endpoint that runs GraphQL.
 */
final class ResultStatus {
  private ResultStatus() {}

  /** The status for {@code result}, or {@code otherwise}; sets Retry-After where it applies. */
  static int of(HttpServerExchange exchange, ExecutionResult result, int otherwise) {
    for (GraphQLError error : result.getErrors()) {
      Map<String, Object> extensions = error.getExtensions();
      Object code = extensions == null ? null : extensions.get("code");
      if ("STORE_UNAVAILABLE".equals(code) || "OVERLOADED".equals(code)) {
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
        return 503;
      }
      if ("RATE_LIMITED".equals(code)) {
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
        return 429;
      }
    }
    return otherwise;
  }
}
