package nl.langerthuis.graph.seed;

import java.util.List;
import java.util.Map;

/**
 * One seed file as written, before validation and merging: the document it reads ({@code null} for
 * {@code documents.yaml}), its records and its {@code notMotions} entries as plain maps, lists and
 * scalars. Tools that need to know which file says what (ingest's name lists and its leave-one-out
 * measurement) read these; the loader itself works on the merged {@link SeedGraph}.
 */
public record SeedFile(
    String name,
    String document,
    List<Map<String, Object>> records,
    List<Map<String, Object>> notMotions) {

  public SeedFile {
    records = List.copyOf(records);
    notMotions = List.copyOf(notMotions);
  }
}
