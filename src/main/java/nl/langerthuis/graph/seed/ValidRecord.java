package nl.langerthuis.graph.seed;

import java.util.List;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;

/**
 * One record that passed validation, with typed values: its kind, the document it reads, the quotes
 * it states its facts with (its own, then those of its report), its property values, its references
 * and its status report. {@link SeedMerger} merges the records of one id.
 */
record ValidRecord(
    String where,
    String id,
    NodeKind kind,
    String document,
    List<Quote> sources,
    List<Value> values,
    List<Link> links,
    List<Report> reports) {
  ValidRecord {
    sources = List.copyOf(sources);
    values = List.copyOf(values);
    links = List.copyOf(links);
    reports = List.copyOf(reports);
  }

  /**
   * A property value: text, a list of texts, an enum value, a date as written, a double, a long or
   * a boolean; {@code at} names the record and field for a conflict.
   */
  record Value(SeedField field, Object value, String at) {}

  /** A relationship a reference asks for, with the quotes that state it. */
  record Link(String relation, String from, String to, List<Quote> quotes, String where) {
    Link {
      quotes = List.copyOf(quotes);
    }
  }

  /** What one document says the record's status is. */
  record Report(String document, String date, String status, Quote quote) {}
}
