package nl.langerthuis.graph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.langerthuis.graph.seed.SeedFile;
import nl.langerthuis.graph.seed.SeedReader;

/**
 * Turns one new document into a draft for review: reads it, runs the rules with the names of the
 * whole seed, and writes into the output folder
 *
 * <ul>
 *   <li>{@code <slug>.yaml}: the draft document file, {@code draft: true}, refused by the loader
 *       until reviewed;
 *   <li>{@code <slug>.document.yml}: the entry for {@code documents.yaml};
 *   <li>{@code <slug>.review.md}: what was linked, what is new, what is uncertain and why;
 *   <li>{@code <slug>.txt}: for a PDF or HTML source, the extracted text the quotes cite (the
 *       rendition to put in {@code graph-seed/documents/}).
 * </ul>
 */
public final class Ingest {
  /** What was written, and a one-line summary per kind. */
  public record Written(
      Path draft, Path documentEntry, Path review, Path rendition, String summary) {}

  private final Path seedDir;
  private final Path documentsDir;

  public Ingest(Path seedDir, Path documentsDir) {
    this.seedDir = Objects.requireNonNull(seedDir, "seedDir == null");
    this.documentsDir = Objects.requireNonNull(documentsDir, "documentsDir == null");
  }

  public Written run(Path file, Path outDir, String documentId) throws IOException {
    SourceText source = SourceText.read(file);
    List<SeedFile> files = new SeedReader(seedDir, documentsDir).files();
    Gazetteer gazetteer = Gazetteer.of(files, f -> f.document() != null);
    String id = documentId != null ? documentId : "doc/" + ActorRules.slug(stem(source.name()));
    if (!id.startsWith("doc/")) {
      throw new IllegalArgumentException("--id must start with doc/ (got " + id + ")");
    }
    Draft draft = Extractor.extract(source, id, gazetteer);
    String slug = id.substring("doc/".length());
    Files.createDirectories(outDir);
    Path rendition = source.extracted() ? outDir.resolve(slug + ".txt") : file;
    if (source.extracted()) {
      Files.writeString(rendition, source.text(), StandardCharsets.UTF_8);
    }
    Path draftFile = outDir.resolve(slug + ".yaml");
    Files.writeString(
        draftFile,
        DraftWriter.documentFile(draft, gazetteer, source.name()),
        StandardCharsets.UTF_8);
    Path entry = outDir.resolve(slug + ".document.yml");
    Files.writeString(
        entry,
        DraftWriter.documentsEntry(draft, rendition.getFileName().toString()),
        StandardCharsets.UTF_8);
    Path review = outDir.resolve(slug + ".review.md");
    Files.writeString(
        review,
        ReviewReport.write(draft, source.name(), Extractor.sentences(source.text()).notVerbatim()),
        StandardCharsets.UTF_8);
    return new Written(draftFile, entry, review, rendition, ReviewReport.summary(draft));
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
