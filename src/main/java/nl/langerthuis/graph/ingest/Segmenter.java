package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of an official letter into sentences under their section headings. Headings are
 * Markdown {@code #} lines, bold lines, or short lines standing alone without a closing full stop;
 * footnotes are lines that start with a footnote mark ({@code <sup>3</sup>} or {@code ³}).
 */
final class Segmenter {
  private static final Pattern SUP_START = Pattern.compile("^\\s*<sup>(\\d{1,3})</sup>\\s*(.*)$");
  private static final Pattern SUPERSCRIPT_START = Pattern.compile("^\\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s+(.*)$");
  private static final Pattern SUP_MARK = Pattern.compile("<sup>(\\d{1,3})</sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+)$");
  private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*]{2,120})\\*\\*:?$");
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•▪]|\\d{1,2}[.)])\\s+\\S");
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "[.!?](?:[\"'”’)]|<sup>\\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰])*(?=\\s+[\"'“‘(<*]*[\\p{Lu}\\d])");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "nr", "jl", "o.a", "t.a.v", "drs", "dr", "mr", "prof", "ir", "mevr", "dhr", "bijv", "e.d",
          "m.b.t", "i.s.m", "incl", "ca", "resp", "etc", "vs", "zgn", "d.w.z", "m.n", "i.c.m",
          "n.a.v", "m.u.v", "blz", "p", "art", "min", "max", "st", "e.a", "z.g");
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private Segmenter() {}

  static List<Passage> split(String text) {
    List<Passage> passages = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    String section = "inleiding";
    int paragraph = 0;
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder block = new StringBuilder(lines[i]);
      i++;
      while (i < lines.length && !lines[i].isBlank() && !startsNewBlock(lines[i])) {
        block.append('\n').append(lines[i]);
        i++;
      }
      String heading = heading(block.toString());
      if (heading != null) {
        section = heading;
        continue;
      }
      paragraph++;
      addBlock(passages, block.toString(), section, start + 1, paragraph);
    }
    return passages;
  }

  private static boolean startsNewBlock(String line) {
    return ITEM.matcher(line).find()
        || SUP_START.matcher(line).matches()
        || SUPERSCRIPT_START.matcher(line).matches()
        || MARKDOWN_HEADING.matcher(line).matches();
  }

  /** The heading a block is, or null when it is text. */
  static String heading(String block) {
    String line = block.strip();
    if (line.isEmpty()) {
      return null;
    }
    Matcher markdown = MARKDOWN_HEADING.matcher(line);
    if (markdown.matches()) {
      return clean(markdown.group(1));
    }
    Matcher bold = BOLD_LINE.matcher(line);
    if (bold.matches()) {
      return clean(bold.group(1));
    }
    boolean shortLine =
        !line.contains("\n") && line.length() <= 90 && line.split("\\s+").length <= 12;
    boolean looksLikeHeading =
        shortLine
            && Character.isUpperCase(line.codePointAt(0))
            && !line.matches(".*[.;:,!?)]$")
            && !ITEM.matcher(line).find()
            && !line.startsWith("<")
            && !line.contains("|");
    return looksLikeHeading ? clean(line) : null;
  }

  private static String clean(String heading) {
    return heading.replace("**", "").replace("\\", "").replaceAll("\\s+", " ").strip();
  }

  private static void addBlock(
      List<Passage> passages, String block, String section, int line, int paragraph) {
    int footnote = 0;
    String body = block;
    Matcher sup = SUP_START.matcher(block.lines().findFirst().orElse(""));
    Matcher superscript = SUPERSCRIPT_START.matcher(block.lines().findFirst().orElse(""));
    if (sup.matches()) {
      footnote = Integer.parseInt(sup.group(1));
      body = block.substring(sup.start(2));
    } else if (superscript.matches()) {
      footnote = number(superscript.group(1));
      body = block.substring(superscript.start(2));
    }
    String at = footnote > 0 ? "footnote " + footnote : section;
    for (String sentence : sentences(body)) {
      passages.add(new Passage(sentence, at, line, paragraph, marks(sentence), footnote));
      line += (int) sentence.chars().filter(c -> c == '\n').count();
    }
  }

  /** The sentences of a block, each a verbatim slice of it. */
  static List<String> sentences(String block) {
    List<String> result = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(block);
    int from = 0;
    while (end.find()) {
      if (isAbbreviation(block, end.start())) {
        continue;
      }
      add(result, block.substring(from, end.end()));
      from = end.end();
    }
    add(result, block.substring(from));
    return result;
  }

  private static void add(List<String> result, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      result.add(s);
    }
  }

  private static boolean isAbbreviation(String block, int dot) {
    if (block.charAt(dot) != '.') {
      return false;
    }
    int start = dot;
    while (start > 0
        && !Character.isWhitespace(block.charAt(start - 1))
        && block.charAt(start - 1) != '(') {
      start--;
    }
    String word = block.substring(start, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word)
        || word.matches("\\p{L}")
        || word.matches("(\\p{L}\\.)+\\p{L}");
  }

  private static List<Integer> marks(String sentence) {
    List<Integer> marks = new ArrayList<>();
    Matcher m = SUP_MARK.matcher(sentence);
    while (m.find()) {
      marks.add(m.group(1) != null ? Integer.parseInt(m.group(1)) : number(m.group(2)));
    }
    return marks;
  }

  private static int number(String superscripts) {
    int n = 0;
    for (char c : superscripts.toCharArray()) {
      n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(c);
    }
    return n;
  }
}
