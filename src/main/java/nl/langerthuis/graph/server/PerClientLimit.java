package nl.langerthuis.graph.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets each client address have at most {@code limit} requests in flight; one more is answered 429
 * with Retry-After at once, so that one client cannot take every worker. Behind a load balancer
 * every client shares its address: there the balancer's own per-client limit applies.
 */
final class PerClientLimit implements HttpHandler {
  private final HttpHandler next;
  private final int limit;
  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  PerClientLimit(HttpHandler next, int limit) {
    this.next = next;
    this.limit = limit;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    InetSocketAddress source = exchange.getSourceAddress();
    String client = source == null ? "?" : source.getAddress().getHostAddress();
    AtomicInteger count = inFlight.computeIfAbsent(client, k -> new AtomicInteger());
    if (count.incrementAndGet() > limit) {
      release(client, count);
      exchange.setStatusCode(429);
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
      exchange
          .getResponseSender()
          .send(
              "{\"errors\":[{\"message\":\"More than "
                  + limit
                  + " requests at once from one client; retry in a moment\","
                  + "\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}");
      return;
    }
    exchange.addExchangeCompleteListener(
        (done, proceed) -> {
          release(client, count);
          proceed.proceed();
        });
    next.handleRequest(exchange);
  }

  private void release(String client, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      inFlight.remove(client, count);
    }
  }
}
