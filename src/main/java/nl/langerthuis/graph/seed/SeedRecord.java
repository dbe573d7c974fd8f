package nl.langerthuis.graph.seed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a seed file as written, before validation: where it starts, the document its quotes
 * cite (its own id for an entry of {@code documents.yaml}, where it is null), its id and type as
 * given (null where missing), its quotes and its other fields as YAML values.
 */
record SeedRecord(
    FileLine where,
    String document,
    String id,
    String type,
    Object quotes,
    Map<String, Object> fields) {
  SeedRecord {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Binds a record mapping of the file that reads {@code document}. */
  static SeedRecord of(Mapping record, String document) {
    Map<String, Object> fields = new LinkedHashMap<>(record.values());
    Object id = fields.remove("id");
    Object type = fields.remove("type");
    Object quotes = fields.remove("quotes");
    return new SeedRecord(record.where(), document, text(id), text(type), quotes, fields);
  }

  static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
