package nl.langerthuis.graph.seed;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parliamentary paper numbers. The canonical form is dossier, optional Roman suffix and sequence
 * number joined by hyphens: {@code 31765-446}, {@code 35300-XVI-22}. Parsing accepts the forms the
 * documents use, such as {@code "31 765, nr. 446"}, {@code "35 300-XVI, nr. 22"} and {@code "34 775
 * XVI, nr. 88"}.
 */
public final class Kamerstuk {
  private static final Pattern FORM =
      Pattern.compile(
          "^\\s*(\\d{2}\\s?\\d{3})\\s*[-,]?\\s*(?:([IVXLC]+)\\s*[-,]?\\s*)?(?:nr\\.?\\s*)?(\\d{1,4})\\s*$",
          Pattern.CASE_INSENSITIVE);

  private Kamerstuk() {}

  /** The canonical form of {@code text}, or empty when it is not a Kamerstuk number. */
  public static Optional<String> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String dossier = m.group(1).replace(" ", "");
    String suffix = m.group(2) == null ? "" : "-" + m.group(2).toUpperCase(Locale.ROOT);
    return Optional.of(dossier + suffix + "-" + Integer.parseInt(m.group(3)));
  }
}
