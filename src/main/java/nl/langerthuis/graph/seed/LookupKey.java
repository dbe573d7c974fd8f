package nl.langerthuis.graph.seed;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The form in which names, aliases and abbreviations are looked up: lower case, no diacritics,
 * '&amp;' read as 'en', punctuation and runs of whitespace folded to one space, and a leading
 * generic word ("gemeente", "commissie", "stichting", "provincie") dropped. "Zorg &amp; Zekerheid"
 * and "zorg en zekerheid" meet, and so do "Gemeente Katwijk" and "Katwijk".
 *
 * <p>{@link #parts} gives the whole-word parts a name can also be found by: "Bergkamp" for "Vera
 * Bergkamp", "de Jonge" and "Jonge" for "Hugo de Jonge". Parts are inexact keys: a lookup prefers a
 * node named exactly.
 */
public final class LookupKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");
  private static final Set<String> GENERIC_LEADING_WORDS =
      Set.of("gemeente", "commissie", "stichting", "provincie");

  /** Words that never start or end a part on their own: articles, prepositions, titles. */
  private static final Set<String> FILLERS =
      Set.of(
          "de", "het", "een", "van", "der", "den", "en", "voor", "in", "op", "te", "ter", "ten",
          "met", "aan", "bij", "of", "t", "mevr", "mevrouw", "dhr", "drs", "dr", "mr", "ir", "prof",
          "the", "and");

  /** Words a part may start with when a surname follows: "de Jonge", "van Rijn", "van der Burg". */
  private static final Set<String> NAME_PREFIXES = Set.of("de", "van", "der", "den", "ter", "ten");

  private LookupKey() {}

  public static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " en ");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    int space = s.indexOf(' ');
    if (space > 0 && GENERIC_LEADING_WORDS.contains(s.substring(0, space))) {
      return s.substring(space + 1);
    }
    return s;
  }

  /**
   * The whole-word parts of a name's key, without the key itself: every run of consecutive words
   * that ends in a word of at least two letters other than a filler, and starts with such a word or
   * with a name prefix ("de", "van", ...).
   */
  public static Set<String> parts(String name) {
    List<String> words = Arrays.asList(of(name).split(" "));
    Set<String> parts = new LinkedHashSet<>();
    for (int from = 0; from < words.size(); from++) {
      addRunsFrom(words, from, parts);
    }
    parts.remove(String.join(" ", words));
    return parts;
  }

  private static void addRunsFrom(List<String> words, int from, Set<String> parts) {
    for (int to = from + 1; to <= words.size(); to++) {
      List<String> run = words.subList(from, to);
      if (isPart(run)) {
        parts.add(String.join(" ", run));
      }
    }
  }

  private static boolean isPart(List<String> run) {
    String first = run.get(0);
    String last = run.get(run.size() - 1);
    boolean startsWell = isWord(first) || (run.size() > 1 && NAME_PREFIXES.contains(first));
    return startsWell && isWord(last);
  }

  private static boolean isWord(String word) {
    return word.length() >= 2 && !FILLERS.contains(word);
  }
}
