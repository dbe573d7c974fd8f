package nl.langerthuis.graph.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence of a document, verbatim, with where it stands: the section heading (or {@code
 * footnote N}), its line, the paragraph it belongs to and the footnotes it points to.
 *
 * @param text the sentence exactly as in the source (markup, footnote marks and line breaks kept)
 * @param at the section heading it stands under, or {@code footnote N}
 * @param line the 1-based line it starts on
 * @param paragraph a running number shared by the sentences of one paragraph or list item
 * @param marks the footnote numbers this sentence points to
 * @param footnote the number of the footnote this sentence belongs to, or 0
 */
record Passage(String text, String at, int line, int paragraph, List<Integer> marks, int footnote) {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern BULLET = Pattern.compile("^(?:[-*•▪]|\\d{1,2}[.)])\\s+");

  Passage {
    marks = List.copyOf(marks);
  }

  /** The sentence as a quote: whitespace folded, a leading bullet dropped. */
  String quote() {
    return BULLET.matcher(SPACE.matcher(text).replaceAll(" ").strip()).replaceFirst("");
  }

  boolean isFootnote() {
    return footnote > 0;
  }
}
