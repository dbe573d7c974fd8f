package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported figures: amounts in euro ("€ 2,5 miljoen", "10 miljoen euro"), percentages ("70%", "70
 * procent"), shares in words ("driekwart", "twee derde", "één op de vier") and counts of something
 * ("182 lokale en regionale samenwerkingsverbanden", "dertien organisaties", "twee miljoen
 * mensen"), each with its unit, the year the sentence gives and whether it is an approximation
 * ("ruim", "bijna", "circa", "ongeveer", "meer dan"). A range ("35 tot 40", "25-30%") gives its
 * lower bound. Years, dates, paper numbers, postcodes, footnotes and list numbers are not figures.
 */
final class FigureRules {
  static final String MONEY = "figure-amount-in-euro";
  static final String PERCENT = "figure-percentage";
  static final String SHARE = "figure-share-in-words";
  static final String COUNT = "figure-count-of-things";
  static final String WORD_COUNT = "figure-count-in-words";

  private static final String NUMBER =
      "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig|veertig|vijftig|honderd)(?=\\s))";
  private static final String BEFORE = "(?<![\\p{L}\\d.,/€-])";
  private static final String RANGE = "(?:\\s*(?:-|–|tot|à)\\s*\\d[\\d.,]*)?";
  private static final String SCALE = "(?:\\s+(miljoen|miljard|duizend|mln\\.?|mld\\.?))?";
  private static final Pattern MONEY_BEFORE = Pattern.compile("(?:€|EUR)\\s?" + NUMBER + SCALE);
  private static final Pattern MONEY_AFTER =
      Pattern.compile(BEFORE + NUMBER + "\\s*(miljoen|miljard)\\s+euro");
  private static final Pattern PERCENTAGE =
      Pattern.compile(BEFORE + NUMBER + RANGE + "\\s?(%|procent)");
  private static final Pattern COUNTED =
      Pattern.compile(
          BEFORE
              + NUMBER
              + SCALE
              + RANGE
              + "\\s+['‘\"]?((?:\\p{Lu}+-)?\\p{Ll}[\\p{Ll}'’-]*)((?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,3})");
  private static final Pattern FRACTION =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(driekwart|twee derde|een derde|één derde|de helft|helft|een kwart|één kwart)(?![\\p{L}])");
  private static final Pattern ONE_IN =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:één|eén|een) op (?:de )?(\\d+|twee|drie|vier|vijf|zes|tien)(?![\\p{L}\\d])");
  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "(?:ruim|bijna|circa|ca\\.|ongeveer|zo'n|zo’n|rond|naar schatting|meer dan|minder dan|tenminste|ten minste|minimaal|maximaal|gemiddeld)\\s+(?:de\\s+|€\\s?)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])(20\\d{2}|19[5-9]\\d)(?![\\d.,])");

  /** "de drie actielijnen", "deze 38 gemeenten": a set named again, not a figure reported. */
  private static final Pattern DEFINITE =
      Pattern.compile("(?iu)(?<![\\p{L}])(de|deze|die|dit|het|volgende)\\s+$");

  private static final Pattern POSTCODE = Pattern.compile("\\d{4}\\s?[A-Za-z]{2}\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jl|nr)\\b");
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("één", 1),
          Map.entry("twee", 2),
          Map.entry("drie", 3),
          Map.entry("vier", 4),
          Map.entry("vijf", 5),
          Map.entry("zes", 6),
          Map.entry("zeven", 7),
          Map.entry("acht", 8),
          Map.entry("negen", 9),
          Map.entry("tien", 10),
          Map.entry("elf", 11),
          Map.entry("twaalf", 12),
          Map.entry("dertien", 13),
          Map.entry("veertien", 14),
          Map.entry("vijftien", 15),
          Map.entry("zestien", 16),
          Map.entry("twintig", 20),
          Map.entry("dertig", 30),
          Map.entry("veertig", 40),
          Map.entry("vijftig", 50),
          Map.entry("honderd", 100));
  private static final Map<String, Double> SHARES =
      Map.of(
          "driekwart", 75.0,
          "twee derde", 66.7,
          "een derde", 33.3,
          "één derde", 33.3,
          "de helft", 50.0,
          "helft", 50.0,
          "een kwart", 25.0,
          "één kwart", 25.0);

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
          Map.entry("bestuurder", "persons"),
          Map.entry("inwoner", "persons"),
          Map.entry("vrijwilliger", "persons"),
          Map.entry("cliënt", "persons"),
          Map.entry("professional", "persons"),
          Map.entry("bezoeker", "persons"),
          Map.entry("bedrijf", "companies"),
          Map.entry("bedrijven", "companies"),
          Map.entry("werkgever", "companies"));

  /** Words after a number that make it no count: conjunctions, ages, ordinals. */
  private static final Pattern NOT_COUNTED =
      Pattern.compile(
          "^(en|of|tot|t/m|à|a|van|per|keer|maal|jarigen|jarige|plussers|minuten|e|ste|de|het|een|daagse|op|in|is|zijn|was|werd|wordt|jaar|voor|met|aan|naar|bij|uit|over)$");

  /** Words a number word is often followed by without counting anything. */
  private static final Pattern NOT_COUNTED_AFTER_WORD =
      Pattern.compile("^(jaar|keer|maal|weken|maanden|dagen|kanten|zaken|manieren|vragen)$");

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

  /** The figures of one sentence, left to right, none overlapping another. */
  static List<Draft.Figure> in(Passage passage) {
    String text = withoutPapers(passage.text()).replaceAll("<sup>\\d+</sup>", "");
    text = POSTCODE.matcher(text).replaceAll(" ");
    Found found = new Found(passage, text, year(text));
    Matcher money = MONEY_BEFORE.matcher(text);
    while (money.find()) {
      found.add(money, value(money.group(1), money.group(2)), "EUR", "bedrag", MONEY);
    }
    Matcher moneyAfter = MONEY_AFTER.matcher(text);
    while (moneyAfter.find()) {
      found.add(
          moneyAfter, value(moneyAfter.group(1), moneyAfter.group(2)), "EUR", "bedrag", MONEY);
    }
    Matcher percent = PERCENTAGE.matcher(text);
    while (percent.find()) {
      found.add(percent, value(percent.group(1), null), "%", "aandeel", PERCENT);
    }
    Matcher fraction = FRACTION.matcher(text);
    while (fraction.find()) {
      found.add(
          fraction, SHARES.get(fraction.group(1).toLowerCase(Locale.ROOT)), "%", "aandeel", SHARE);
    }
    Matcher oneIn = ONE_IN.matcher(text);
    while (oneIn.find()) {
      double share = 100.0 / value(oneIn.group(1), null);
      found.add(oneIn, Math.round(share * 10) / 10.0, "%", "aandeel", SHARE);
    }
    Matcher counted = COUNTED.matcher(text);
    while (counted.find()) {
      count(found, counted);
    }
    return found.figures;
  }

  private static void count(Found found, Matcher counted) {
    String number = counted.group(1);
    String noun = counted.group(3);
    boolean word = WORDS.containsKey(number.toLowerCase(Locale.ROOT));
    boolean isYear = YEAR.matcher(number).matches() && counted.group(2) == null;
    if (isYear
        || MONTH.matcher(noun).find()
        || NOT_COUNTED.matcher(noun).matches()
        || word && NOT_COUNTED_AFTER_WORD.matcher(noun).matches()
        || noun.equals("uur") && found.text.substring(0, counted.start()).endsWith("om ")
        || DEFINITE.matcher(found.text.substring(0, counted.start())).find()) {
      return;
    }
    String words = (noun + counted.group(4)).replaceAll("\\s+", " ").strip();
    found.add(
        counted,
        value(number, counted.group(2)),
        unit(words),
        "aantal " + words,
        word ? WORD_COUNT : COUNT);
  }

  /** The figures found in one sentence so far, and the stretches of text they took. */
  private static final class Found {
    final Passage passage;
    final String text;
    final String date;
    final List<Draft.Figure> figures = new ArrayList<>();
    final List<int[]> taken = new ArrayList<>();

    Found(Passage passage, String text, String date) {
      this.passage = passage;
      this.text = text;
      this.date = date;
    }

    void add(Matcher m, double value, String unit, String metric, String rule) {
      if (taken.stream().anyMatch(t -> t[0] < m.end() && m.start() < t[1]) || value == 0) {
        return;
      }
      taken.add(new int[] {m.start(), m.end()});
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      boolean approximate = APPROXIMATE.matcher(before).find();
      figures.add(new Draft.Figure(null, value, unit, metric, date, approximate, rule, passage));
    }
  }

  private static String withoutPapers(String text) {
    return text.replaceAll("\\d{2}\\s?\\d{3}(?:[\\s-]*[IVXLC]+)?[\\s,-]*nr\\.?\\s*\\d+", " ");
  }

  static String year(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  static double value(String number, String scale) {
    Integer word = WORDS.get(number.toLowerCase(Locale.ROOT));
    double v = word != null ? word : Double.parseDouble(number.replace(".", "").replace(",", "."));
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

  /** The unit of the first word that is a counted noun, singular or plural ("regio's"). */
  private static String unit(String words) {
    for (String word : words.split(" ")) {
      for (Map.Entry<String, String> unit : UNITS) {
        if (word.matches(Pattern.quote(unit.getKey()) + "(?:s|'s|’s|en|n|es)?")) {
          return unit.getValue();
        }
      }
    }
    return "count";
  }
}
