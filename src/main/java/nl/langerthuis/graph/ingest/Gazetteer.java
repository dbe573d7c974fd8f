package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.langerthuis.graph.seed.LookupKey;
import nl.langerthuis.graph.seed.SeedFile;

/**
 * The names the graph already knows: every actor, motion, programme, pilot and subsidy of the seed
 * with its name, abbreviation and aliases (and a person's surname), found in sentences by exact
 * spelling. Built from the seed files as written, so that a measurement can leave one document's
 * files out.
 */
final class Gazetteer {
  /** Record types whose names are looked for in new documents. */
  static final Set<String> TYPES =
      Set.of(
          "Organisation",
          "Municipality",
          "Region",
          "Person",
          "Motion",
          "Programme",
          "Pilot",
          "Subsidy",
          "IntegratedCareNetwork");

  /** A node of the graph, with every spelling it is known by. */
  record Known(
      String id,
      String type,
      String name,
      Set<String> forms,
      Set<String> weakForms,
      Set<String> submitters) {
    String slug() {
      return id.substring(id.indexOf('/') + 1);
    }
  }

  /** A known name found in a sentence. */
  record Hit(Known known, String form, int start, int end, boolean weak, Set<String> rivals) {}

  private final Map<String, Known> known;
  private final Map<String, Set<String>> idsByKey = new LinkedHashMap<>();
  private final List<Form> forms = new ArrayList<>();

  private record Form(String text, String lower, Pattern pattern, boolean weak) {
    /**
     * A cheap test before the pattern: the spelling (or, for long names, its lower case) occurs.
     */
    boolean mayOccurIn(String sentence, String lowerSentence) {
      return sentence.contains(text)
          || (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 && lowerSentence.contains(lower);
    }
  }

  private Gazetteer(Map<String, Known> known) {
    this.known = known;
    Map<String, Boolean> spellings = new LinkedHashMap<>();
    for (Known k : known.values()) {
      for (String form : k.forms()) {
        idsByKey.computeIfAbsent(LookupKey.of(form), x -> new TreeSet<>()).add(k.id());
        spellings.put(form, false);
      }
      for (String form : k.weakForms()) {
        spellings.putIfAbsent(form, true);
      }
    }
    spellings.forEach(
        (form, weak) ->
            forms.add(new Form(form, form.toLowerCase(Locale.ROOT), pattern(form), weak)));
  }

  static Gazetteer empty() {
    return new Gazetteer(Map.of());
  }

  /** The names in the files that {@code include} accepts. */
  static Gazetteer of(Collection<SeedFile> files, Predicate<SeedFile> include) {
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    Map<String, Set<String>> submitters = new LinkedHashMap<>();
    for (SeedFile file : files) {
      if (!include.test(file)) {
        continue;
      }
      for (Map<String, Object> record : file.records()) {
        String id = text(record.get("id"));
        String type = text(record.get("type"));
        if (id == null || type == null || !TYPES.contains(type)) {
          continue;
        }
        types.putIfAbsent(id, type);
        Set<String> spellings = forms.computeIfAbsent(id, x -> new LinkedHashSet<>());
        for (String field : List.of("name", "abbreviation", "kamerstuk", "title")) {
          String value = text(record.get(field));
          if (value != null) {
            spellings.add(value);
            if (field.equals("name") || field.equals("kamerstuk")) {
              names.putIfAbsent(id, value);
            }
          }
        }
        if (record.get("submitters") instanceof List<?> people) {
          people.stream()
              .map(Gazetteer::text)
              .filter(p -> p != null)
              .forEach(p -> submitters.computeIfAbsent(id, x -> new TreeSet<>()).add(p));
        }
        if (record.get("aliases") instanceof List<?> aliases) {
          aliases.stream().map(Gazetteer::text).filter(a -> a != null).forEach(spellings::add);
        }
      }
    }
    Map<String, Known> known = new LinkedHashMap<>();
    types.forEach(
        (id, type) -> {
          Set<String> spellings = usable(forms.get(id), type);
          String name = names.getOrDefault(id, spellings.stream().findFirst().orElse(id));
          known.put(
              id,
              new Known(
                  id,
                  type,
                  name,
                  spellings,
                  weakForms(type, spellings),
                  submitters.getOrDefault(id, Set.of())));
        });
    return new Gazetteer(known);
  }

  /** Spellings long enough to find without drowning in false hits. */
  private static Set<String> usable(Set<String> spellings, String type) {
    Set<String> result = new LinkedHashSet<>();
    for (String s : spellings) {
      boolean acronym = s.length() >= 2 && s.chars().filter(Character::isUpperCase).count() >= 2;
      boolean programmeLike = type.equals("Programme") || type.equals("Pilot");
      if (acronym || s.length() >= (programmeLike ? 8 : 4)) {
        result.add(s);
      }
    }
    return result;
  }

  /** A person's surname alone ("Bergkamp" for "Vera Bergkamp"): found, but to be checked. */
  private static Set<String> weakForms(String type, Set<String> spellings) {
    if (!type.equals("Person")) {
      return Set.of();
    }
    Set<String> surnames = new LinkedHashSet<>();
    for (String s : spellings) {
      Matcher m = SURNAME.matcher(s);
      if (m.find() && !spellings.contains(m.group(1)) && m.group(1).length() >= 4) {
        surnames.add(m.group(1));
      }
    }
    return surnames;
  }

  private static final Pattern SURNAME =
      Pattern.compile("((?:(?:[Vv]an|[Dd]e|der|den|ter|ten)\\s+)*[\\p{Lu}][\\p{L}'-]+)$");

  private static Pattern pattern(String form) {
    boolean caseless = form.length() >= 10 && form.contains(" ");
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
        caseless ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }

  Collection<Known> all() {
    return known.values();
  }

  Optional<Known> byId(String id) {
    return Optional.ofNullable(known.get(id));
  }

  /** The known nodes that a name means (by lookup key: case, accents and punctuation folded). */
  Set<String> idsNamed(String name) {
    return idsByKey.getOrDefault(LookupKey.of(name), Set.of());
  }

  /**
   * The known names in a sentence, longest first, none overlapping another. A spelling that two
   * nodes share comes back with its rivals.
   */
  List<Hit> find(String sentence) {
    List<Hit> hits = new ArrayList<>();
    String lowerSentence = sentence.toLowerCase(Locale.ROOT);
    for (Form form : forms) {
      if (!form.mayOccurIn(sentence, lowerSentence)) {
        continue;
      }
      Matcher m = form.pattern().matcher(sentence);
      while (m.find()) {
        Set<String> ids = form.weak() ? weakIds(form.text()) : idsNamed(form.text());
        for (String id : ids) {
          Set<String> rivals = new TreeSet<>(ids);
          rivals.remove(id);
          hits.add(new Hit(known.get(id), form.text(), m.start(), m.end(), form.weak(), rivals));
          break;
        }
      }
    }
    hits.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed());
    List<Hit> chosen = new ArrayList<>();
    for (Hit hit : hits) {
      if (chosen.stream().noneMatch(c -> c.start() < hit.end() && hit.start() < c.end())) {
        chosen.add(hit);
      }
    }
    chosen.sort(Comparator.comparingInt(Hit::start));
    return chosen;
  }

  private Set<String> weakIds(String surname) {
    Set<String> ids = new TreeSet<>();
    known.values().stream()
        .filter(k -> k.weakForms().contains(surname))
        .forEach(k -> ids.add(k.id()));
    return ids;
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank()
        ? s.strip()
        : value instanceof Number n ? String.valueOf(n) : null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
