package nl.langerthuis.graph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The rules for arguments shared by many fields: page size, cursor, free text. */
final class Arguments {
  static final int MAX_FIRST = 100;
  static final int MAX_TEXT = 200;

  private Arguments() {}

  /** The sort key a cursor stands for, or null for the first page. */
  static String sortKey(String after) {
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
    return sortKey == null
        ? null
        : Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(("c:" + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  /** Free text, stripped; null stays null; blank or too long breaks a rule. */
  static String text(String name, String text) {
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
