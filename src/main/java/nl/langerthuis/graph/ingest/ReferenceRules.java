package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kamerstuk numbers and what kind of paper each is. A number is read in the forms the chamber uses
 * ({@code 31 765, nr. 446}, {@code 35 300-XVI, nr. 22}, {@code 25 295, nr. 277, nr. 315}); the kind
 * comes from the words of the sentence that cites it, or of the sentence whose footnote it is.
 */
final class ReferenceRules {
  static final String NUMBER = "reference-number";
  static final String PAIRED = "reference-paired-dossiers";

  private static final Pattern REFERENCE =
      Pattern.compile(
          "(\\d{2}\\s?\\d{3})(?:[\\s-]*([IVXLC]+))?[\\s,-]*nr\\.?\\s*(\\d+)((?:\\s*,\\s*nr\\.?\\s*\\d+)*)");
  private static final Pattern MORE = Pattern.compile("nr\\.?\\s*(\\d+)");
  private static final Pattern SLASHED =
      Pattern.compile("(\\d{2}\\s?\\d{3})/(\\d{2}\\s?\\d{3}),?\\s*nr\\.?\\s*(\\d+)");
  private static final Pattern TWO_DOSSIERS =
      Pattern.compile(
          "(\\d{2}\\s?\\d{3})\\s+en\\s+(\\d{2}\\s?\\d{3}),?\\s*nr\\.?\\s*(\\d+)\\s+en\\s+(\\d+)");

  /** Paper kinds in the order they are tried, each with the words that say it. */
  private static final List<Map.Entry<String, Pattern>> KINDS =
      List.of(
          Map.entry("AMENDMENT", words("amendement(en)?")),
          Map.entry("MOTION", words("moties?|aangenomen motie")),
          Map.entry("LETTER", words("\\p{L}*brie(f|ven)|voortgangsrapportage|rapportage")),
          Map.entry("REPORT", words("rapport|monitor|advies|verslag|evaluatie|onderzoek")),
          Map.entry("BILL", words("wetsvoorstel|wijziging van de wet")),
          Map.entry("NOTE", words("\\p{L}*nota")));

  private static final Pattern MEMBER = words("kamerlid|het lid|de leden");

  private ReferenceRules() {}

  private static Pattern words(String alternatives) {
    return Pattern.compile(
        "(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static List<Draft.Reference> find(List<Passage> passages, Gazetteer gazetteer) {
    Map<String, List<Passage>> quotes = new LinkedHashMap<>();
    Map<String, String> rules = new LinkedHashMap<>();
    for (Passage passage : passages) {
      for (Map.Entry<String, String> found : numbers(passage.text()).entrySet()) {
        quotes.computeIfAbsent(found.getKey(), k -> new ArrayList<>()).add(passage);
        rules.putIfAbsent(found.getKey(), found.getValue());
      }
    }
    List<Draft.Reference> result = new ArrayList<>();
    quotes.forEach(
        (kamerstuk, cited) -> {
          Map.Entry<String, String> kind = classify(kamerstuk, cited, passages, gazetteer);
          result.add(
              new Draft.Reference(
                  kamerstuk, kind.getKey(), rules.get(kamerstuk) + "+" + kind.getValue(), cited));
        });
    return result;
  }

  /** The canonical numbers in a text, each with the rule that read it. */
  static Map<String, String> numbers(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String dossier = m.group(1).replace(" ", "") + (m.group(2) == null ? "" : "-" + m.group(2));
      found.putIfAbsent(dossier + "-" + Integer.parseInt(m.group(3)), NUMBER);
      Matcher more = MORE.matcher(m.group(4));
      while (more.find()) {
        found.putIfAbsent(dossier + "-" + Integer.parseInt(more.group(1)), NUMBER);
      }
    }
    Matcher two = TWO_DOSSIERS.matcher(text);
    while (two.find()) {
      found.putIfAbsent(two.group(1).replace(" ", "") + "-" + two.group(3), PAIRED);
      found.putIfAbsent(two.group(2).replace(" ", "") + "-" + two.group(4), PAIRED);
    }
    Matcher slashed = SLASHED.matcher(text);
    while (slashed.find()) {
      found.putIfAbsent(slashed.group(1).replace(" ", "") + "-" + slashed.group(3), PAIRED);
      found.putIfAbsent(slashed.group(2).replace(" ", "") + "-" + slashed.group(3), PAIRED);
    }
    return found;
  }

  /**
   * The kind of paper and the rule that said so: first the words around the number itself, then
   * those of the sentences that point to its footnote.
   */
  private static Map.Entry<String, String> classify(
      String kamerstuk, List<Passage> cited, List<Passage> all, Gazetteer gazetteer) {
    for (Passage passage : cited) {
      String kind = kindIn(passage.text());
      if (kind != null) {
        return Map.entry(kind, "kind-in-sentence");
      }
    }
    for (Passage passage : cited) {
      for (Passage citing : citing(passage, all)) {
        String kind = lastKindBefore(citing.text(), passage.footnote());
        if (kind != null) {
          return Map.entry(kind, "kind-in-citing-sentence");
        }
      }
    }
    if (gazetteer.byId("motion/" + kamerstuk).isPresent()) {
      return Map.entry("MOTION", "kind-known-motion");
    }
    for (Passage passage : cited) {
      for (Passage citing : citing(passage, all)) {
        Passage before = previousInParagraph(citing, all);
        if (before != null && kindIn(before.text()) != null) {
          return Map.entry(kindIn(before.text()), "kind-in-preceding-sentence");
        }
        if (MEMBER.matcher(citing.text()).find()) {
          return Map.entry("MOTION", "kind-member-initiative");
        }
      }
    }
    return Map.entry("OTHER", "kind-unknown");
  }

  private static Passage previousInParagraph(Passage passage, List<Passage> all) {
    int index = all.indexOf(passage);
    return index > 0 && all.get(index - 1).paragraph() == passage.paragraph()
        ? all.get(index - 1)
        : null;
  }

  /** The kind word nearest before the footnote mark: the paper the mark belongs to. */
  static String lastKindBefore(String sentence, int footnote) {
    int mark = markPosition(sentence, footnote);
    String before = sentence.substring(0, mark);
    String kind = null;
    int at = -1;
    for (Map.Entry<String, Pattern> entry : KINDS) {
      Matcher m = entry.getValue().matcher(before);
      while (m.find()) {
        if (m.start() > at) {
          at = m.start();
          kind = entry.getKey();
        }
      }
    }
    return kind;
  }

  private static int markPosition(String sentence, int footnote) {
    int sup = sentence.indexOf("<sup>" + footnote + "</sup>");
    if (sup >= 0) {
      return sup;
    }
    StringBuilder superscript = new StringBuilder();
    for (char c : String.valueOf(footnote).toCharArray()) {
      superscript.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
    }
    int sign = sentence.indexOf(superscript.toString());
    return sign >= 0 ? sign : sentence.length();
  }

  static String kindIn(String text) {
    for (Map.Entry<String, Pattern> kind : KINDS) {
      if (kind.getValue().matcher(text).find()) {
        return kind.getKey();
      }
    }
    return null;
  }

  /** The sentences that point to the footnote {@code passage} stands in. */
  static List<Passage> citing(Passage passage, List<Passage> all) {
    if (!passage.isFootnote()) {
      return List.of();
    }
    int index = all.indexOf(passage);
    List<Passage> result = new ArrayList<>();
    for (int i = index - 1; i >= 0; i--) {
      if (all.get(i).marks().contains(passage.footnote()) && !all.get(i).isFootnote()) {
        result.add(all.get(i));
        break;
      }
    }
    if (result.isEmpty()) {
      all.stream()
          .filter(p -> !p.isFootnote() && p.marks().contains(passage.footnote()))
          .findFirst()
          .ifPresent(result::add);
    }
    return result;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
