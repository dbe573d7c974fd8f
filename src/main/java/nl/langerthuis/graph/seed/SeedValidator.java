package nl.langerthuis.graph.seed;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;

/**
 * Checks bound records against the model, record by record: a known kind and an id with its prefix,
 * quotes found in the document, and each field by the rule of its {@link SeedField.Kind}. A valid
 * record comes out with typed values; every problem is recorded as {@code file:line: message}.
 */
final class SeedValidator {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  static final String ALIASES = "aliases";

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

  private final GraphModel model;
  private final DocumentTexts documents;

  /** The fields every kind of record may carry besides its own. */
  static Map<String, SeedField> commonFields() {
    return COMMON_FIELDS;
  }

  private final List<String> problems;

  SeedValidator(GraphModel model, DocumentTexts documents, List<String> problems) {
    this.model = model;
    this.documents = documents;
    this.problems = problems;
  }

  /** The valid records of {@code documents.yaml}, whose quotes cite the documents themselves. */
  List<ValidRecord> documents(BoundFile file) {
    List<ValidRecord> valid = new ArrayList<>();
    file.records().forEach(record -> validate(record).ifPresent(valid::add));
    return valid;
  }

  /** The valid records of a file that reads one document; an id twice in it is refused. */
  List<ValidRecord> records(BoundFile file) {
    if (!documents.contains(file.document())) {
      problems.add(
          file.name()
              + ":1: 'document' must name a document of "
              + SeedReader.DOCUMENTS_FILE
              + " (got "
              + file.document()
              + ")");
      return List.of();
    }
    List<ValidRecord> valid = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SeedRecord record : file.records()) {
      if (record.id() != null && !seen.add(record.id())) {
        problems.add(record.where() + ": duplicate id " + record.id() + " in this file");
        continue;
      }
      validate(record).ifPresent(valid::add);
    }
    return valid;
  }

  /** The Kamerstuk numbers of the file's {@code notMotions} entries that are valid. */
  List<String> notMotions(BoundFile file) {
    if (!documents.contains(file.document())) {
      return List.of();
    }
    List<String> refs = new ArrayList<>();
    for (Mapping entry : file.notMotions()) {
      String key = SeedRecord.text(entry.get("ref"));
      if (key == null || Kamerstuk.parse(key).filter(key::equals).isEmpty()) {
        problems.add(
            entry.where()
                + ": notMotions ref must be a Kamerstuk number like '25295-277' (got "
                + key
                + ")");
        continue;
      }
      documents.find(entry.where().toString(), file.document(), entry.get("quote"), null);
      refs.add(key);
    }
    return refs;
  }

  private Optional<ValidRecord> validate(SeedRecord record) {
    String where = record.where().toString();
    String id = record.id();
    NodeKind kind = kindOf(record);
    if (id == null || kind == null) {
      problems.add(
          where
              + ": a record needs an id and a known type (got id "
              + id
              + ", type "
              + record.type()
              + ")");
      return Optional.empty();
    }
    if (!id.startsWith(kind.prefix())) {
      problems.add(
          where + ": id " + id + " of a " + kind.typeName() + " must start with " + kind.prefix());
      return Optional.empty();
    }
    String document = kind.equals(model.documentKind().orElse(null)) ? id : record.document();
    List<Quote> quotes = quotes(where, document, record.quotes());
    if (quotes.isEmpty()) {
      problems.add(
          where
              + ": "
              + id
              + " has no quotes: every record cites at least one passage of its document");
    }
    Fields fields = new Fields(id, document, new ArrayList<>(quotes));
    record.fields().forEach((name, value) -> fields.add(where, kind, name, value, quotes));
    return Optional.of(
        new ValidRecord(
            where,
            id,
            kind,
            document,
            fields.sources,
            fields.values,
            fields.links,
            fields.reports));
  }

  /**
   * The record's kind: the one its type names, or the documents' kind for a record without a type
   * whose id has that kind's prefix (an entry of {@code documents.yaml}).
   */
  private NodeKind kindOf(SeedRecord record) {
    NodeKind documentKind = model.documentKind().orElse(null);
    if (record.type() == null
        && record.id() != null
        && documentKind != null
        && record.id().startsWith(documentKind.prefix())) {
      return documentKind;
    }
    return model.kind(String.valueOf(record.type())).orElse(null);
  }

  /** The typed fields of one record, collected as they are checked. */
  private final class Fields {
    final String id;
    final String document;
    final List<Quote> sources;
    final List<ValidRecord.Value> values = new ArrayList<>();
    final List<ValidRecord.Link> links = new ArrayList<>();
    final List<ValidRecord.Report> reports = new ArrayList<>();

    Fields(String id, String document, List<Quote> sources) {
      this.id = id;
      this.document = document;
      this.sources = sources;
    }

    void add(String where, NodeKind kind, String name, Object value, List<Quote> quotes) {
      SeedField field = kind.seedField(name).orElse(COMMON_FIELDS.get(name));
      if (field == null) {
        problems.add(where + ": " + id + ": unknown field '" + name + "' for a " + kind.typeName());
        return;
      }
      String at = where + ": " + id + "." + field.name();
      switch (field.kind()) {
        case TEXT -> text(at, value).ifPresent(text -> put(field, text, at));
        case TEXTS -> put(field, texts(at, value), at);
        case ENUM -> {
          if (field.values().contains(value)) {
            put(field, value, at);
          } else {
            problems.add(
                at + " must be one of " + new TreeSet<>(field.values()) + " (got " + value + ")");
          }
        }
        case DATE -> date(at, value).ifPresent(date -> put(field, date, at));
        case NUMBER ->
            typed(at, value, Number.class, "a number")
                .ifPresent(n -> put(field, n.doubleValue(), at));
        case INTEGER ->
            typed(at, value, Long.class, "a whole number").ifPresent(n -> put(field, n, at));
        case BOOLEAN ->
            typed(at, value, Boolean.class, "true or false").ifPresent(b -> put(field, b, at));
        case REF -> link(at, field, value, quotes);
        case REFS -> {
          if (value instanceof List<?> list) {
            list.forEach(item -> link(at, field, item, quotes));
          } else {
            problems.add(at + " must be a list of ids");
          }
        }
        case REPORT -> report(at, field, value);
      }
    }

    private void put(SeedField field, Object value, String at) {
      values.add(new ValidRecord.Value(field, value, at));
    }

    private void link(String at, SeedField field, Object value, List<Quote> recordQuotes) {
      String target =
          value instanceof Mapping map ? SeedRecord.text(map.get("id")) : SeedRecord.text(value);
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
          value instanceof Mapping map ? quotes(at, document, map.get("quotes")) : List.of();
      List<Quote> quotes = own.isEmpty() ? recordQuotes : own;
      String from = field.outgoing() ? id : target;
      String to = field.outgoing() ? target : id;
      links.add(new ValidRecord.Link(field.relationship(), from, to, quotes, at));
    }

    private void report(String at, SeedField field, Object value) {
      if (!(value instanceof Mapping map) || !field.values().contains(map.get("status"))) {
        problems.add(
            at
                + " must be {status, quote, at} with status one of "
                + new TreeSet<>(field.values()));
        return;
      }
      Optional<Quote> quote =
          documents.find(at, document, map.get("quote"), SeedRecord.text(map.get("at")));
      quote.ifPresent(
          q -> {
            Quote.addNew(sources, List.of(q));
            reports.add(
                new ValidRecord.Report(
                    document, documents.date(document), (String) map.get("status"), q));
          });
    }
  }

  private List<Quote> quotes(String where, String document, Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> items = value instanceof List<?> list ? list : List.of(value);
    List<Quote> quotes = new ArrayList<>();
    for (Object item : items) {
      Object text = item instanceof Mapping map ? map.get("text") : item;
      String location = item instanceof Mapping map ? SeedRecord.text(map.get("at")) : null;
      String at = item instanceof Mapping map ? map.where().toString() : where;
      documents.find(at, document, text, location).ifPresent(quotes::add);
    }
    return quotes;
  }

  private Optional<String> text(String at, Object value) {
    String text =
        value instanceof String || value instanceof Number ? String.valueOf(value).strip() : null;
    if (text == null || text.isEmpty()) {
      problems.add(at + " must be a non-empty text");
      return Optional.empty();
    }
    return Optional.of(text);
  }

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

  private Optional<String> date(String at, Object value) {
    String date = value == null ? null : String.valueOf(value);
    if (!isDate(date)) {
      problems.add(at + " must be a date YYYY-MM-DD, YYYY-MM or YYYY (got " + value + ")");
      return Optional.empty();
    }
    return Optional.of(date);
  }

  private <T> Optional<T> typed(String at, Object value, Class<T> type, String what) {
    if (type.isInstance(value)) {
      return Optional.of(type.cast(value));
    }
    problems.add(at + " must be " + what + " (got " + value + ")");
    return Optional.empty();
  }

  static boolean isDate(String text) {
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
}
