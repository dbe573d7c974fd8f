package nl.langerthuis.graph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;
import nl.langerthuis.graph.model.SeedRules;

/**
 * Validates seed records file by file and merges them into one graph. Each problem is recorded as
 * {@code file:line: message}; {@link SeedReader} fails the load if there is any.
 */
final class SeedAssembler {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z]*)(?::(\\d+))?}");
  private static final String ALIASES = "aliases";

  /**
   * Fields every kind of record may carry, besides those its schema type declares: other spellings
   * of its name (lookup keys), and prose that several files add to.
   */
  private static final Map<String, SeedField> COMMON_FIELDS =
      Map.of(
          ALIASES,
          SeedField.property(ALIASES, SeedField.Kind.TEXTS),
          "description",
          SeedField.property("description", SeedField.Kind.TEXT).withMerge(SeedField.Merge.JOIN),
          "note",
          SeedField.property("note", SeedField.Kind.TEXT).withMerge(SeedField.Merge.JOIN));

  private final Path documentsDir;
  private final GraphModel model;
  private final List<String> problems;
  private final Map<String, DocumentText> documents = new LinkedHashMap<>();
  private final Map<String, Merged> records = new LinkedHashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Set<String> notMotions = new TreeSet<>();

  SeedAssembler(Path documentsDir, GraphModel model, List<String> problems) {
    this.documentsDir = documentsDir;
    this.model = model;
    this.problems = problems;
  }

  private record DocumentText(String id, String date, List<String> texts) {}

  record Quote(String document, String text, String location) {}

  private record Report(String document, String date, String status, Quote quote) {}

  private record Link(String relation, String from, String to, List<Quote> quotes, String where) {}

  /** Everything the files say about one id. */
  private static final class Merged {
    final String id;
    final NodeKind type;
    final String where;
    final Map<String, Object> scalars = new LinkedHashMap<>();
    final Map<String, String> scalarWhere = new HashMap<>();
    final Map<String, String> statusDate = new HashMap<>();
    final Map<String, Set<String>> lists = new LinkedHashMap<>();
    final List<Quote> sources = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();

    Merged(String id, NodeKind type, String where) {
      this.id = id;
      this.type = type;
      this.where = where;
    }
  }

  // ---- reading
  // ---------------------------------------------------------------------------------------------

  void addDocuments(String file, Map<String, Object> yaml) {
    for (Map<String, Object> record : records(file, yaml, "documents")) {
      String where = file + ":" + record.get(YamlFile.LINE);
      String id = string(record.get("id"));
      List<String> texts = new ArrayList<>();
      for (String rendition : stringList(record.get("renditions"))) {
        Path path = documentsDir.resolve(rendition);
        try {
          texts.add(QuoteText.normalise(Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          problems.add(
              where
                  + ": rendition "
                  + rendition
                  + " cannot be read from "
                  + documentsDir.toAbsolutePath().normalize());
        }
      }
      if (texts.isEmpty()) {
        problems.add(where + ": document " + id + " has no readable renditions");
      }
      String date = record.get("date") == null ? null : String.valueOf(record.get("date"));
      if (id != null) {
        documents.put(id, new DocumentText(id, date, texts));
      }
      addRecord(file, id, record);
    }
  }

  void addDocumentFile(String file, Map<String, Object> yaml) {
    String document = string(yaml.get("document"));
    if (document == null || !documents.containsKey(document)) {
      problems.add(
          file
              + ":1: 'document' must name a document of "
              + SeedReader.DOCUMENTS_FILE
              + " (got "
              + document
              + ")");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> record : records(file, yaml, "records")) {
      String id = string(record.get("id"));
      if (id != null && !seen.add(id)) {
        problems.add(
            file + ":" + record.get(YamlFile.LINE) + ": duplicate id " + id + " in this file");
        continue;
      }
      addRecord(file, document, record);
    }
    for (Map<String, Object> ref : records(file, yaml, "notMotions")) {
      addNotMotion(file, document, ref);
    }
  }

  private void addNotMotion(String file, String document, Map<String, Object> ref) {
    String where = file + ":" + ref.get(YamlFile.LINE);
    String key = string(ref.get("ref"));
    if (key == null || Kamerstuk.parse(key).filter(key::equals).isEmpty()) {
      problems.add(
          where + ": notMotions ref must be a Kamerstuk number like '25295-277' (got " + key + ")");
      return;
    }
    quote(where, document, ref.get("quote"), null);
    notMotions.add(key);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> records(String file, Map<String, Object> yaml, String key) {
    Object list = yaml.get(key);
    if (list == null) {
      return List.of();
    }
    if (!(list instanceof List<?> items)) {
      problems.add(file + ":" + yaml.get(YamlFile.LINE) + ": '" + key + "' must be a list");
      return List.of();
    }
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> map) {
        result.add((Map<String, Object>) map);
      } else {
        problems.add(file + ": every entry of '" + key + "' must be a mapping (got " + item + ")");
      }
    }
    return result;
  }

  /** Validates one record and merges it; {@code document} is the document its quotes cite. */
  private void addRecord(String file, String document, Map<String, Object> record) {
    String where = file + ":" + record.get(YamlFile.LINE);
    String id = string(record.get("id"));
    String typeName = string(record.get("type"));
    NodeKind documentKind = model.documentKind().orElse(null);
    NodeKind type =
        typeName == null
                && id != null
                && documentKind != null
                && id.startsWith(documentKind.prefix())
            ? documentKind
            : model.kind(String.valueOf(typeName)).orElse(null);
    if (id == null || type == null) {
      problems.add(
          where
              + ": a record needs an id and a known type (got id "
              + id
              + ", type "
              + typeName
              + ")");
      return;
    }
    NodeKind kind = type;
    if (!id.startsWith(kind.prefix())) {
      problems.add(
          where + ": id " + id + " of a " + type.typeName() + " must start with " + kind.prefix());
      return;
    }
    if (type.equals(documentKind)) {
      document = id;
    }
    Merged merged = records.computeIfAbsent(id, k -> new Merged(k, type, where));
    if (merged.type != type) {
      problems.add(
          where
              + ": "
              + id
              + " is a "
              + type.typeName()
              + " here but a "
              + merged.type.typeName()
              + " at "
              + merged.where);
      return;
    }
    List<Quote> quotes = quotes(where, document, record.get("quotes"));
    if (quotes.isEmpty()) {
      problems.add(
          where
              + ": "
              + id
              + " has no quotes: every record cites at least one passage of its document");
    }
    addAll(merged.sources, quotes);
    for (Map.Entry<String, Object> entry : record.entrySet()) {
      String name = entry.getKey();
      if (name.equals("id")
          || name.equals("type")
          || name.equals("quotes")
          || name.equals(YamlFile.LINE)) {
        continue;
      }
      SeedField field = kind.seedField(name).orElse(COMMON_FIELDS.get(name));
      if (field == null) {
        problems.add(where + ": " + id + ": unknown field '" + name + "' for a " + type.typeName());
        continue;
      }
      addField(where, document, merged, field, entry.getValue(), quotes);
    }
  }

  private void addField(
      String where,
      String document,
      Merged merged,
      SeedField field,
      Object value,
      List<Quote> quotes) {
    String at = where + ": " + merged.id + "." + field.name();
    switch (field.kind()) {
      case TEXT -> {
        String text =
            value instanceof String || value instanceof Number
                ? String.valueOf(value).strip()
                : null;
        if (text == null || text.isEmpty()) {
          problems.add(at + " must be a non-empty text");
        } else {
          setScalar(at, document, merged, field, text);
        }
      }
      case TEXTS ->
          merged
              .lists
              .computeIfAbsent(field.name(), k -> new LinkedHashSet<>())
              .addAll(texts(at, value));
      case ENUM -> {
        if (!field.values().contains(value)) {
          problems.add(
              at + " must be one of " + new TreeSet<>(field.values()) + " (got " + value + ")");
        } else {
          setScalar(at, document, merged, field, value);
        }
      }
      case DATE -> {
        String date = value == null ? null : String.valueOf(value);
        if (!isDate(date)) {
          problems.add(at + " must be a date YYYY-MM-DD, YYYY-MM or YYYY (got " + value + ")");
        } else {
          setScalar(at, document, merged, field, date);
        }
      }
      case NUMBER -> {
        if (value instanceof Number n) {
          setScalar(at, document, merged, field, n.doubleValue());
        } else {
          problems.add(at + " must be a number (got " + value + ")");
        }
      }
      case INTEGER -> {
        if (value instanceof Long n) {
          setScalar(at, document, merged, field, n);
        } else {
          problems.add(at + " must be a whole number (got " + value + ")");
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean b) {
          setScalar(at, document, merged, field, b);
        } else {
          problems.add(at + " must be true or false (got " + value + ")");
        }
      }
      case REF -> addLink(at, document, merged, field, value, quotes);
      case REFS -> {
        if (value instanceof List<?> list) {
          list.forEach(item -> addLink(at, document, merged, field, item, quotes));
        } else {
          problems.add(at + " must be a list of ids");
        }
      }
      case REPORT -> addReport(at, document, merged, field, value);
    }
  }

  private void addLink(
      String at,
      String document,
      Merged merged,
      SeedField field,
      Object value,
      List<Quote> recordQuotes) {
    String target = value instanceof Map<?, ?> map ? string(map.get("id")) : string(value);
    if (target == null) {
      problems.add(at + " must name an id (got " + value + ")");
      return;
    }
    if (!field.accepts(target)) {
      problems.add(
          at + " -> " + target + ": must be an id starting with one of " + field.targets());
      return;
    }
    List<Quote> own =
        value instanceof Map<?, ?> map ? quotes(at, document, map.get("quotes")) : List.of();
    List<Quote> quotes = own.isEmpty() ? recordQuotes : own;
    String from = field.outgoing() ? merged.id : target;
    String to = field.outgoing() ? target : merged.id;
    links.add(new Link(field.relationship(), from, to, quotes, at));
  }

  private void addReport(String at, String document, Merged merged, SeedField field, Object value) {
    if (!(value instanceof Map<?, ?> map) || !field.values().contains(map.get("status"))) {
      problems.add(
          at + " must be {status, quote, at} with status one of " + new TreeSet<>(field.values()));
      return;
    }
    Quote quote = quote(at, document, map.get("quote"), string(map.get("at")));
    if (quote == null) {
      return;
    }
    addAll(merged.sources, List.of(quote));
    merged.reports.add(
        new Report(document, documents.get(document).date(), (String) map.get("status"), quote));
  }

  private void setScalar(String at, String document, Merged merged, SeedField field, Object value) {
    String name = field.name();
    Object earlier = merged.scalars.get(name);
    if (field.merge() == SeedField.Merge.NEWEST) {
      setNewest(merged, document, name, value);
      return;
    }
    if (earlier != null && field.merge() == SeedField.Merge.JOIN) {
      if (!String.valueOf(earlier).contains(String.valueOf(value))) {
        merged.scalars.put(name, earlier + "\n\n" + value);
      }
      return;
    }
    if (earlier != null && !earlier.equals(value)) {
      problems.add(
          at
              + " = "
              + value
              + " conflicts with "
              + earlier
              + " at "
              + merged.scalarWhere.get(name));
      return;
    }
    merged.scalars.put(name, value);
    merged.scalarWhere.put(name, at);
  }

  /** A value that moves on with time (an activity's status): the newest document wins. */
  private void setNewest(Merged merged, String document, String name, Object value) {
    String date = Objects.requireNonNullElse(documents.get(document).date(), "");
    String earlier = merged.statusDate.get(name);
    if (earlier == null || date.compareTo(earlier) >= 0) {
      merged.scalars.put(name, value);
      merged.statusDate.put(name, date);
    }
  }

  private List<Quote> quotes(String where, String document, Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<Quote> quotes = new ArrayList<>();
    for (Object item : items) {
      Object text = item instanceof Map<?, ?> map ? map.get("text") : item;
      String location = item instanceof Map<?, ?> map ? string(map.get("at")) : null;
      String at =
          item instanceof Map<?, ?> map && map.get(YamlFile.LINE) != null
              ? where.replaceAll(":\\d+.*", ":" + map.get(YamlFile.LINE))
              : where;
      Quote quote = quote(at, document, text, location);
      if (quote != null) {
        quotes.add(quote);
      }
    }
    return quotes;
  }

  private Quote quote(String where, String document, Object text, String location) {
    if (!(text instanceof String quote) || quote.isBlank()) {
      problems.add(where + ": a quote must be a non-empty text (got " + text + ")");
      return null;
    }
    DocumentText doc = documents.get(document);
    String normalised = QuoteText.normalise(quote);
    if (normalised.length() < QuoteText.MIN_LENGTH) {
      problems.add(
          where
              + ": quote \""
              + quote
              + "\" is too short to prove anything (at least "
              + QuoteText.MIN_LENGTH
              + " characters)");
      return null;
    }
    if (doc.texts().stream().noneMatch(t -> t.contains(normalised))) {
      problems.add(
          where + ": quote not found in " + document + ": \"" + abbreviate(quote, 100) + "\"");
      return null;
    }
    return new Quote(document, quote.strip(), location);
  }

  // ---- building
  // --------------------------------------------------------------------------------------------

  SeedGraph build(String hash) {
    List<SeedGraph.Node> nodes = new ArrayList<>();
    List<SeedGraph.Relationship> relationships = new ArrayList<>();
    for (Merged merged : records.values()) {
      checkRequired(merged);
      nodes.add(node(merged));
      relationships.addAll(reportRelationships(merged));
    }
    relationships.addAll(linkRelationships());
    return new SeedGraph(nodes, relationships, hash, notMotions);
  }

  private void checkRequired(Merged merged) {
    for (SeedField field : merged.type.seedFields().values()) {
      if (field.required() && !merged.scalars.containsKey(field.name())) {
        problems.add(merged.where + ": " + merged.id + " has no " + field.name() + " in any file");
      }
    }
    if (merged.type.hasReports() && merged.reports.isEmpty()) {
      problems.add(
          merged.where
              + ": "
              + merged.id
              + " has no report: say what status the document gives it");
    }
    merged.type.seedFields().values().stream()
        .filter(f -> f.idForm() == SeedField.IdForm.KAMERSTUK)
        .forEach(f -> checkKamerstukId(merged, f.name()));
  }

  private void checkKamerstukId(Merged merged, String field) {
    if (!(merged.scalars.get(field) instanceof String k)) {
      return;
    }
    String prefix = merged.type.prefix();
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

  private SeedGraph.Node node(Merged merged) {
    NodeKind kind = merged.type;
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
  private static String sortKey(Merged merged, Map<String, Object> props) {
    return merged
        .type
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
  private static void putFromReports(Merged merged, Map<String, Object> props) {
    List<Report> reports = chronological(merged.reports);
    for (SeedRules.FromReports rule : merged.type.seedRules().fromReports()) {
      if (rule.rule() == SeedRules.ReportRule.LATEST && !reports.isEmpty()) {
        props.put(rule.name(), reports.get(reports.size() - 1).status());
      } else if (rule.rule() == SeedRules.ReportRule.ANY) {
        props.put(
            rule.name(), reports.stream().anyMatch(r -> rule.statuses().contains(r.status())));
      }
    }
  }

  private static List<Report> chronological(List<Report> reports) {
    return reports.stream()
        .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.date(), "")))
        .toList();
  }

  private List<SeedGraph.Relationship> reportRelationships(Merged merged) {
    List<SeedGraph.Relationship> result = new ArrayList<>();
    Map<String, List<Quote>> reportsByDocument = new LinkedHashMap<>();
    for (Report report : chronological(merged.reports)) {
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
    for (SeedRules.FromReports rule : merged.type.seedRules().fromReports()) {
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
    for (Link link : links) {
      if (!records.containsKey(link.from()) || !records.containsKey(link.to())) {
        String missing = records.containsKey(link.from()) ? link.to() : link.from();
        problems.add(link.where() + " -> " + missing + ": no record has this id");
        continue;
      }
      addAll(
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

  private static void addAll(List<Quote> target, List<Quote> quotes) {
    for (Quote quote : quotes) {
      String key = QuoteText.normalise(quote.text());
      boolean known =
          target.stream()
              .anyMatch(
                  q ->
                      q.document().equals(quote.document())
                          && QuoteText.normalise(q.text()).equals(key));
      if (!known) {
        target.add(quote);
      }
    }
  }

  /**
   * The node's display label: the first of its kind's templates whose fields all have values, else
   * the last template, else the id.
   */
  private static String label(Merged merged, Map<String, Object> props) {
    List<String> templates = merged.type.seedRules().display();
    if (templates.isEmpty()) {
      return merged.id;
    }
    return templates.stream()
        .filter(t -> PLACEHOLDER.matcher(t).results().allMatch(m -> props.containsKey(m.group(1))))
        .findFirst()
        .map(t -> fill(t, props))
        .orElse(fill(templates.get(templates.size() - 1), props));
  }

  private static String fill(String template, Map<String, Object> props) {
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(
            m -> {
              String value = String.valueOf(props.get(m.group(1)));
              return Matcher.quoteReplacement(
                  m.group(2) == null ? value : abbreviate(value, Integer.parseInt(m.group(2))));
            });
  }

  private static Set<String> keys(Merged merged, Map<String, Object> props) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(LookupKey.of(merged.id));
    for (String name : merged.type.seedRules().keys()) {
      if (props.get(name) instanceof String value) {
        keys.add(LookupKey.of(value));
      }
    }
    merged.lists.getOrDefault(ALIASES, Set.of()).forEach(alias -> keys.add(LookupKey.of(alias)));
    keys.remove("");
    return keys;
  }

  /**
   * Whole-word parts of the names of the kinds users look up by parts of names (people, actors).
   */
  private static Set<String> partKeys(Merged merged, Map<String, Object> props, Set<String> exact) {
    if (!merged.type.seedRules().keyParts()) {
      return Set.of();
    }
    List<String> names = new ArrayList<>(merged.lists.getOrDefault(ALIASES, Set.of()));
    for (String name : merged.type.seedRules().keys()) {
      if (props.get(name) instanceof String value) {
        names.add(value);
      }
    }
    Set<String> parts = new LinkedHashSet<>();
    names.forEach(name -> parts.addAll(LookupKey.parts(name)));
    parts.removeAll(exact);
    return parts;
  }

  // ---- small helpers
  // ----------------------------------------------------------------------------------------

  private List<String> texts(String at, Object value) {
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof String s && !s.isBlank()) {
        texts.add(s.strip());
      } else {
        problems.add(at + " must be a list of non-empty texts (got " + item + ")");
      }
    }
    return texts;
  }

  private static boolean isDate(String text) {
    if (text == null || !DATE.matcher(text).matches()) {
      return false;
    }
    String[] parts = (text + "-01-01").split("-");
    try {
      LocalDate.of(
          Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static String string(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  private static List<String> stringList(Object value) {
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
