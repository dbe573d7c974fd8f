package nl.langerthuis.graph.seed;

import java.util.regex.Pattern;

/**
 * Normalises document text and quotes alike, so that a quote matches its document whatever the
 * rendition did to whitespace, markup (HTML tags, Markdown emphasis), footnote superscripts,
 * bullets and typographic quote marks. Nothing else is forgiven: spelling, dashes and punctuation
 * must be verbatim.
 */
public final class QuoteText {
  private static final Pattern TAGS =
      Pattern.compile(
          "</?(?:sup|sub|b|i|u|em|strong|br|p|span|div|a|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6])\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPERSCRIPTS = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00a0\\u00ad\\uf000-\\uf8ff]");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private QuoteText() {}

  /** Quotes shorter than this (after normalising) prove nothing and are refused. */
  public static final int MIN_LENGTH = 4;

  public static String normalise(String text) {
    String s = TAGS.matcher(text).replaceAll(" ");
    s = SUPERSCRIPTS.matcher(s).replaceAll("");
    s = s.replace('\u2018', '\'').replace('\u2019', '\'');
    s = s.replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"');
    s = s.replace("**", "").replace("\\", "");
    s = INVISIBLE.matcher(s).replaceAll(" ");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }
}
