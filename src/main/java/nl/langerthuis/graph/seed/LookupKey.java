package nl.langerthuis.graph.seed;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names, aliases and abbreviations are looked up: lower case, no diacritics,
 * '&amp;' read as 'en', punctuation and runs of whitespace folded to one space. "Zorg &amp;
 * Zekerheid" and "zorg en zekerheid" meet.
 */
public final class LookupKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

  private LookupKey() {}

  public static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " en ");
    return NON_WORD.matcher(s).replaceAll(" ").strip();
  }
}
