package nl.langerthuis.graph.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.langerthuis.graph.seed.SeedGraph;
import nl.langerthuis.graph.seed.SeedReader;
import nl.langerthuis.graph.store.GraphStore;

/**
 * Brings the graph in line with the seed: reads and validates {@code graph-seed/}, applies the
 * schema, then replaces the graph in one transaction. Skipped when the graph already holds a seed
 * with the same content hash and its content still matches the checksum written with it, unless
 * forced.
 */
public final class SeedLoading {
  private final GraphStore store;
  private final PrintStream out;

  public SeedLoading(GraphStore store, PrintStream out) {
    this.store = store;
    this.out = out;
  }

  /** Returns true when it loaded, false when the graph was already up to date. */
  public boolean ensureLoaded(Path seedDir, Path documentsDir, boolean force) {
    SeedReader reader = new SeedReader(seedDir, documentsDir);
    String hash = reader.hash();
    Optional<String> loaded = store.seedHash();
    boolean sameSeed = loaded.isPresent() && loaded.get().equals(hash);
    boolean unchanged = sameSeed && store.contentUnchanged();
    if (!force && unchanged) {
      out.println("Graph is up to date with " + seedDir + " (seed " + hash.substring(0, 12) + ").");
      store.checkHealth();
      return false;
    }
    out.println(
        loaded.isEmpty()
            ? "Loading the seed into an empty store..."
            : sameSeed && !force
                ? "The graph was changed outside the loader (its content checksum differs):"
                    + " reloading the seed..."
                : "Seed changed: reloading the graph...");
    store.loading();
    try {
      store.applySchema();
      load(reader, seedDir, documentsDir, hash);
    } finally {
      store.loaded();
    }
    return true;
  }

  private void load(SeedReader reader, Path seedDir, Path documentsDir, String hash) {
    long start = System.nanoTime();
    out.println(
        "  reading and validating " + seedDir + " against the documents in " + documentsDir);
    SeedGraph graph = reader.read();
    long validated = System.nanoTime();
    out.printf(
        "  valid (%.1f s): %d nodes, %d relationships; writing in one transaction%n",
        (validated - start) / 1e9, graph.nodes().size(), graph.relationships().size());
    store.writer().replaceWith(graph);
    out.printf(
        "  loaded seed %s in %.1f s (writing %.1f s)%n",
        hash.substring(0, 12),
        (System.nanoTime() - start) / 1e9,
        (System.nanoTime() - validated) / 1e9);
  }
}
