package nl.langerthuis.graph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;
import nl.langerthuis.graph.model.SeedRules;

/**
 * Derives the graph to write from the merged records, by the rules each kind declares ({@link
 * SeedRules}, {@link SeedField}): required fields, defaults and fixed values, the values read from
 * status reports, labels, display labels, sort and lookup keys, date precisions and sources; and
 * the relationships of references and reports, each reference checked to name a record.
 */
final class SeedDeriver {
  private final SeedMerger merger;
  private final List<String> problems;

  SeedDeriver(SeedMerger merger, List<String> problems) {
    this.merger = merger;
    this.problems = problems;
  }

  SeedGraph derive(String hash, Set<String> notMotions) {
    List<SeedGraph.Node> nodes = new ArrayList<>();
    List<SeedGraph.Relationship> relationships = new ArrayList<>();
    for (SeedMerger.Merged merged : merger.records().values()) {
      checkRequired(merged);
      nodes.add(node(merged));
      relationships.addAll(reportRelationships(merged));
    }
    relationships.addAll(linkRelationships());
    return new SeedGraph(nodes, relationships, hash, notMotions);
  }

  private void checkRequired(SeedMerger.Merged merged) {
    for (SeedField field : merged.kind.seedFields().values()) {
      if (field.required() && !merged.scalars.containsKey(field.name())) {
        problems.add(merged.where + ": " + merged.id + " has no " + field.name() + " in any file");
      }
    }
    if (merged.kind.hasReports() && merged.reports.isEmpty()) {
      problems.add(
          merged.where
              + ": "
              + merged.id
              + " has no report: say what status the document gives it");
    }
    merged.kind.seedFields().values().stream()
        .filter(f -> f.idForm() == SeedField.IdForm.KAMERSTUK)
        .forEach(f -> checkKamerstukId(merged, f.name()));
  }

  private void checkKamerstukId(SeedMerger.Merged merged, String field) {
    if (!(merged.scalars.get(field) instanceof String k)) {
      return;
    }
    String prefix = merged.kind.prefix();
    String canonical = Kamerstuk.parse(k).orElse(null);
    if (canonical == null || !merged.id.equals(prefix + canonical)) {
      problems.add(
          merged.where
              + ": "
              + merged.id
              + ": "
              + field
              + " '"
              + k
              + "' must be the canonical form of the id ("
              + merged.id.substring(prefix.length())
              + ")");
    }
  }

  private SeedGraph.Node node(SeedMerger.Merged merged) {
    NodeKind kind = merged.kind;
    SeedRules rules = kind.seedRules();
    Map<String, Object> props = new LinkedHashMap<>(merged.scalars);
    merged.lists.forEach((name, values) -> props.put(name, List.copyOf(values)));
    putPrecisions(props, kind);
    props.put("id", merged.id);
    props.put("type", kind.typeName());
    putSources(props, merged.sources);
    for (SeedField field : kind.seedFields().values()) {
      if (field.defaultValue() != null) {
        props.putIfAbsent(field.name(), typed(field, field.defaultValue()));
      }
    }
    props.putAll(rules.fixed());
    putFromReports(merged, props);
    List<String> labels = new ArrayList<>(List.of("Entity", kind.label()));
    rules.extraLabels().stream()
        .filter(extra -> extra.appliesTo(props))
        .forEach(extra -> labels.add(extra.label()));
    props.put("label", label(merged, props));
    props.put("sortKey", sortKey(merged, props));
    Set<String> keys = keys(merged, props);
    return new SeedGraph.Node(merged.id, labels, props, keys, partKeys(merged, props, keys));
  }

  /** A default as the value the field holds: an enum value or text, or a boolean. */
  private static Object typed(SeedField field, String value) {
    return field.kind() == SeedField.Kind.BOOLEAN ? Boolean.valueOf(value) : value;
  }

  /** Sort keys order as text: an Int to sort by is zero-padded before the id. */
  private static String sortKey(SeedMerger.Merged merged, Map<String, Object> props) {
    return merged
        .kind
        .seedRules()
        .sortProperty()
        .filter(name -> props.get(name) instanceof Long)
        .map(name -> String.format("%05d %s", (Long) props.get(name), merged.id))
        .orElse(merged.id);
  }

  /**
   * Beside every date its precision ({@code startDate} gets {@code startDatePrecision}): a date
   * stored as {@code 2020-06} reads as the first of June in the API, and the precision says that
   * only the month is known.
   */
  private static void putPrecisions(Map<String, Object> props, NodeKind kind) {
    for (String name : List.copyOf(props.keySet())) {
      boolean isDate = kind.seedField(name).map(f -> f.kind() == SeedField.Kind.DATE).orElse(false);
      if (isDate && props.get(name) instanceof String date) {
        props.put(name + "Precision", DatePrecision.of(date).name());
      }
    }
  }

  /** The properties the kind reads from its reports: the latest status, a status ever stated. */
  private static void putFromReports(SeedMerger.Merged merged, Map<String, Object> props) {
    List<ValidRecord.Report> reports = chronological(merged.reports);
    for (SeedRules.FromReports rule : merged.kind.seedRules().fromReports()) {
      if (rule.rule() == SeedRules.ReportRule.LATEST && !reports.isEmpty()) {
        props.put(rule.name(), reports.get(reports.size() - 1).status());
      } else if (rule.rule() == SeedRules.ReportRule.ANY) {
        props.put(
            rule.name(), reports.stream().anyMatch(r -> rule.statuses().contains(r.status())));
      }
    }
  }

  private static List<ValidRecord.Report> chronological(List<ValidRecord.Report> reports) {
    return reports.stream()
        .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.date(), "")))
        .toList();
  }

  private List<SeedGraph.Relationship> reportRelationships(SeedMerger.Merged merged) {
    List<SeedGraph.Relationship> result = new ArrayList<>();
    Map<String, List<Quote>> reportsByDocument = new LinkedHashMap<>();
    for (ValidRecord.Report report : chronological(merged.reports)) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("status", report.status());
      if (report.date() != null) {
        props.put("date", report.date());
        props.put("datePrecision", DatePrecision.of(report.date()).name());
      }
      props.put("quote", report.quote().text());
      props.put("location", Objects.requireNonNullElse(report.quote().location(), ""));
      putSources(props, List.of(report.quote()));
      if (reportsByDocument.put(report.document(), List.of(report.quote())) != null) {
        problems.add(
            merged.where + ": " + merged.id + " has two status reports from " + report.document());
      }
      result.add(new SeedGraph.Relationship("REPORTED_IN", merged.id, report.document(), props));
    }
    for (SeedRules.FromReports rule : merged.kind.seedRules().fromReports()) {
      if (rule.rule() != SeedRules.ReportRule.FIRST) {
        continue;
      }
      chronological(merged.reports).stream()
          .filter(r -> rule.statuses().contains(r.status()))
          .findFirst()
          .ifPresent(
              r ->
                  result.add(
                      new SeedGraph.Relationship(
                          rule.name(), merged.id, r.document(), sourceProps(List.of(r.quote())))));
    }
    return result;
  }

  private List<SeedGraph.Relationship> linkRelationships() {
    Map<String, List<Quote>> merged = new LinkedHashMap<>();
    for (ValidRecord.Link link : merger.links()) {
      if (!merger.records().containsKey(link.from()) || !merger.records().containsKey(link.to())) {
        String missing = merger.records().containsKey(link.from()) ? link.to() : link.from();
        problems.add(link.where() + " -> " + missing + ": no record has this id");
        continue;
      }
      Quote.addNew(
          merged.computeIfAbsent(
              link.relation() + "|" + link.from() + "|" + link.to(), k -> new ArrayList<>()),
          link.quotes());
    }
    List<SeedGraph.Relationship> result = new ArrayList<>();
    merged.forEach(
        (key, quotes) -> {
          String[] parts = key.split("\\|", 3);
          result.add(new SeedGraph.Relationship(parts[0], parts[1], parts[2], sourceProps(quotes)));
        });
    return result;
  }

  private static Map<String, Object> sourceProps(List<Quote> quotes) {
    Map<String, Object> props = new LinkedHashMap<>();
    putSources(props, quotes);
    return props;
  }

  private static void putSources(Map<String, Object> props, List<Quote> quotes) {
    props.put("sourceDocs", quotes.stream().map(Quote::document).toList());
    props.put("sourceQuotes", quotes.stream().map(Quote::text).toList());
    props.put(
        "sourceLocations",
        quotes.stream().map(q -> Objects.requireNonNullElse(q.location(), "")).toList());
  }

  /** The node's display label as its kind declares it, else its id. */
  private static String label(SeedMerger.Merged merged, Map<String, Object> props) {
    return merged.kind.seedRules().displayLabel(props).orElse(merged.id);
  }

  private static Set<String> keys(SeedMerger.Merged merged, Map<String, Object> props) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(LookupKey.of(merged.id));
    for (String name : merged.kind.seedRules().keys()) {
      if (props.get(name) instanceof String value) {
        keys.add(LookupKey.of(value));
      }
    }
    merged
        .lists
        .getOrDefault(SeedValidator.ALIASES, Set.of())
        .forEach(alias -> keys.add(LookupKey.of(alias)));
    keys.remove("");
    return keys;
  }

  /**
   * Whole-word parts of the names of the kinds users look up by parts of names (people, actors).
   */
  private static Set<String> partKeys(
      SeedMerger.Merged merged, Map<String, Object> props, Set<String> exact) {
    if (!merged.kind.seedRules().keyParts()) {
      return Set.of();
    }
    List<String> names =
        new ArrayList<>(merged.lists.getOrDefault(SeedValidator.ALIASES, Set.of()));
    for (String name : merged.kind.seedRules().keys()) {
      if (props.get(name) instanceof String value) {
        names.add(value);
      }
    }
    Set<String> parts = new LinkedHashSet<>();
    names.forEach(name -> parts.addAll(LookupKey.parts(name)));
    parts.removeAll(exact);
    return parts;
  }
}
