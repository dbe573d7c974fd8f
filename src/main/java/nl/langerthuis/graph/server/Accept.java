package nl.langerthuis.graph.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.QValueParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The media types a request's {@code Accept} header asks for, most preferred first (by q-value,
 * then in the order given), without their parameters and without those refused with {@code q=0},
 * parsed by Undertow. A malformed part (";", ",", an empty type) is no type: it never fails the
 * request.
 */
final class Accept {
  private Accept() {}

  /** The types in order of preference; empty when the request has no usable Accept header. */
  static List<String> types(HttpServerExchange exchange) {
    List<String> headers = exchange.getRequestHeaders().get(Headers.ACCEPT);
    return headers == null ? List.of() : types(headers);
  }

  static List<String> types(List<String> headers) {
    List<String> types = new ArrayList<>();
    for (List<QValueParser.QValueResult> group : QValueParser.parse(headers)) {
      for (QValueParser.QValueResult result : group) {
        String type = mediaType(result.getValue());
        if (!result.isQValueZero() && type.contains("/") && !type.startsWith("/")) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static String mediaType(String value) {
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }
}
