package nl.langerthuis.graph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.langerthuis.graph.model.GraphModel;

/**
 * Reads {@code graph-seed/} and the source documents it quotes, validates everything and returns
 * the graph to write. Either the whole seed is valid or a {@link SeedException} lists every problem
 * with file and line.
 *
 * <pre>{@code
 * SeedGraph graph = new SeedReader(Path.of("graph-seed"), Path.of("graph-seed/documents")).read();
 * }</pre>
 */
public final class SeedReader {
  /**
   * Bump when the way a seed becomes a graph changes, so that stores built by older code reload.
   */
  static final String FORMAT_VERSION = "2";

  static final String DOCUMENTS_FILE = "documents.yaml";

  private final Path seedDir;
  private final Path documentsDir;
  private final GraphModel model;

  public SeedReader(Path seedDir, Path documentsDir) {
    this(seedDir, documentsDir, GraphModel.standard());
  }

  /**
   * A reader whose vocabulary (kinds, fields, enum values, references) comes from {@code model}.
   */
  public SeedReader(Path seedDir, Path documentsDir, GraphModel model) {
    this.seedDir = Objects.requireNonNull(seedDir, "seedDir == null");
    this.documentsDir = Objects.requireNonNull(documentsDir, "documentsDir == null");
    this.model = Objects.requireNonNull(model, "model == null");
  }

  /**
   * The content hash of the seed files and the documents they cite, without validating anything.
   */
  public String hash() {
    List<String> problems = new ArrayList<>();
    List<Path> files = seedFiles(problems);
    failOn(problems);
    return hashOf(files);
  }

  /**
   * Checks, without reading any file, that the seed folder, its {@code documents.yaml} and the
   * documents folder exist; a missing one is reported alone rather than as a problem per quote.
   */
  public void checkFolders() {
    List<String> problems = new ArrayList<>();
    seedFiles(problems);
    failOn(problems);
    if (!Files.isDirectory(documentsDir)) {
      failOn(
          List.of(
              documentsDir.toAbsolutePath().normalize()
                  + ": the documents folder does not exist (the seed quotes the documents in it;"
                  + " --documents names another folder)"));
    }
  }

  public SeedGraph read() {
    checkFolders();
    List<String> problems = new ArrayList<>();
    List<Path> files = seedFiles(problems);
    failOn(problems);
    List<BoundFile> bound = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Map<String, Object> content = YamlFile.read(file, problems);
      refuseDrafts(name, content, problems);
      bound.add(
          name.equals(DOCUMENTS_FILE)
              ? BoundFile.documents(name, content, problems)
              : BoundFile.records(name, content, problems));
    }
    failOn(problems);
    SeedGraph graph = assemble(bound, hashOf(files), problems);
    failOn(problems);
    return graph;
  }

  /**
   * The seed's steps after binding, each its own class: the documents' texts are read, every record
   * is validated against the model, the valid records are merged by id, and the graph is derived.
   * The files come {@code documents.yaml} first.
   */
  private SeedGraph assemble(List<BoundFile> files, String hash, List<String> problems) {
    DocumentTexts documents = new DocumentTexts(documentsDir, problems);
    files.get(0).records().forEach(documents::read);
    SeedValidator validator = new SeedValidator(model, documents, problems);
    SeedMerger merger = new SeedMerger(documents, problems);
    validator.documents(files.get(0)).forEach(merger::add);
    Set<String> notMotions = new TreeSet<>();
    for (BoundFile file : files.subList(1, files.size())) {
      validator.records(file).forEach(merger::add);
      notMotions.addAll(validator.notMotions(file));
    }
    return new SeedDeriver(merger, problems).derive(hash, notMotions);
  }

  /**
   * Every seed file as written, unvalidated, {@code documents.yaml} first. Only files that are not
   * valid YAML are refused.
   */
  public List<SeedFile> files() {
    List<String> problems = new ArrayList<>();
    List<Path> files = seedFiles(problems);
    failOn(problems);
    List<SeedFile> result = new ArrayList<>();
    for (Path file : files) {
      Map<String, Object> yaml = YamlFile.read(file, problems);
      String name = file.getFileName().toString();
      boolean documents = name.equals(DOCUMENTS_FILE);
      result.add(
          new SeedFile(
              name,
              documents ? null : String.valueOf(yaml.get("document")),
              mappings(yaml.get(documents ? "documents" : "records")),
              mappings(yaml.get("notMotions"))));
    }
    failOn(problems);
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> mappings(Object list) {
    if (!(list instanceof List<?> items)) {
      return List.of();
    }
    return items.stream()
        .filter(Map.class::isInstance)
        .map(item -> (Map<String, Object>) item)
        .toList();
  }

  /**
   * An ingest draft ({@code draft: true}) has not been reviewed: it may link the wrong nodes or
   * misread a sentence, so the loader refuses it until a curator has removed the marker.
   */
  private static void refuseDrafts(String file, Map<String, Object> yaml, List<String> problems) {
    if (Boolean.TRUE.equals(yaml.get("draft"))) {
      problems.add(
          file
              + ":1: an unreviewed ingest draft (draft: true): review it and its .review.md as"
              + " graph-seed/README.md describes, then delete the 'draft: true' line");
    }
  }

  private List<Path> seedFiles(List<String> problems) {
    if (!Files.isDirectory(seedDir)) {
      problems.add(
          seedDir.toAbsolutePath().normalize()
              + ": the seed folder does not exist (--seed names another folder)");
      return List.of();
    }
    if (!Files.isRegularFile(seedDir.resolve(DOCUMENTS_FILE))) {
      problems.add(seedDir.resolve(DOCUMENTS_FILE) + ": missing (it lists the source documents)");
      return List.of();
    }
    try (Stream<Path> list = Files.list(seedDir)) {
      List<Path> files =
          new ArrayList<>(list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      files.sort(
          (a, b) ->
              a.getFileName().toString().equals(DOCUMENTS_FILE)
                  ? -1
                  : b.getFileName().toString().equals(DOCUMENTS_FILE) ? 1 : a.compareTo(b));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String hashOf(List<Path> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
      for (Path file : files) {
        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void failOn(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new SeedException(problems);
    }
  }
}
