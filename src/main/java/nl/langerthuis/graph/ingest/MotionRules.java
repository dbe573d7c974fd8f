package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Motions and what the document says about them: who submitted them ("motie van het lid X", "van de
 * leden X en Y", "motie X/Y", "Kamerlid X"), what they ask ("verzoekt de regering ...", "opgeroepen
 * om ...") and each status statement ("hiermee beschouw ik de motie als afgedaan", "hiermee geef ik
 * invulling aan de motie", "ik zal de motie uitvoeren").
 */
final class MotionRules {
  static final String NAME =
      "(?:(?:[Vv]an|[Dd]e|der|den|ter|ten|in 't)\\s+)*\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}]+)*";
  private static final String NAMES =
      "(" + NAME + "(?:\\s*(?:/|,|\\ben\\b)\\s*" + NAME + ")*)(?:\\s+c\\.s\\.)?";
  private static final Pattern SUBMITTERS =
      Pattern.compile(
          "(?:motie|amendement)\\s+(?:van\\s+(?:het\\s+)?(?:[Kk]amer)?(?:lid|leden)\\s+(?:de\\s+)?)?"
              + NAMES
              + "|(?:[Dd]e\\s+(?:[Kk]amer)?leden|[Hh]et\\s+(?:[Kk]amer)?lid|[Kk]amerlid|[Kk]amerleden)\\s+"
              + NAMES);
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:/|,|\\ben\\b)\\s*");
  private static final Set<String> NOT_NAMES =
      Set.of("Kamer", "Tweede", "Ik", "Het", "De", "Dit", "Deze", "Hiermee", "Kamerstukken", "In");

  private static final Pattern ASKS =
      Pattern.compile(
          "(?:verzoekt de regering,?|(?:wordt|werd) (?:de regering )?verzocht(?: om)?|(?:heeft|hebben) .{0,60}?(?:opgeroepen|verzocht|gevraagd)(?: om)?)\\s+(.{10,300}?)(?:\\.\\s*$|\\.(?=\\s)|$)");

  /** Status statements, tried in order; the first that matches a sentence wins. */
  private static final List<StatusPhrase> PHRASES =
      List.of(
          phrase(
              "status-afgedaan",
              "SETTLED",
              "als afgedaan|is hiermee afgedaan|hiermee afgedaan|doe ik de motie af|motie (is )?(hiermee )?af(gedaan)?\\b"),
          phrase(
              "status-invulling-gegeven",
              "SETTLED",
              "(wordt|is) (hiermee |daarmee )?(invulling|uitvoering) gegeven aan de motie|geef ik (hiermee |daarmee )?(invulling|uitvoering) aan de motie|motie .{0,40}is (hiermee )?uitgevoerd"),
          phrase("status-verworpen", "REJECTED", "motie .{0,60}verworpen"),
          phrase("status-aangehouden", "HELD", "motie .{0,60}aangehouden"),
          phrase("status-ingetrokken", "WITHDRAWN", "motie .{0,60}ingetrokken"),
          phrase(
              "status-uitvoering-loopt",
              "IN_PROGRESS",
              "zal (ik )?de motie uitvoeren|ter (uitvoering|opvolging) van de motie|conform de motie|naar aanleiding van (de|deze|een) (eerdere |aangenomen )?motie|kom ik .{0,80}terug op|op instigatie van|ga ik .{0,40}motie|voor de beantwoording van (deze|de) motie"),
          phrase("status-aangenomen", "ADOPTED", "aangenomen motie|motie .{0,60}aangenomen"));

  private record StatusPhrase(String rule, String status, Pattern pattern) {}

  private static StatusPhrase phrase(String rule, String status, String regex) {
    return new StatusPhrase(
        rule, status, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  private MotionRules() {}

  /** Surnames of the submitters a sentence names, in order. */
  static List<String> submitterNames(String sentence) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = SUBMITTERS.matcher(sentence.replace("**", ""));
    while (m.find()) {
      String group = m.group(1) != null ? m.group(1) : m.group(2);
      for (String name : SPLIT.split(group)) {
        if (!name.isBlank() && !NOT_NAMES.contains(name.strip())) {
          names.add(name.strip());
        }
      }
    }
    return List.copyOf(names);
  }

  /** What a motion asks, when a sentence says it. */
  static String asks(String sentence) {
    if (!sentence.toLowerCase(java.util.Locale.ROOT).contains("moti")) {
      return null;
    }
    Matcher m = ASKS.matcher(sentence.strip());
    return m.find() ? m.group(1).strip() : null;
  }

  /** The status a sentence states and the rule that read it, or null. */
  static Map.Entry<String, String> status(String sentence) {
    for (StatusPhrase phrase : PHRASES) {
      if (phrase.pattern().matcher(sentence).find()) {
        return Map.entry(phrase.status(), phrase.rule());
      }
    }
    return null;
  }

  /** Motions from the motion references, plus motions the document names by their submitters. */
  static List<Draft.Motion> motions(
      List<Draft.Reference> references,
      List<Passage> passages,
      Gazetteer gazetteer,
      Map<String, String> personIds) {
    Map<String, Draft.Motion> motions = new LinkedHashMap<>();
    for (Draft.Reference reference : references) {
      if (!reference.isMotion()) {
        continue;
      }
      List<Passage> context = new ArrayList<>(reference.quotes());
      reference.quotes().forEach(q -> context.addAll(ReferenceRules.citing(q, passages)));
      String id = "motion/" + reference.kamerstuk();
      List<String> names = new ArrayList<>();
      String asks = null;
      for (Passage passage : context) {
        submitterNames(passage.text()).forEach(n -> addOnce(names, n));
        asks = asks != null ? asks : asks(passage.text());
      }
      motions.put(
          id,
          new Draft.Motion(
              id,
              reference.kamerstuk(),
              reference.paper(),
              ids(names, personIds),
              asks,
              gazetteer.byId(id).isPresent(),
              reference.rule() + (names.isEmpty() ? "" : "+motion-submitters"),
              context));
    }
    for (Passage passage : passages) {
      if (!passage.text().toLowerCase(java.util.Locale.ROOT).contains("motie")) {
        continue;
      }
      List<String> submitters = ids(submitterNames(passage.text()), personIds);
      String id = motionBySubmitters(submitters, motions, gazetteer);
      if (id != null && !motions.containsKey(id)) {
        motions.put(
            id,
            new Draft.Motion(
                id,
                id.substring("motion/".length()),
                "MOTION",
                submitters,
                null,
                true,
                "motion-named-by-submitters",
                List.of(passage)));
      }
    }
    return List.copyOf(motions.values());
  }

  /** The one motion (already proposed, or known to the graph) that these submitters filed. */
  static String motionBySubmitters(
      List<String> submitters, Map<String, Draft.Motion> proposed, Gazetteer gazetteer) {
    if (submitters.isEmpty()) {
      return null;
    }
    Set<String> wanted = Set.copyOf(submitters);
    List<String> matches = new ArrayList<>();
    for (Draft.Motion motion : proposed.values()) {
      if (Set.copyOf(motion.submitters()).equals(wanted)) {
        matches.add(motion.id());
      }
    }
    if (matches.isEmpty()) {
      gazetteer.all().stream()
          .filter(k -> k.type().equals("Motion") && k.submitters().equals(wanted))
          .forEach(k -> matches.add(k.id()));
    }
    return matches.size() == 1 ? matches.get(0) : null;
  }

  /**
   * One status event per motion: the first sentence that states a status about it (by its number,
   * its footnote, its submitters, or as the nearest motion in the paragraph); a motion without one
   * gets a guessed event on its first sentence, marked for review.
   */
  static List<Draft.StatusEvent> statusEvents(
      List<Draft.Motion> motions, List<Passage> passages, Map<String, String> personIds) {
    Map<String, Draft.StatusEvent> events = new LinkedHashMap<>();
    Map<String, Draft.Motion> byId = new LinkedHashMap<>();
    motions.forEach(m -> byId.put(m.id(), m));
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      Map.Entry<String, String> status = status(passage.text());
      if (status == null) {
        continue;
      }
      String motion = target(passage, i, passages, byId, personIds);
      if (motion != null && stronger(status.getKey(), events.get(motion))) {
        events.put(
            motion,
            new Draft.StatusEvent(motion, status.getKey(), status.getValue(), false, passage));
      }
    }
    for (Draft.Motion motion : motions) {
      if (!events.containsKey(motion.id())) {
        Passage first = motion.quotes().get(motion.quotes().size() > 1 ? 1 : 0);
        String adopted =
            motion.quotes().stream().anyMatch(q -> q.text().contains("aangenomen"))
                ? "ADOPTED"
                : "IN_PROGRESS";
        events.put(
            motion.id(),
            new Draft.StatusEvent(motion.id(), adopted, "status-none-stated", true, first));
      }
    }
    return List.copyOf(events.values());
  }

  /** Statuses by weight: a later "afgedaan" outranks an earlier "ter opvolging van". */
  private static final List<String> WEIGHT =
      List.of("ADOPTED", "IN_PROGRESS", "HELD", "WITHDRAWN", "REJECTED", "SETTLED");

  private static boolean stronger(String status, Draft.StatusEvent earlier) {
    return earlier == null || WEIGHT.indexOf(status) > WEIGHT.indexOf(earlier.status());
  }

  private static String target(
      Passage passage,
      int index,
      List<Passage> passages,
      Map<String, Draft.Motion> motions,
      Map<String, String> personIds) {
    String direct = motionIn(passage, passages, motions);
    if (direct != null) {
      return direct;
    }
    String named =
        motionBySubmitters(
            ids(submitterNames(passage.text()), personIds), motions, Gazetteer.empty());
    if (named != null) {
      return named;
    }
    for (int i = index - 1; i >= 0 && passages.get(i).paragraph() == passage.paragraph(); i--) {
      String earlier = motionIn(passages.get(i), passages, motions);
      if (earlier != null) {
        return earlier;
      }
    }
    return null;
  }

  /** A proposed motion this sentence cites, by number or through a footnote. */
  private static String motionIn(
      Passage passage, List<Passage> passages, Map<String, Draft.Motion> motions) {
    for (String number : ReferenceRules.numbers(passage.text()).keySet()) {
      if (motions.containsKey("motion/" + number)) {
        return "motion/" + number;
      }
    }
    for (int mark : passage.marks()) {
      for (Passage note : passages) {
        if (note.footnote() != mark) {
          continue;
        }
        for (String number : ReferenceRules.numbers(note.text()).keySet()) {
          if (motions.containsKey("motion/" + number)) {
            return "motion/" + number;
          }
        }
      }
    }
    return null;
  }

  private static List<String> ids(List<String> names, Map<String, String> personIds) {
    List<String> ids = new ArrayList<>();
    for (String name : names) {
      addOnce(ids, personIds.getOrDefault(name, ActorRules.personId(name)));
    }
    return ids;
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }
}
