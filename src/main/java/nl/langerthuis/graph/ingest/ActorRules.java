package nl.langerthuis.graph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.seed.LookupKey;

/**
 * Organisations, municipalities and persons. Names the graph knows are linked by their spelling;
 * new ones are found by the patterns of official Dutch: an abbreviation defined in brackets or in
 * the list of abbreviations, a capitalised name with an organisation word (Ministerie, Raad,
 * Stichting, Vereniging, ...), "gemeente X" or a Dutch municipality's name, a member of parliament
 * ("het lid X", "de leden X en Y", "Kamerlid X") and a person with a title or role ("drs. M.J. van
 * Rijn", "projectleider Diek Scholten").
 */
final class ActorRules {
  static final String KNOWN = "actor-known-name";
  static final String KNOWN_SURNAME = "actor-known-surname";
  static final String ABBREVIATION = "actor-abbreviation-defined";
  static final String ORGANISATION_WORD = "actor-organisation-word";
  static final String MUNICIPALITY = "actor-municipality-name";
  static final String GEMEENTE = "actor-gemeente-x";
  static final String MEMBER = "actor-member-of-parliament";
  static final String ROLE = "actor-after-role-noun";
  static final String POLITICAL_PARTY = "actor-party-of-a-member";
  static final String ENUMERATED = "actor-listed-with-organisations";
  static final String TITLED = "actor-person-with-title";

  static final Set<String> ACTOR_TYPES =
      Set.of("Organisation", "Municipality", "Region", "Person", "IntegratedCareNetwork");

  private static final String CAPITALISED = "\\p{Lu}[\\p{L}&'’-]*";
  private static final String LINK_WORDS = "van|voor|de|der|den|en|het|op|&|in|'t|tot|ter|aan";
  private static final Pattern NAME_RUN =
      Pattern.compile(
          "(?<![\\p{L}])"
              + CAPITALISED
              + "(?: +(?:(?:"
              + LINK_WORDS
              + ") +)*"
              + CAPITALISED
              + ")*");
  private static final Pattern DEFINED_AFTER =
      Pattern.compile("(" + NAME_RUN.pattern() + ") +\\(([\\p{Lu}][\\p{L}&-]{1,9})\\)");
  private static final Pattern DEFINED_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])([\\p{Lu}][\\p{Lu}\\p{Ll}&-]{1,9}) +\\((" + NAME_RUN.pattern() + ")\\)");
  private static final Pattern LIST_LINE =
      Pattern.compile("(?m)^([\\p{Lu}][\\p{L}&-]{1,9})\\t+(.+)$");
  private static final Pattern GEMEENTE_X =
      Pattern.compile(
          "(?<![\\p{L}])[Gg]emeente\\s+("
              + CAPITALISED
              + "(?:\\s+(?:aan|den|de|op)\\s+"
              + CAPITALISED
              + ")?)");
  private static final Pattern TITLE =
      Pattern.compile(
          "(?:[Pp]rojectleider|[Ss]pecialist ouderengeneeskunde|[Ww]ethouder|[Bb]urgemeester|[Dd]irecteur|[Vv]oorzitter|[Aa]mbassadeur|[Hh]oogleraar|[Mm]evrouw|[Mm]evr\\.|[Dd]hr\\.|[Dd]e heer|[Ll]andelijk aanjager)\\s+("
              + "\\p{Lu}[\\p{Ll}]+\\s+"
              + MotionRules.NAME
              + ")|((?:drs|dr|prof|mr|ir)\\.\\s+(?:\\p{Lu}\\.)+\\s*"
              + MotionRules.NAME
              + ")");
  private static final Pattern ADDRESS =
      Pattern.compile("Postbus|\\d{4}\\s?[A-Z]{2}\\b|Retouradres");

  private static final List<String> ORGANISATION_WORDS =
      List.of(
          "ministerie",
          "raad",
          "autoriteit",
          "instituut",
          "inspectie",
          "bureau",
          "centrum",
          "federatie",
          "vereniging",
          "genootschap",
          "stichting",
          "dienst",
          "planbureau",
          "maatschappij",
          "platform",
          "bond",
          "unie",
          "college",
          "academie",
          "universiteit",
          "hogeschool",
          "coöperatie",
          "zorgverzekeraars",
          "verzekeraar",
          "zorgkantoor",
          "commissie",
          "kenniscentrum",
          "gezondheidsdienst",
          "huisartsen",
          "ouderenbonden",
          "organisatie",
          "organisaties",
          "partij",
          "kamer",
          "stuurgroep",
          "zorggroep",
          "ziekenhuis",
          "ziekenhuisgroep",
          "centrale",
          "alliantie",
          "coalitie",
          "bank",
          "adviseurs",
          "steunpunt",
          "groep");
  private static final List<String> NOT_ORGANISATION =
      List.of(
          "programma",
          "wet",
          "regeling",
          "actieplan",
          "plan",
          "agenda",
          "aanpak",
          "pilot",
          "project",
          "fonds",
          "subsidie",
          "week",
          "dag",
          "prijs",
          "monitor",
          "rapport",
          "brief");
  private static final Set<String> LEADING =
      Set.of(
          "De",
          "Het",
          "Een",
          "Ook",
          "Via",
          "Door",
          "Met",
          "In",
          "Uw",
          "Onze",
          "Bij",
          "Voor",
          "Zo",
          "Als",
          "Dat",
          "Die",
          "Dit",
          "Deze",
          "Daarnaast",
          "Tijdens",
          "Op",
          "Naast",
          "Vanuit",
          "Namens",
          "Mede",
          "Samen",
          "Zowel",
          "Ik",
          "Wij",
          "We",
          "Er",
          "Hier",
          "Daar",
          "Waar",
          "Wat",
          "Nu",
          "Zij",
          "Ze",
          "Hij",
          "Vanaf",
          "Sinds",
          "Per",
          "Om",
          "Na",
          "Tot",
          "Over",
          "Binnen",
          "Aan",
          "Zorgverzekeraar",
          "Onderzoeksbureau",
          "Zorgorganisatie",
          "Zorgaanbieder");
  private static final Pattern MINISTRY =
      Pattern.compile(
          "[Mm]inisterie van \\p{Lu}[\\p{L}]+(?:(?:,\\s+\\p{Lu}[\\p{L}]+)*\\s+en\\s+\\p{Lu}[\\p{L}]+)?");
  private static final Pattern ROLE_NOUN =
      Pattern.compile(
          "(?i:zorgverzekeraar|zorgaanbieder|zorgorganisatie|thuiszorgorganisatie|welzijnsorganisatie"
              + "|onderzoeksbureau|adviesbureau|organisatie|aanbieder|stichting|vereniging) ("
              + "\\p{Lu}[\\p{L}&'’.-]*(?: (?:(?:&|van|voor|de|der|den|ter) )?\\p{Lu}[\\p{L}&'’.-]*){0,3})");
  private static final String ITEM =
      "\\p{Lu}[\\p{L}&'’.-]*(?: (?:van |voor |de |der |den )?\\p{Lu}[\\p{L}&'’.-]*){0,4}";
  private static final Pattern ENUMERATION =
      Pattern.compile(
          "(" + ITEM + ")((?:, " + ITEM + ")+),? (?:en|of) (?:de |het )?(" + ITEM + ")");
  private static final Pattern PARTY =
      Pattern.compile(
          "\\((VVD|CDA|D66|PvdA|GL|GroenLinks|SP|CU|ChristenUnie|SGP|PVV|PvdD|50PLUS|DENK|FvD|JA21|BBB|Volt)\\)");

  private static final Set<String> MUNICIPALITIES = municipalities();

  /** Municipality names by their first word, longest first ("Capelle aan den IJssel"). */
  private static final Map<String, List<String>> MUNICIPALITIES_BY_FIRST_WORD =
      byFirstWord(MUNICIPALITIES);

  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*");

  private static final Pattern WITH_ABBREVIATION = Pattern.compile("^(.+) \\(([^)]+)\\)$");
  private static final Pattern MINISTRY_OF = Pattern.compile("^[Mm]inisterie van (.+)$");

  private ActorRules() {}

  /** A name as the document writes it, with the type and rule that proposed it. */
  record Candidate(String name, String type, String rule, Passage passage, Gazetteer.Hit hit) {
    Candidate {
      name = name.replaceAll("\\s+", " ").strip();
    }
  }

  static List<Draft.Actor> find(List<Passage> passages, String fullText, Gazetteer gazetteer) {
    List<Candidate> candidates = new ArrayList<>();
    for (Passage passage : passages) {
      candidates.addAll(known(passage, gazetteer));
      if (ADDRESS.matcher(passage.text()).find()) {
        continue;
      }
      candidates.addAll(newNames(passage));
      candidates.addAll(enumerated(passage, gazetteer, candidates));
    }
    candidates.addAll(abbreviationList(fullText, passages));
    return resolve(candidates, gazetteer);
  }

  private static List<Candidate> known(Passage passage, Gazetteer gazetteer) {
    List<Candidate> found = new ArrayList<>();
    for (Gazetteer.Hit hit : gazetteer.find(passage.text())) {
      if (ACTOR_TYPES.contains(hit.known().type())) {
        found.add(
            new Candidate(
                hit.form(), hit.known().type(), hit.weak() ? KNOWN_SURNAME : KNOWN, passage, hit));
      }
    }
    return found;
  }

  static List<Candidate> newNames(Passage passage) {
    List<Candidate> found = new ArrayList<>();
    String text = passage.text().replace("**", "");
    Matcher after = DEFINED_AFTER.matcher(text);
    while (after.find()) {
      addOrganisation(found, trimLeading(after.group(1)), after.group(2), ABBREVIATION, passage);
    }
    Matcher before = DEFINED_BEFORE.matcher(text);
    while (before.find()) {
      addOrganisation(found, trimLeading(before.group(2)), before.group(1), ABBREVIATION, passage);
    }
    Matcher run = NAME_RUN.matcher(text);
    while (run.find()) {
      String name = trimLeading(run.group());
      for (String part : name.split(" en (?:de|het) ")) {
        if (part.contains(" ") && isOrganisationName(part) && !MINISTRY.matcher(part).lookingAt()) {
          found.add(new Candidate(part, "Organisation", ORGANISATION_WORD, passage, null));
        }
      }
    }
    for (String place : municipalityNames(text)) {
      found.add(new Candidate(place, "Municipality", MUNICIPALITY, passage, null));
    }
    Matcher ministry = MINISTRY.matcher(text);
    while (ministry.find()) {
      found.add(new Candidate(ministry.group(), "Organisation", ORGANISATION_WORD, passage, null));
    }
    Matcher role = ROLE_NOUN.matcher(text);
    while (role.find()) {
      found.add(new Candidate(trimLeading(role.group(1)), "Organisation", ROLE, passage, null));
    }
    Matcher party = PARTY.matcher(text);
    while (party.find()) {
      found.add(new Candidate(party.group(1), "Organisation", POLITICAL_PARTY, passage, null));
    }
    Matcher gemeente = GEMEENTE_X.matcher(text);
    while (gemeente.find()) {
      found.add(new Candidate(gemeente.group(1), "Municipality", GEMEENTE, passage, null));
    }
    for (String member : MotionRules.submitterNames(text)) {
      found.add(new Candidate(member, "Person", MEMBER, passage, null));
    }
    Matcher titled = TITLE.matcher(text);
    while (titled.find()) {
      String name = titled.group(1) != null ? titled.group(1) : titled.group(2);
      found.add(new Candidate(name.strip(), "Person", TITLED, passage, null));
    }
    return found;
  }

  /**
   * Names listed together with an organisation ("ActiZ, InEEn, KNGF en VWS"; "DSV, Buurtzorg en
   * Marente") are organisations too, unless the list names places or people.
   */
  private static List<Candidate> enumerated(
      Passage passage, Gazetteer gazetteer, List<Candidate> earlier) {
    String text = passage.text().replace("**", "").replaceAll("\\s*\\([^)]*\\)", "");
    List<Candidate> found = new ArrayList<>();
    Matcher list = ENUMERATION.matcher(text);
    while (list.find()) {
      List<String> items = new ArrayList<>();
      items.add(list.group(1));
      for (String item : list.group(2).split(", ")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      items.add(list.group(3));
      List<String> names = items.stream().map(ActorRules::trimLeading).toList();
      if (!listsOrganisations(names, gazetteer, earlier, passage)) {
        continue;
      }
      for (String name : names) {
        if (gazetteer.idsNamed(name).isEmpty() && !MUNICIPALITIES.contains(name)) {
          found.add(new Candidate(name, "Organisation", ENUMERATED, passage, null));
        }
      }
    }
    return found;
  }

  private static boolean listsOrganisations(
      List<String> names, Gazetteer gazetteer, List<Candidate> earlier, Passage passage) {
    boolean organisation = false;
    for (String name : names) {
      Set<String> types = new TreeSet<>();
      gazetteer
          .idsNamed(name)
          .forEach(id -> gazetteer.byId(id).ifPresent(k -> types.add(k.type())));
      earlier.stream()
          .filter(c -> c.passage() == passage && c.name().equals(name))
          .forEach(c -> types.add(c.type()));
      if (MUNICIPALITIES.contains(name)
          || types.contains("Person")
          || types.contains("Municipality")
          || types.contains("Region")
          || types.contains("Programme")) {
        return false;
      }
      organisation |=
          types.contains("Organisation")
              || isOrganisationName(name)
              || name.matches("[\\p{Lu}&]{2,}");
    }
    return organisation;
  }

  private static void addOrganisation(
      List<Candidate> found, String name, String abbreviation, String rule, Passage passage) {
    if (name.isEmpty() || !initialsFit(name, abbreviation) || !isOrganisationName(name)) {
      return;
    }
    found.add(new Candidate(name + " (" + abbreviation + ")", "Organisation", rule, passage, null));
  }

  /** "Sociaal Economische Raad" fits SER: the abbreviation's first letter starts the name. */
  private static boolean initialsFit(String name, String abbreviation) {
    return Character.toUpperCase(name.charAt(0)) == Character.toUpperCase(abbreviation.charAt(0));
  }

  /** The abbreviations a document lists at its end ("RIVM Rijksinstituut voor ..."). */
  private static List<Candidate> abbreviationList(String text, List<Passage> passages) {
    List<Candidate> found = new ArrayList<>();
    Matcher m = LIST_LINE.matcher(text);
    while (m.find()) {
      String name = m.group(2).strip();
      if (!isOrganisationName(name) || !Character.isUpperCase(name.charAt(0))) {
        continue;
      }
      String line = m.group();
      passages.stream()
          .filter(p -> p.text().contains(line.strip()) || p.text().contains(m.group(2).strip()))
          .findFirst()
          .ifPresent(
              p ->
                  found.add(
                      new Candidate(
                          name + " (" + m.group(1) + ")", "Organisation", ABBREVIATION, p, null)));
    }
    return found;
  }

  static boolean isOrganisationName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> words = List.of(lower.split("[\\s-]+"));
    boolean organisation =
        words.stream().anyMatch(w -> ORGANISATION_WORDS.stream().anyMatch(w::endsWith))
            || (name.endsWith(" Nederland") && name.split("\\s+").length == 2);
    boolean other = words.stream().anyMatch(w -> NOT_ORGANISATION.stream().anyMatch(w::endsWith));
    return organisation && !other;
  }

  private static String trimLeading(String name) {
    String s = name.strip();
    int space = s.indexOf(' ');
    while (space > 0 && LEADING.contains(s.substring(0, space))) {
      s = s.substring(space + 1).strip();
      space = s.indexOf(' ');
    }
    return s;
  }

  private static Map<String, List<String>> byFirstWord(Set<String> names) {
    Map<String, List<String>> index = new LinkedHashMap<>();
    for (String name : names) {
      index.computeIfAbsent(name.split("[ -]")[0], k -> new ArrayList<>()).add(name);
    }
    index
        .values()
        .forEach(l -> l.sort(java.util.Comparator.comparingInt(String::length).reversed()));
    return index;
  }

  /** The municipalities a text names, except as a province or region ("provincie Utrecht"). */
  static List<String> municipalityNames(String text) {
    List<String> found = new ArrayList<>();
    Matcher word = WORD_START.matcher(text);
    while (word.find()) {
      String first = word.group().split("-")[0];
      for (String name : MUNICIPALITIES_BY_FIRST_WORD.getOrDefault(first, List.of())) {
        int end = word.start() + name.length();
        boolean whole =
            text.startsWith(name, word.start())
                && (end == text.length()
                    || !Character.isLetter(text.charAt(end)) && text.charAt(end) != '-');
        String before = text.substring(Math.max(0, word.start() - 30), word.start());
        if (whole && !before.matches(".*(provincie|regio) (\\p{Lu}[\\p{L}-]* )?$")) {
          found.add(name);
          break;
        }
      }
    }
    return found;
  }

  // ---- resolution

  private static List<Draft.Actor> resolve(List<Candidate> candidates, Gazetteer gazetteer) {
    Map<String, Draft.Actor> actors = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      Draft.Actor actor = resolve(candidate, gazetteer);
      Draft.Actor earlier = actors.get(actor.id());
      if (earlier == null) {
        actors.put(actor.id(), actor);
      } else if (earlier.quotes().size() < 3 && !earlier.quotes().contains(candidate.passage())) {
        List<Passage> quotes = new ArrayList<>(earlier.quotes());
        quotes.add(candidate.passage());
        actors.put(actor.id(), withQuotes(earlier, quotes));
      }
    }
    return List.copyOf(actors.values());
  }

  private static Draft.Actor withQuotes(Draft.Actor a, List<Passage> quotes) {
    return new Draft.Actor(
        a.id(),
        a.type(),
        a.name(),
        a.kind(),
        a.abbreviation(),
        a.resolution(),
        a.why(),
        a.rule(),
        quotes);
  }

  static Draft.Actor resolve(Candidate c, Gazetteer gazetteer) {
    List<Passage> quote = List.of(c.passage());
    if (c.hit() != null) {
      Gazetteer.Hit hit = c.hit();
      Draft.Resolution resolution =
          hit.weak() || !hit.rivals().isEmpty()
              ? Draft.Resolution.UNCERTAIN
              : Draft.Resolution.LINKED;
      String why =
          hit.weak()
              ? "surname \"" + hit.form() + "\" only; the graph knows " + hit.known().name()
              : hit.rivals().isEmpty()
                  ? "\"" + hit.form() + "\" is a spelling of " + hit.known().id()
                  : "\"" + hit.form() + "\" also names " + hit.rivals();
      return actor(
          hit.known().id(),
          hit.known().type(),
          hit.known().name(),
          null,
          resolution,
          why,
          c.rule(),
          quote);
    }
    String name = c.name();
    String abbreviation = null;
    Matcher defined = WITH_ABBREVIATION.matcher(name);
    if (defined.matches()) {
      name = defined.group(1);
      abbreviation = defined.group(2);
    }
    Set<String> ids = new TreeSet<>(gazetteer.idsNamed(name));
    Matcher ministryOf = MINISTRY_OF.matcher(name);
    if (ids.isEmpty() && ministryOf.matches()) {
      ids.addAll(gazetteer.idsNamed(ministryOf.group(1)));
    }
    if (abbreviation != null) {
      ids.addAll(gazetteer.idsNamed(abbreviation));
    }
    ids.removeIf(id -> gazetteer.byId(id).map(k -> !ACTOR_TYPES.contains(k.type())).orElse(true));
    if (ids.size() == 1) {
      Gazetteer.Known k = gazetteer.byId(ids.iterator().next()).orElseThrow();
      return actor(
          k.id(),
          k.type(),
          k.name(),
          null,
          Draft.Resolution.LINKED,
          "\"" + c.name() + "\" is a spelling of " + k.id(),
          c.rule(),
          quote);
    }
    if (ids.size() > 1) {
      Gazetteer.Known k = gazetteer.byId(ids.iterator().next()).orElseThrow();
      return actor(
          k.id(),
          k.type(),
          k.name(),
          null,
          Draft.Resolution.UNCERTAIN,
          "\"" + c.name() + "\" names " + ids,
          c.rule(),
          quote);
    }
    String id = prefix(c.type()) + slug(name);
    if (gazetteer.byId(id).isPresent()) {
      Gazetteer.Known k = gazetteer.byId(id).get();
      return actor(
          id,
          k.type(),
          k.name(),
          null,
          Draft.Resolution.UNCERTAIN,
          "new spelling \"" + name + "\" gives the id of " + k.name(),
          c.rule(),
          quote);
    }
    if (c.type().equals("Person")) {
      Gazetteer.Known same = samePerson(name, gazetteer);
      if (same != null) {
        return actor(
            same.id(),
            same.type(),
            same.name(),
            null,
            Draft.Resolution.UNCERTAIN,
            "\"" + name + "\" may be " + same.name(),
            c.rule(),
            quote);
      }
    }
    Draft.Actor actor =
        new Draft.Actor(
            id,
            c.type(),
            name,
            c.type().equals("Organisation") ? kind(name) : null,
            abbreviation,
            Draft.Resolution.NEW,
            "not in the graph; first mention",
            c.rule(),
            quote);
    return actor;
  }

  private static Gazetteer.Known samePerson(String name, Gazetteer gazetteer) {
    String surname = surname(name);
    List<Gazetteer.Known> same =
        gazetteer.all().stream()
            .filter(k -> k.type().equals("Person"))
            .filter(k -> k.forms().stream().anyMatch(f -> surname(f).equalsIgnoreCase(surname)))
            .toList();
    return same.size() == 1 ? same.get(0) : null;
  }

  private static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static Draft.Actor actor(
      String id,
      String type,
      String name,
      String kind,
      Draft.Resolution resolution,
      String why,
      String rule,
      List<Passage> quotes) {
    return new Draft.Actor(id, type, name, kind, null, resolution, why, rule, quotes);
  }

  static String personId(String name) {
    return "person/" + slug(name);
  }

  /** The id prefix the model declares for {@code type} ({@code @node(prefix:)}). */
  static String prefix(String type) {
    return GraphModel.standard()
        .kind(type)
        .map(NodeKind::prefix)
        .orElseThrow(() -> new IllegalArgumentException("no node kind " + type + " in the model"));
  }

  static String slug(String name) {
    return LookupKey.of(name).replace("/", " ").strip().replaceAll("\\s+", "-");
  }

  /** The kind of organisation its name says, OTHER when it says none. */
  static String kind(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("ministerie")) return "MINISTRY";
    if (n.contains("zorgkantoor")) return "CARE_OFFICE";
    if (n.contains("verzekeraar") && !n.contains("zorgverzekeraars nederland")) return "INSURER";
    if (n.matches(".*(inspectie|autoriteit|rijksdienst|rijksinstituut|agentschap|dienst).*"))
      return "AGENCY";
    if (n.matches(".*(planbureau|instituut|kenniscentrum|universiteit|hogeschool|academie).*"))
      return "KNOWLEDGE_INSTITUTE";
    if (n.matches(".*(raad|commissie).*")) return "ADVISORY_BODY";
    if (n.matches(".*(vereniging|federatie|genootschap|bond|unie|nederland|zorgverzekeraars).*"))
      return "ASSOCIATION";
    if (n.contains("stichting")) return "FOUNDATION";
    if (n.contains("partij")) return "POLITICAL_PARTY";
    if (n.contains("kamer")) return "PARLIAMENT";
    return "OTHER";
  }

  private static Set<String> municipalities() {
    try (InputStream in = ActorRules.class.getResourceAsStream("municipalities.txt")) {
      if (in == null) {
        return Set.of();
      }
      return Set.copyOf(
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
