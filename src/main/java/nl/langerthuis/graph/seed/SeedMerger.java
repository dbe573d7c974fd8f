package nl.langerthuis.graph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.langerthuis.graph.model.NodeKind;
import nl.langerthuis.graph.model.SeedField;

/**
 * Merges the valid records of all files into one record per id, by each field's merge rule from the
 * model ({@link SeedField.Merge}): equal values, or the newest document's, or texts joined. Lists
 * and quotes are united. A conflict names both places.
 */
final class SeedMerger {
  private final DocumentTexts documents;
  private final List<String> problems;
  private final Map<String, Merged> records = new LinkedHashMap<>();
  private final List<ValidRecord.Link> links = new ArrayList<>();

  SeedMerger(DocumentTexts documents, List<String> problems) {
    this.documents = documents;
    this.problems = problems;
  }

  /** Everything the files say about one id. */
  static final class Merged {
    final String id;
    final NodeKind kind;
    final String where;
    final Map<String, Object> scalars = new LinkedHashMap<>();
    final Map<String, Set<String>> lists = new LinkedHashMap<>();
    final List<Quote> sources = new ArrayList<>();
    final List<ValidRecord.Report> reports = new ArrayList<>();
    private final Map<String, String> scalarWhere = new HashMap<>();
    private final Map<String, String> newestDate = new HashMap<>();

    Merged(String id, NodeKind kind, String where) {
      this.id = id;
      this.kind = kind;
      this.where = where;
    }
  }

  /** Adds one record to the record of its id. */
  void add(ValidRecord record) {
    Merged merged =
        records.computeIfAbsent(record.id(), id -> new Merged(id, record.kind(), record.where()));
    if (!merged.kind.equals(record.kind())) {
      problems.add(
          record.where()
              + ": "
              + record.id()
              + " is a "
              + record.kind().typeName()
              + " here but a "
              + merged.kind.typeName()
              + " at "
              + merged.where);
      return;
    }
    Quote.addNew(merged.sources, record.sources());
    for (ValidRecord.Value value : record.values()) {
      merge(merged, record.document(), value);
    }
    links.addAll(record.links());
    merged.reports.addAll(record.reports());
  }

  /** The merged records, in the order their ids first appeared. */
  Map<String, Merged> records() {
    return records;
  }

  /** Every reference of every record, as written. */
  List<ValidRecord.Link> links() {
    return links;
  }

  private void merge(Merged merged, String document, ValidRecord.Value value) {
    SeedField field = value.field();
    String name = field.name();
    if (field.kind() == SeedField.Kind.TEXTS) {
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) value.value();
      merged.lists.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(texts);
      return;
    }
    Object earlier = merged.scalars.get(name);
    switch (field.merge()) {
      case NEWEST -> setNewest(merged, document, name, value.value());
      case JOIN -> {
        if (earlier == null) {
          set(merged, value);
        } else if (!String.valueOf(earlier).contains(String.valueOf(value.value()))) {
          merged.scalars.put(name, earlier + "\n\n" + value.value());
        }
      }
      case SAME -> {
        if (earlier == null || earlier.equals(value.value())) {
          set(merged, value);
        } else {
          problems.add(
              value.at()
                  + " = "
                  + value.value()
                  + " conflicts with "
                  + earlier
                  + " at "
                  + merged.scalarWhere.get(name));
        }
      }
    }
  }

  private static void set(Merged merged, ValidRecord.Value value) {
    merged.scalars.put(value.field().name(), value.value());
    merged.scalarWhere.put(value.field().name(), value.at());
  }

  /** A value that moves on with time (an activity's status): the newest document wins. */
  private void setNewest(Merged merged, String document, String name, Object value) {
    String date = Objects.requireNonNullElse(documents.date(document), "");
    String earlier = merged.newestDate.get(name);
    if (earlier == null || date.compareTo(earlier) >= 0) {
      merged.scalars.put(name, value);
      merged.newestDate.put(name, date);
    }
  }
}
