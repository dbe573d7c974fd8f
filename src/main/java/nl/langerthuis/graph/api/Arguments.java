package nl.langerthuis.graph.api;

import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads and checks the arguments shared by many fields: page size, cursor, free text. */
final class Arguments {
  static final int MAX_FIRST = 100;
  static final int MAX_TEXT = 200;

  private Arguments() {}

  static int first(DataFetchingEnvironment env, int defaultValue) {
    Integer first = env.getArgument("first");
    int value = first == null ? defaultValue : first;
    if (value < 0 || value > MAX_FIRST) {
      throw new ArgumentException(
          "first", "must be between 0 and " + MAX_FIRST + " (got " + value + ")");
    }
    return value;
  }

  /** The sort key a cursor stands for, or null for the first page. */
  static String after(DataFetchingEnvironment env) {
    String after = env.getArgument("after");
    if (after == null) {
      return null;
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
      if (!decoded.startsWith("c:")) {
        throw new IllegalArgumentException();
      }
      return decoded.substring(2);
    } catch (IllegalArgumentException e) {
      throw new ArgumentException(
          "after", "must be an endCursor returned by this API (got '" + after + "')");
    }
  }

  static String cursor(String sortKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c:" + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  static String text(DataFetchingEnvironment env, String name) {
    String text = env.getArgument(name);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      throw new ArgumentException(name, "must not be empty");
    }
    if (text.length() > MAX_TEXT) {
      throw new ArgumentException(
          name, "must be at most " + MAX_TEXT + " characters (got " + text.length() + ")");
    }
    return text.strip();
  }
}
