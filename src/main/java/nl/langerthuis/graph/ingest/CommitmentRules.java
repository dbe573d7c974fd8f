package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commitments to the Kamer (toezeggingen): "heb ik toegezegd", "zeg ik toe", "de toezegging ...",
 * and promises to inform the Kamer ("zal ik uw Kamer ... informeren", "informeer ik u", "ontvangt
 * u"), with the debate and its date, to whom, and the due date where the sentence states one.
 */
final class CommitmentRules {
  static final String TOEZEGGING = "commitment-toezegging";
  static final String INFORM = "commitment-inform-the-kamer";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern TOEZEGGING_WORDS =
      Pattern.compile(
          "(heb|hebben) (ik|wij|we) .{0,60}toegezegd|ik heb .{0,60}toegezegd|zeg ik .{0,30}toe\\b|toezegging",
          FLAGS);
  private static final Pattern INFORM_WORDS =
      Pattern.compile(
          "(zal|ga|wil) ik (u|uw kamer)\\b.{0,200}?(informeren|berichten|toesturen|sturen|rapporteren|toezenden)"
              + "|(informeer|bericht|rapporteer) ik (u|uw kamer)\\b"
              + "|\\bik (informeer|bericht) (u|uw kamer)\\b"
              + "|(zal|zullen) (ik|wij|we) .{0,120}?(rapporteren|verslag doen|toezenden)"
              + "|(zullen|zal) (wij|we|ik) u\\b.{0,120}?(toezenden|sturen|informeren|berichten)"
              + "|(meegenomen|opgenomen) in de (volgende )?voortgangsrapportage"
              + "|aan uw kamer (te )?(sturen|toe te zenden|toesturen|aanbieden)"
              + "|\\bu ontvangt\\b|zult u .{0,80}(bericht|geïnformeerd)"
              + "|kom ik .{0,80}terug"
              + "|(ontvangt|krijgt) (u|uw kamer)\\b.{0,120}?(brief|rapportage|voortgangsrapportage|overzicht|informatie|advies)"
              + "|zal (ik )?(u|uw kamer) .{0,120}?(informeren|berichten)"
              + "|\\bu (wordt|zult).{0,60}(geïnformeerd|bericht)"
              + "",
          FLAGS);

  /** Informing the Kamer in this very letter keeps no promise for later. */
  private static final Pattern NOT_A_PROMISE =
      Pattern.compile(
          "in deze (voortgangs)?brief|langs deze weg|hierbij (informeer|bericht)", FLAGS);

  private static final Pattern FULFILLED =
      Pattern.compile(
          "(geef|gaf) ik (hiermee |daarmee )?(een )?invulling (aan|op) de toezegging|kom ik (hiermee )?tegemoet aan de toezegging|hiermee (is|wordt) (invulling gegeven aan |voldaan aan )?de toezegging",
          FLAGS);
  private static final Pattern OCCASION =
      Pattern.compile(
          "((?:het |de )?(?:algemeen overleg|AO|notaoverleg|commissiedebat|begrotingsbehandeling|wetgevingsoverleg|plenaire debat|debat|schriftelijk overleg)[^,.;]{0,60}?(?:van|op)\\s+(\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\\s+(?:\\d{4}|jl\\.))?))",
          FLAGS);
  private static final Pattern DUE =
      Pattern.compile(
          "(voor|na|in|eind|begin|medio) (de zomer|het zomerreces|het kerstreces|het einde van|het najaar|het voorjaar|dit jaar|volgend jaar)[^,.;]{0,20}?(\\d{4})?|(?:voor|uiterlijk|eind) (?:1 )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)? ?(\\d{4})",
          FLAGS);
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

  private CommitmentRules() {}

  static List<Draft.Commitment> find(List<Passage> passages, String documentDate, String madeTo) {
    List<Draft.Commitment> result = new ArrayList<>();
    for (Passage passage : passages) {
      String text = passage.text().replaceAll("\\s+", " ");
      if (NOT_A_PROMISE.matcher(text).find()) {
        continue;
      }
      String rule =
          TOEZEGGING_WORDS.matcher(text).find()
              ? TOEZEGGING
              : INFORM_WORDS.matcher(text).find() ? INFORM : null;
      if (rule == null) {
        continue;
      }
      Matcher occasion = OCCASION.matcher(text);
      String occasionText = null;
      String date = null;
      if (occasion.find()) {
        occasionText = occasion.group(1).strip();
        date = date(occasion.group(2), documentDate);
      }
      Matcher due = DUE.matcher(text);
      String dueDate = null;
      if (due.find()) {
        dueDate = due.group(3) != null ? due.group(3) : due.group(4);
      }
      String status = FULFILLED.matcher(text).find() ? "FULFILLED" : "OPEN";
      result.add(
          new Draft.Commitment(
              null, passage.quote(), occasionText, date, dueDate, status, madeTo, rule, passage));
    }
    return result;
  }

  /** "31 oktober 2019" as 2019-10-31; "15 juni jl." takes the year of the document. */
  static String date(String text, String documentDate) {
    String[] parts = text.toLowerCase(Locale.ROOT).split("\\s+");
    String month = MONTHS.get(parts[1]);
    String year = parts.length > 2 && parts[2].matches("\\d{4}") ? parts[2] : null;
    if (year == null && documentDate != null && documentDate.length() >= 4) {
      year = documentDate.substring(0, 4);
    }
    if (year == null || month == null) {
      return null;
    }
    return year + "-" + month + "-" + String.format("%02d", Integer.parseInt(parts[0]));
  }
}
