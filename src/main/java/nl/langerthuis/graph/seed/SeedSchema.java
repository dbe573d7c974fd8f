package nl.langerthuis.graph.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;

/**
 * The seed format as a JSON Schema (draft 2020-12), generated from the model, so that a curator's
 * editor checks and completes the files: a file that reads one document ({@code document}, {@code
 * records}, {@code notMotions}) or {@code documents.yaml} ({@code documents}); records told apart
 * by {@code type}, with the fields, enum values, reference prefixes and report statuses of their
 * kind; dates as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; quotes as a text or {@code
 * {text, at}}. It says what one file may hold; what only the whole seed shows (quotes found in
 * their document, references that name a record, fields required once files are merged) the loader
 * checks. {@code graph-seed/seed.schema.json} is this text, kept current by a test.
 */
public final class SeedSchema {
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String DATE = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";
  private static final String KAMERSTUK = "^\\d{5}(-[IVXLC]+)?-\\d{1,4}$";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Characters a prefix must escape in a pattern (JSON Schema patterns are ECMA-262). */
  private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  private SeedSchema() {}

  /** The schema of the seed format of {@code model}, as pretty-printed JSON ending in a newline. */
  public static String of(GraphModel model) {
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", "langer-thuis-graph seed file");
    schema.put(
        "description",
        "A file of graph-seed/: the records one document states, or documents.yaml. Generated"
            + " from schema/schema.graphql; the loader checks the rest (quotes found in the"
            + " document, references that name a record, fields required once files merge).");
    ArrayNode oneOf = schema.putArray("oneOf");
    oneOf.addObject().put("$ref", "#/$defs/recordFile");
    oneOf.addObject().put("$ref", "#/$defs/documentsFile");
    ObjectNode defs = schema.putObject("$defs");
    defs.set("recordFile", recordFile(model));
    defs.set("documentsFile", documentsFile(model));
    defs.set("record", record(model));
    defs.set("notMotion", notMotion());
    defs.set("quotes", quotes());
    defs.set("quote", quote());
    defs.set("date", date());
    for (NodeKind kind : kinds(model)) {
      defs.set(kind.typeName(), kind(model, kind));
    }
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<NodeKind> kinds(GraphModel model) {
    return model.kinds().values().stream()
        .sorted(Comparator.comparing(NodeKind::typeName))
        .toList();
  }

  private static ObjectNode recordFile(GraphModel model) {
    ObjectNode file = object("A file of the records one document states.");
    file.putArray("required").add("document").add("records");
    ObjectNode properties = file.putObject("properties");
    ObjectNode document = properties.putObject("document");
    document.put("description", "The id of the document in documents.yaml these records read.");
    document.put("type", "string");
    model.documentKind().ifPresent(k -> document.put("pattern", prefixPattern(List.of(k))));
    properties
        .putObject("draft")
        .put("description", "An unreviewed ingest draft; the loader refuses it.")
        .put("type", "boolean");
    array(properties.putObject("records"), "#/$defs/record");
    array(properties.putObject("notMotions"), "#/$defs/notMotion")
        .put("description", "Kamerstuk numbers the document cites that are not motions.");
    file.put("additionalProperties", false);
    return file;
  }

  private static ObjectNode documentsFile(GraphModel model) {
    ObjectNode file = object("documents.yaml: the source documents, each with its renditions.");
    file.putArray("required").add("documents");
    ObjectNode properties = file.putObject("properties");
    model
        .documentKind()
        .ifPresent(k -> array(properties.putObject("documents"), "#/$defs/" + k.typeName()));
    file.put("additionalProperties", false);
    return file;
  }

  /** A record: its type picks the kind whose fields it may have. */
  private static ObjectNode record(GraphModel model) {
    ObjectNode record = object("A record; `type` says its kind and so the fields it may have.");
    record.putArray("required").add("id").add("type").add("quotes");
    ArrayNode types = record.putObject("properties").putObject("type").putArray("enum");
    ArrayNode cases = record.putArray("allOf");
    for (NodeKind kind : kinds(model)) {
      types.add(kind.typeName());
      ObjectNode when = cases.addObject();
      ObjectNode condition = when.putObject("if");
      condition.putObject("properties").putObject("type").put("const", kind.typeName());
      condition.putArray("required").add("type");
      when.putObject("then").put("$ref", "#/$defs/" + kind.typeName());
    }
    return record;
  }

  private static ObjectNode kind(GraphModel model, NodeKind kind) {
    ObjectNode node = object("A record of kind " + kind.typeName() + ".");
    node.putArray("required").add("id").add("quotes");
    ObjectNode properties = node.putObject("properties");
    ObjectNode id = properties.putObject("id");
    id.put("description", "Starts with " + kind.prefix());
    id.put("type", "string");
    id.put("pattern", prefixPattern(List.of(kind)));
    properties.putObject("type").put("const", kind.typeName());
    properties.putObject("quotes").put("$ref", "#/$defs/quotes");
    for (SeedField field : new TreeMap<>(SeedValidator.commonFields()).values()) {
      properties.set(field.name(), field(model, field));
    }
    for (SeedField field : kind.seedFields().values()) {
      properties.set(field.name(), field(model, field));
    }
    node.put("additionalProperties", false);
    return node;
  }

  private static ObjectNode field(GraphModel model, SeedField field) {
    ObjectNode schema = JSON.objectNode();
    switch (field.kind()) {
      case TEXT -> schema.putArray("type").add("string").add("number");
      case TEXTS -> {
        ArrayNode anyOf = schema.putArray("anyOf");
        anyOf.addObject().put("type", "string");
        anyOf.addObject().put("type", "array").putObject("items").put("type", "string");
      }
      case ENUM -> enumOf(schema, field);
      case DATE -> schema.put("$ref", "#/$defs/date");
      case NUMBER -> schema.put("type", "number");
      case INTEGER -> schema.put("type", "integer");
      case BOOLEAN -> schema.put("type", "boolean");
      case REF -> reference(model, schema, field);
      case REFS -> reference(model, schema.put("type", "array").putObject("items"), field);
      case REPORT -> report(schema, field);
    }
    return schema;
  }

  private static void enumOf(ObjectNode schema, SeedField field) {
    ArrayNode values = schema.putArray("enum");
    new TreeSet<>(field.values()).forEach(values::add);
  }

  /** An id with one of the field's prefixes, alone or with the quotes that state the link. */
  private static void reference(GraphModel model, ObjectNode schema, SeedField field) {
    List<NodeKind> targets =
        kinds(model).stream()
            .filter(k -> field.targets().isEmpty() || field.targets().contains(k.prefix()))
            .toList();
    ObjectNode id = JSON.objectNode().put("type", "string").put("pattern", prefixPattern(targets));
    id.put(
        "description",
        "The id of a record, starting with "
            + String.join(", ", targets.stream().map(NodeKind::prefix).toList()));
    ArrayNode anyOf = schema.putArray("anyOf");
    anyOf.add(id);
    ObjectNode quoted = anyOf.addObject().put("type", "object");
    quoted.putArray("required").add("id");
    ObjectNode properties = quoted.putObject("properties");
    properties.set("id", id.deepCopy());
    properties.putObject("quotes").put("$ref", "#/$defs/quotes");
    quoted.put("additionalProperties", false);
  }

  private static void report(ObjectNode schema, SeedField field) {
    schema.put("description", "The status this document gives the record, and where it says so.");
    schema.put("type", "object");
    schema.putArray("required").add("status").add("quote");
    ObjectNode properties = schema.putObject("properties");
    enumOf(properties.putObject("status"), field);
    properties.putObject("quote").put("type", "string").put("minLength", QuoteText.MIN_LENGTH);
    properties.putObject("at").putArray("type").add("string").add("number");
    schema.put("additionalProperties", false);
  }

  private static ObjectNode notMotion() {
    ObjectNode entry = object("A Kamerstuk the document cites that is not a motion, and why.");
    entry.putArray("required").add("ref").add("quote");
    ObjectNode properties = entry.putObject("properties");
    properties.putObject("ref").put("type", "string").put("pattern", KAMERSTUK);
    properties.putObject("quote").put("type", "string").put("minLength", QuoteText.MIN_LENGTH);
    properties.putObject("why").put("type", "string");
    entry.put("additionalProperties", false);
    return entry;
  }

  private static ObjectNode quotes() {
    ObjectNode quotes = JSON.objectNode();
    quotes.put("description", "Verbatim passages of the document that state the record's facts.");
    ArrayNode anyOf = quotes.putArray("anyOf");
    anyOf.addObject().put("$ref", "#/$defs/quote");
    anyOf
        .addObject()
        .put("type", "array")
        .put("minItems", 1)
        .putObject("items")
        .put("$ref", "#/$defs/quote");
    return quotes;
  }

  private static ObjectNode quote() {
    ObjectNode quote = JSON.objectNode();
    quote.put("description", "A verbatim passage, alone or as {text, at} with where it stands.");
    ArrayNode anyOf = quote.putArray("anyOf");
    anyOf.addObject().put("type", "string").put("minLength", QuoteText.MIN_LENGTH);
    ObjectNode located = anyOf.addObject().put("type", "object");
    located.putArray("required").add("text");
    ObjectNode properties = located.putObject("properties");
    properties.putObject("text").put("type", "string").put("minLength", QuoteText.MIN_LENGTH);
    properties
        .putObject("at")
        .put("description", "Section heading, footnote or line range.")
        .putArray("type")
        .add("string")
        .add("number");
    located.put("additionalProperties", false);
    return quote;
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD; a year alone may be written as a number. */
  private static ObjectNode date() {
    ObjectNode date = JSON.objectNode();
    date.put("description", "YYYY-MM-DD, YYYY-MM or YYYY: as precisely as the document gives it.");
    ArrayNode anyOf = date.putArray("anyOf");
    anyOf.addObject().put("type", "string").put("pattern", DATE);
    anyOf.addObject().put("type", "integer").put("minimum", 1000).put("maximum", 9999);
    return date;
  }

  private static String prefixPattern(List<NodeKind> kinds) {
    return "^("
        + String.join(
            "|",
            kinds.stream().map(k -> REGEX_SYNTAX.matcher(k.prefix()).replaceAll("\\\\$0")).toList())
        + ")";
  }

  private static ObjectNode object(String description) {
    ObjectNode object = JSON.objectNode();
    object.put("description", description);
    object.put("type", "object");
    return object;
  }

  private static ObjectNode array(ObjectNode property, String itemRef) {
    property.put("type", "array").putObject("items").put("$ref", itemRef);
    return property;
  }
}
