package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document itself, from its letterhead, title and closing: title (the first heading), date
 * ("Datum 24 juni 2015", or a month and year on a line of its own), kind, publisher (the ministry
 * of the letterhead or "gemeente X"), signatory ("De staatssecretaris van ... drs. M.J. van Rijn"),
 * kenmerk and its own Kamerstuk number.
 */
final class DocumentRules {
  static final String RULE = "document-letterhead";

  private static final Pattern DATUM =
      Pattern.compile(
          "(?i)datum\\s*\\**\\s*(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?im)^\\s*(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})\\s*$");
  private static final Pattern TITLE_MONTH_YEAR =
      Pattern.compile(
          "(?i)(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})");
  private static final Pattern BETREFT =
      Pattern.compile("(?m)^\\**Betreft\\**:?[ \\t]+(\\S.*?)[ \\t]*$");
  private static final Pattern YEAR = Pattern.compile("(20\\d{2}|19\\d{2})");
  private static final Pattern KENMERK =
      Pattern.compile("(?i)kenmerk\\**\\s*\\n?\\s*\\n?\\s*([0-9][0-9A-Za-z-]{5,})");
  private static final Pattern MINISTRY =
      Pattern.compile(
          "Ministerie van \\p{Lu}\\p{L}+(?:,\\s+\\p{Lu}\\p{L}+)*(?:\\s+en\\s+\\p{Lu}\\p{L}+)?");
  private static final Pattern SIGNED =
      Pattern.compile(
          "(?is)(de (?:staatssecretaris|minister) (?:van|voor) [\\p{L},\\s]+?)\\s*\\n+\\s*((?:drs|dr|mr|prof|ir)\\.?\\s+[\\p{Lu}.\\s]*\\p{Lu}[\\p{L}' -]+)");
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("januari", "01"),
          Map.entry("februari", "02"),
          Map.entry("maart", "03"),
          Map.entry("april", "04"),
          Map.entry("mei", "05"),
          Map.entry("juni", "06"),
          Map.entry("juli", "07"),
          Map.entry("augustus", "08"),
          Map.entry("september", "09"),
          Map.entry("oktober", "10"),
          Map.entry("november", "11"),
          Map.entry("december", "12"));

  private DocumentRules() {}

  static Draft.Document read(
      String id,
      String text,
      List<Passage> passages,
      List<Draft.Actor> actors,
      List<Draft.Reference> references,
      Gazetteer gazetteer) {
    String title = firstHeading(text);
    List<Passage> quotes = new ArrayList<>();
    String date = date(text, title);
    String lower = text.toLowerCase(Locale.ROOT);
    boolean municipal =
        title != null
            && title
                .toLowerCase(Locale.ROOT)
                .matches(".*(uitvoeringsagenda|beleidsplan|beleidsnota|beleidskader).*")
            && lower.contains("gemeente");
    String kind =
        municipal
            ? "MUNICIPAL_POLICY"
            : title != null
                    && title.toLowerCase(Locale.ROOT).contains("voortgangsrapportage")
                    && !lower.contains("geachte voorzitter")
                ? "PROGRESS_REPORT"
                : lower.contains("voorzitter van de tweede kamer")
                        || lower.contains("geachte voorzitter")
                        || lower.contains("kamerbrief")
                    ? "LETTER_TO_PARLIAMENT"
                    : lower.contains("gemeente")
                            && (lower.contains("uitvoeringsagenda")
                                || lower.contains("beleidsplan")
                                || lower.contains("college van b"))
                        ? "MUNICIPAL_POLICY"
                        : "OTHER";
    String publisher = publisher(text, actors, gazetteer);
    String signatory = null;
    Matcher signed = SIGNED.matcher(text);
    if (signed.find()) {
      String name = signed.group(2).replaceAll("\\s+", " ").strip();
      signatory =
          actors.stream()
              .filter(
                  a ->
                      a.type().equals("Person")
                          && a.quotes().stream().anyMatch(q -> q.text().contains(name)))
              .map(Draft.Actor::id)
              .findFirst()
              .orElse(null);
    }
    Matcher kenmerk = KENMERK.matcher(text);
    String kenmerkText = kenmerk.find() ? kenmerk.group(1) : null;
    String ownNumber =
        references.stream()
            .filter(r -> r.quotes().stream().anyMatch(q -> q.line() <= 12))
            .map(Draft.Reference::kamerstuk)
            .findFirst()
            .orElse(null);
    for (Passage p : passages) {
      if (title != null && p.text().contains(title)
          || kenmerkText != null && p.text().contains(kenmerkText)) {
        quotes.add(p);
      }
    }
    return new Draft.Document(
        id, title, date, kind, publisher, signatory, kenmerkText, ownNumber, quotes, RULE);
  }

  private static String firstHeading(String text) {
    Matcher betreft = BETREFT.matcher(text);
    if (betreft.find()) {
      return betreft.group(1).strip();
    }
    for (String block : text.split("\\n\\s*\\n")) {
      String heading = Segmenter.heading(block);
      boolean letterhead =
          block.contains("Ministerie") || block.contains("Retouradres") || block.startsWith(">");
      if (heading != null && !letterhead && heading.length() > 10 && !heading.endsWith(":")) {
        return heading;
      }
    }
    return null;
  }

  private static String date(String text, String title) {
    Matcher datum = DATUM.matcher(text);
    if (datum.find()) {
      return datum.group(3)
          + "-"
          + MONTHS.get(datum.group(2).toLowerCase(Locale.ROOT))
          + "-"
          + String.format("%02d", Integer.parseInt(datum.group(1)));
    }
    if (title != null) {
      Matcher inTitle = TITLE_MONTH_YEAR.matcher(title);
      if (inTitle.find()) {
        return inTitle.group(2) + "-" + MONTHS.get(inTitle.group(1).toLowerCase(Locale.ROOT));
      }
    }
    Matcher line = MONTH_YEAR.matcher(text);
    if (line.find()) {
      return line.group(2) + "-" + MONTHS.get(line.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher year = YEAR.matcher(title != null ? title : "");
    if (year.find()) {
      return year.group(1);
    }
    Matcher early = YEAR.matcher(text.substring(0, Math.min(text.length(), 3000)));
    return early.find() ? early.group(1) : null;
  }

  /**
   * The ministry named in the letterhead (its first lines), or else the municipality the document
   * names first.
   */
  private static String publisher(String text, List<Draft.Actor> actors, Gazetteer gazetteer) {
    for (Draft.Actor actor : actors) {
      boolean letterhead =
          actor.quotes().stream()
              .anyMatch(q -> q.line() <= 15 && MINISTRY.matcher(q.text()).find());
      if (letterhead && actor.type().equals("Organisation")) {
        return actor.id();
      }
    }
    Matcher ministry = MINISTRY.matcher(text.substring(0, Math.min(text.length(), 3000)));
    if (ministry.find()) {
      String name = ministry.group().replaceAll("\\s+", " ").strip();
      return gazetteer.idsNamed(name).stream().findFirst().orElse(null);
    }
    return actors.stream()
        .filter(a -> a.type().equals("Municipality"))
        .filter(a -> a.quotes().stream().anyMatch(q -> q.line() < 40))
        .map(Draft.Actor::id)
        .findFirst()
        .orElse(null);
  }
}
