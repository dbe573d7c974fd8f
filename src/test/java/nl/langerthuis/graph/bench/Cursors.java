package nl.langerthuis.graph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's page cursors: base64url of {@code "c:" + sortKey}, as {@code api.Arguments} makes them.
 * Cypher has no base64, so the raw client returns sort keys and encodes them here. If the API's
 * cursor format changes, this is the one place the benchmark follows it.
 */
final class Cursors {
  private Cursors() {}

  static String encode(String sortKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c:" + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String cursor) {
    String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    if (!text.startsWith("c:")) {
      throw new IllegalArgumentException("not a cursor of this API: " + cursor);
    }
    return text.substring(2);
  }

  /** A copy of a Cypher result in which every {@code endCursor} sort key is an encoded cursor. */
  static Object encodeEndCursors(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (key, child) ->
              copy.put(
                  (String) key,
                  "endCursor".equals(key) && child instanceof String sortKey
                      ? encode(sortKey)
                      : encodeEndCursors(child)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(child -> copy.add(encodeEndCursors(child)));
      return copy;
    }
    return value;
  }
}
