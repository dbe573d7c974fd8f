package nl.langerthuis.graph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.langerthuis.graph.model.SeedRules;

/**
 * The source documents of {@code documents.yaml}, read from their renditions, against which every
 * quote is checked; and each document's date, which orders its reports in time.
 */
final class DocumentTexts {
  private final Path documentsDir;
  private final List<String> problems;
  private final Map<String, Document> documents = new LinkedHashMap<>();

  private record Document(String date, List<String> texts) {}

  DocumentTexts(Path documentsDir, List<String> problems) {
    this.documentsDir = documentsDir;
    this.problems = problems;
  }

  /** Reads the renditions of one entry of {@code documents.yaml}. */
  void read(SeedRecord record) {
    List<String> texts = new ArrayList<>();
    Object renditions = record.fields().get("renditions");
    List<?> names = renditions instanceof List<?> list ? list : List.of();
    for (Object rendition : names) {
      Path path = documentsDir.resolve(String.valueOf(rendition));
      try {
        texts.add(QuoteText.normalise(Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        problems.add(
            record.where()
                + ": rendition "
                + rendition
                + " cannot be read from "
                + documentsDir.toAbsolutePath().normalize());
      }
    }
    if (texts.isEmpty()) {
      problems.add(record.where() + ": document " + record.id() + " has no readable renditions");
    }
    Object date = record.fields().get("date");
    if (record.id() != null) {
      documents.put(record.id(), new Document(date == null ? null : String.valueOf(date), texts));
    }
  }

  boolean contains(String document) {
    return document != null && documents.containsKey(document);
  }

  /** The document's date as written ({@code 2020-06}), or null where it gives none. */
  String date(String document) {
    return documents.get(document).date();
  }

  /**
   * The quote, if it is a text of some length that {@code document} contains; else empty, with the
   * problem recorded at {@code where}.
   */
  Optional<Quote> find(String where, String document, Object text, String location) {
    if (!(text instanceof String quote) || quote.isBlank()) {
      problems.add(where + ": a quote must be a non-empty text (got " + text + ")");
      return Optional.empty();
    }
    String normalised = QuoteText.normalise(quote);
    if (normalised.length() < QuoteText.MIN_LENGTH) {
      problems.add(
          where
              + ": quote \""
              + quote
              + "\" is too short to prove anything (at least "
              + QuoteText.MIN_LENGTH
              + " characters)");
      return Optional.empty();
    }
    if (documents.get(document).texts().stream().noneMatch(t -> t.contains(normalised))) {
      problems.add(
          where + ": quote not found in " + document + ": \"" + SeedRules.cut(quote, 100) + "\"");
      return Optional.empty();
    }
    return Optional.of(new Quote(document, quote.strip(), location));
  }
}
