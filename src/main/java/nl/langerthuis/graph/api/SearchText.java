package nl.langerthuis.graph.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.langerthuis.graph.seed.LookupKey;

/**
 * What a user typed into {@code search(text:)}, made safe and turned into the three queries of a
 * ranked search: the lookup key of an exact name, alias or abbreviation; a Lucene phrase query; and
 * a Lucene query of the words, their stems and their parts (Dutch plurals and compounds). The text
 * is split into words of letters and digits, so that nothing a user types reaches Lucene as syntax:
 * OR, AND and NOT are lower-cased words, quotes, brackets and wildcards are separators.
 *
 * <pre>{@code
 * SearchText text = SearchText.parse("wooncoach");
 * reader.search(text.key(), text.phraseQuery(), text.wordsQuery(), 20);
 * }</pre>
 */
final class SearchText {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final List<String> PLURAL_ENDINGS = List.of("'s", "ens", "en", "es", "s");
  private static final int MIN_STEM = 4;
  private static final int MIN_PREFIX = 3;
  private static final int MIN_INFIX = 5;
  private static final int SNIPPET_CONTEXT = 90;

  private final String text;
  private final List<String> words;

  private SearchText(String text, List<String> words) {
    this.text = text;
    this.words = words;
  }

  /**
   * Reads the text of a search; fails with a message naming the argument where it has no letter or
   * digit to look for.
   */
  static SearchText parse(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    if (words.isEmpty()) {
      throw new ArgumentException(
          "text", "must contain a letter or a digit to look for (got '" + text + "')");
    }
    return new SearchText(text, List.copyOf(words));
  }

  /** The lookup key an exact name, alias or abbreviation would have. */
  String key() {
    return LookupKey.of(text);
  }

  /** The words as one phrase, searched in names first; empty for a single word. */
  String phraseQuery() {
    if (words.size() < 2) {
      return "";
    }
    String phrase = "\"" + String.join(" ", words) + "\"";
    return "name:" + phrase + "^4 OR aliases:" + phrase + "^4 OR " + phrase;
  }

  /**
   * Every word, stemmed by the index's Dutch analyzer, or as the start of a longer word (a plural:
   * "wooncoach" finds "wooncoaches") or, for longer words, inside one (a compound: "coach" finds
   * "wooncoaches"); a word in a name counts four times.
   */
  String wordsQuery() {
    List<String> clauses = new ArrayList<>();
    for (String word : words) {
      String stem = stem(word);
      clauses.add("name:" + word + "^4");
      clauses.add("aliases:" + word + "^4");
      clauses.add(word);
      if (stem.length() >= MIN_PREFIX) {
        clauses.add(stem + "*^0.5");
      }
      if (stem.length() >= MIN_INFIX) {
        clauses.add("*" + stem + "*^0.2");
      }
    }
    return String.join(" OR ", clauses);
  }

  /**
   * The passage of a node that best shows why it matched: its label, an alias, a description or a
   * quote containing most of the words, cut around the first of them.
   */
  String snippet(Map<String, Object> node) {
    List<String> candidates = new ArrayList<>();
    candidates.add(String.valueOf(node.get("label")));
    for (String property : List.of("aliases", "abbreviation", "description", "sourceQuotes")) {
      Object value = node.get(property);
      if (value instanceof List<?> values) {
        values.forEach(v -> candidates.add(String.valueOf(v)));
      } else if (value instanceof String s) {
        candidates.add(s);
      }
    }
    String best = candidates.get(0);
    int bestCount = 0;
    for (String candidate : candidates) {
      int count = matchingWords(candidate).size();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return bestCount == 0 ? best : around(best);
  }

  private Set<String> matchingWords(String candidate) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    Set<String> found = new LinkedHashSet<>();
    for (String word : words) {
      if (lower.contains(stem(word))) {
        found.add(word);
      }
    }
    return found;
  }

  private String around(String passage) {
    String lower = passage.toLowerCase(Locale.ROOT);
    int at =
        words.stream().mapToInt(w -> lower.indexOf(stem(w))).filter(i -> i >= 0).min().orElse(0);
    int from = Math.max(0, at - SNIPPET_CONTEXT);
    int to = Math.min(passage.length(), at + SNIPPET_CONTEXT);
    return (from > 0 ? "…" : "") + passage.substring(from, to) + (to < passage.length() ? "…" : "");
  }

  /** The word without a Dutch plural ending, where enough of it remains. */
  private static String stem(String word) {
    for (String ending : PLURAL_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }
}
