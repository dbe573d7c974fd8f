package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported figures: amounts in euro ("€ 2,5 miljoen", "10 miljoen euro"), percentages ("70%", "70
 * procent") and counts of something ("182 lokale en regionale samenwerkingsverbanden", "80
 * gemeenten"), each with its unit, the year the sentence gives and whether it is an approximation
 * ("ruim", "bijna", "circa", "ongeveer", "meer dan"). Years, dates, paper numbers, footnotes and
 * list numbers are not figures.
 */
final class FigureRules {
  static final String MONEY = "figure-amount-in-euro";
  static final String PERCENT = "figure-percentage";
  static final String COUNT = "figure-count-of-things";

  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)";
  private static final Pattern MONEY_BEFORE =
      Pattern.compile("(?:€|EUR|euro)\\s?" + NUMBER + "(?:\\s*(miljoen|miljard|mln\\.?|mld\\.?))?");
  private static final Pattern MONEY_AFTER =
      Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s*(miljoen|miljard)\\s+euro");
  private static final Pattern PERCENTAGE =
      Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s?(%|procent)");
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?<![\\d.,/€-])"
              + NUMBER
              + "(?:\\s+(miljoen|duizend))?\\s+(\\p{Ll}[\\p{Ll}'’-]*)((?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,3})");
  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "(?:ruim|bijna|circa|ca\\.|ongeveer|zo'n|zo’n|rond|naar schatting|meer dan|minder dan|tenminste|ten minste|minimaal|maximaal|tot|gemiddeld|bijna)\\s+(?:de\\s+|€\\s?)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])(20[0-3]\\d|19[5-9]\\d)(?![\\d.,])");
  private static final Pattern MONTH =
      Pattern.compile(
          "^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jl|nr)\\b");

  /** Nouns of counted things and the unit the seed uses for them. */
  private static final List<Map.Entry<String, String>> UNITS =
      List.of(
          Map.entry("gemeente", "municipalities"),
          Map.entry("regio", "regions"),
          Map.entry("organisatie", "organisations"),
          Map.entry("woning", "dwellings"),
          Map.entry("netwerk", "networks"),
          Map.entry("samenwerkingsverband", "networks"),
          Map.entry("uur", "hours"),
          Map.entry("uren", "hours"),
          Map.entry("week", "weeks"),
          Map.entry("weken", "weeks"),
          Map.entry("maand", "months"),
          Map.entry("jaar", "years"),
          Map.entry("jaren", "years"),
          Map.entry("locatie", "locations"),
          Map.entry("mantelzorger", "persons"),
          Map.entry("mensen", "persons"),
          Map.entry("personen", "persons"),
          Map.entry("ouderen", "persons"),
          Map.entry("deelnemer", "persons"),
          Map.entry("inwoner", "persons"),
          Map.entry("vrijwilliger", "persons"),
          Map.entry("cliënt", "persons"),
          Map.entry("professional", "persons"),
          Map.entry("bezoeker", "persons"),
          Map.entry("bedrijv", "companies"),
          Map.entry("werkgever", "companies"));

  /** Words after a number that make it no count: times, ages, versions, ordinals. */
  private static final Pattern NOT_COUNTED =
      Pattern.compile(
          "^(en|of|tot|t/m|à|a|van|per|keer|maal|jaar|jarigen|jarige|plussers|uur|minuten|e|ste|de)$");

  private FigureRules() {}

  static List<Draft.Figure> find(List<Passage> passages) {
    List<Draft.Figure> figures = new ArrayList<>();
    for (Passage passage : passages) {
      if (passage.isFootnote() || passage.text().contains("Postbus")) {
        continue;
      }
      figures.addAll(in(passage));
    }
    return figures;
  }

  static List<Draft.Figure> in(Passage passage) {
    String text =
        ReferenceRules.numbers(passage.text()).isEmpty()
            ? passage.text()
            : withoutPapers(passage.text());
    text = text.replaceAll("<sup>\\d+</sup>", "");
    List<Draft.Figure> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    String date = year(text);
    Matcher money = MONEY_BEFORE.matcher(text);
    while (money.find()) {
      add(
          found,
          taken,
          passage,
          text,
          money,
          value(money.group(1), money.group(2)),
          "EUR",
          "bedrag",
          date,
          MONEY);
    }
    Matcher moneyAfter = MONEY_AFTER.matcher(text);
    while (moneyAfter.find()) {
      add(
          found,
          taken,
          passage,
          text,
          moneyAfter,
          value(moneyAfter.group(1), moneyAfter.group(2)),
          "EUR",
          "bedrag",
          date,
          MONEY);
    }
    Matcher percent = PERCENTAGE.matcher(text);
    while (percent.find()) {
      add(
          found,
          taken,
          passage,
          text,
          percent,
          value(percent.group(1), null),
          "%",
          "aandeel",
          date,
          PERCENT);
    }
    Matcher counted = COUNTED.matcher(text);
    while (counted.find()) {
      String noun = counted.group(3);
      String number = counted.group(1);
      boolean isYear = YEAR.matcher(number).matches() && counted.group(2) == null;
      if (isYear
          || MONTH.matcher(noun).find()
          || NOT_COUNTED.matcher(noun).matches()
          || listNumber(text, counted.start())) {
        continue;
      }
      String words = (noun + counted.group(4)).replaceAll("\\s+", " ").strip();
      String unit = unit(words);
      String metric = "aantal " + words;
      add(
          found,
          taken,
          passage,
          text,
          counted,
          value(number, counted.group(2)),
          unit,
          metric,
          date,
          COUNT);
    }
    return found;
  }

  private static void add(
      List<Draft.Figure> found,
      List<int[]> taken,
      Passage passage,
      String text,
      Matcher m,
      double value,
      String unit,
      String metric,
      String date,
      String rule) {
    if (taken.stream().anyMatch(t -> t[0] < m.end() && m.start() < t[1]) || value == 0) {
      return;
    }
    taken.add(new int[] {m.start(), m.end()});
    boolean approximate =
        APPROXIMATE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
    found.add(new Draft.Figure(null, value, unit, metric, date, approximate, rule, passage));
  }

  /** A number that opens a numbered list item or heading ("1. Erken ..."). */
  private static boolean listNumber(String text, int start) {
    String before = text.substring(0, start).strip();
    return before.isEmpty() || before.endsWith("(") && text.startsWith(")", start + 1);
  }

  private static String withoutPapers(String text) {
    return text.replaceAll("\\d{2}\\s?\\d{3}(?:[\\s-]*[IVXLC]+)?[\\s,-]*nr\\.?\\s*\\d+", " ");
  }

  static String year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  static double value(String number, String scale) {
    double v = Double.parseDouble(number.replace(".", "").replace(",", "."));
    if (scale == null) {
      return v;
    }
    String s = scale.toLowerCase(Locale.ROOT);
    if (s.startsWith("miljoen") || s.startsWith("mln")) {
      return v * 1_000_000;
    }
    if (s.startsWith("miljard") || s.startsWith("mld")) {
      return v * 1_000_000_000;
    }
    return s.startsWith("duizend") ? v * 1000 : v;
  }

  private static String unit(String words) {
    for (String word : words.split(" ")) {
      for (Map.Entry<String, String> unit : UNITS) {
        if (word.startsWith(unit.getKey())) {
          return unit.getValue();
        }
      }
    }
    return "count";
  }
}
