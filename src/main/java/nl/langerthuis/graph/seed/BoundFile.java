package nl.langerthuis.graph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One seed file bound to records: the document it reads (null for {@code documents.yaml}), its
 * records and its {@code notMotions} entries, each with its place. Binding checks the file's shape
 * only (lists where lists belong, mappings in them); what the records say is checked by {@link
 * SeedValidator}.
 */
record BoundFile(String name, String document, List<SeedRecord> records, List<Mapping> notMotions) {
  BoundFile {
    records = List.copyOf(records);
    notMotions = List.copyOf(notMotions);
  }

  /** The documents of {@code documents.yaml}: records whose quotes cite themselves. */
  static BoundFile documents(String name, Map<String, Object> yaml, List<String> problems) {
    Mapping root = (Mapping) Mapping.bind(name, yaml);
    List<SeedRecord> records = new ArrayList<>();
    for (Mapping entry : entries(root, "documents", problems)) {
      records.add(SeedRecord.of(entry, SeedRecord.text(entry.get("id"))));
    }
    return new BoundFile(name, null, records, List.of());
  }

  /** A file of records that all read the document its {@code document} key names. */
  static BoundFile records(String name, Map<String, Object> yaml, List<String> problems) {
    Mapping root = (Mapping) Mapping.bind(name, yaml);
    String document = SeedRecord.text(root.get("document"));
    List<SeedRecord> records = new ArrayList<>();
    for (Mapping entry : entries(root, "records", problems)) {
      records.add(SeedRecord.of(entry, document));
    }
    return new BoundFile(name, document, records, entries(root, "notMotions", problems));
  }

  private static List<Mapping> entries(Mapping root, String key, List<String> problems) {
    Object list = root.get(key);
    if (list == null) {
      return List.of();
    }
    if (!(list instanceof List<?> items)) {
      problems.add(root.where() + ": '" + key + "' must be a list");
      return List.of();
    }
    List<Mapping> result = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Mapping mapping) {
        result.add(mapping);
      } else {
        problems.add(
            root.where().file()
                + ": every entry of '"
                + key
                + "' must be a mapping (got "
                + item
                + ")");
      }
    }
    return result;
  }
}
