package nl.langerthuis.graph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.store.WholeGraph;

/**
 * Writes the whole graph in one format into a folder, all or nothing: the files are written into a
 * hidden folder inside it and moved into place only when the graph has been read to the end, so a
 * failure leaves no file half-written (and no folder the export created).
 *
 * <pre>
 * GraphExport.checkFolder(out);   // before the store opens: a mistake costs nothing
 * GraphExport.Written written = GraphExport.write(store.wholeGraph(), model, ExportFormat.CSV, out);
 * </pre>
 */
public final class GraphExport {
  /** The files written and the counts of nodes and edges in them. */
  public record Written(List<Path> files, int nodes, int edges) {
    public Written {
      files = List.copyOf(files);
    }
  }

  private static final Logger LOG = Logger.getLogger(GraphExport.class.getName());

  private GraphExport() {}

  /**
   * Checks that {@code out} is a folder that can be written, or can be created in one; throws an
   * {@link IllegalArgumentException} that says what is wrong with it. Creates nothing.
   */
  public static void checkFolder(Path out) {
    Path folder = out.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException(out + " is a file, not a folder");
    }
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new IllegalArgumentException(
          out + " cannot be created: " + (existing == null ? "no root" : existing) + " is a file");
    }
    if (!Files.isWritable(existing)) {
      throw new IllegalArgumentException(out + " cannot be written: " + existing + " is read-only");
    }
  }

  /** Reads the graph of {@code model}'s kinds and writes it into {@code out} as {@code format}. */
  public static Written write(WholeGraph graph, GraphModel model, ExportFormat format, Path out)
      throws IOException {
    Path created = firstMissing(out.toAbsolutePath().normalize());
    Files.createDirectories(out);
    Path temporary = Files.createTempDirectory(out, ".export-");
    try {
      ExportWriter writer = format.writerInto(temporary);
      try (writer) {
        graph.read(model, writer);
      }
      List<Path> files = new ArrayList<>();
      for (String name : format.files()) {
        files.add(
            Files.move(
                temporary.resolve(name),
                out.resolve(name),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING));
      }
      return new Written(files, writer.nodes(), writer.edges());
    } catch (IOException | RuntimeException e) {
      if (created != null) {
        deleteTree(created);
      }
      throw e;
    } finally {
      deleteTree(temporary);
    }
  }

  /** The outermost folder of {@code folder} that does not exist yet, if any. */
  private static Path firstMissing(Path folder) {
    Path missing = null;
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing = p;
    }
    return missing;
  }

  /**
   * Removes what the export made, as far as it can: a failure to clean up must not hide the failure
   * that made it necessary.
   */
  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warning("could not remove " + root + ": " + e.getMessage());
    }
  }
}
