package nl.langerthuis.graph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.langerthuis.graph.seed.SeedException;
import nl.langerthuis.graph.seed.SeedGraph;
import nl.langerthuis.graph.store.GraphStore;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading is idempotent and atomic: an unchanged seed is not reloaded, a failed load changes
 * nothing.
 */
@ExtendWith(TestGraphExtension.class)
class SeedLoadingIT {
  private final GraphStore store = TestGraph.get().store();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final SeedLoading loading = new SeedLoading(store, new PrintStream(out));

  /** The seed's hash, load time and counts as the store keeps them after a fresh check. */
  private Map<String, Object> keptStatus() {
    store.checkHealth();
    return store.health().seed();
  }

  @Test
  void anUnchangedSeedIsNotLoadedAgain() {
    assertFalse(loading.ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false));
    assertTrue(out.toString().contains("up to date"));
  }

  @Test
  void anInvalidSeedIsRefusedAndTheGraphStaysAsItWas(@TempDir Path dir) throws IOException {
    Map<String, Object> before = keptStatus();
    Path seed = Files.createDirectories(dir.resolve("graph-seed"));
    try (var files = Files.list(TestGraph.SEED)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, seed.resolve(file.getFileName()));
      }
    }
    Path letter = seed.resolve("lt-2020-06.yaml");
    Files.writeString(
        letter, Files.readString(letter).replaceFirst("text: \"", "text: \"Dit staat er niet. "));
    SeedException e =
        assertThrows(
            SeedException.class, () -> loading.ensureLoaded(seed, TestGraph.DOCUMENTS, true));
    assertTrue(e.problems().get(0).startsWith("lt-2020-06.yaml:"), e.problems().get(0));
    assertTrue(
        e.problems().get(0).contains("quote not found in doc/lt-2020-06"), e.problems().get(0));
    assertEquals(before, keptStatus());
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldGraphWhole() {
    Map<String, Object> before = keptStatus();
    Map<String, Object> props =
        Map.of(
            "id",
            "org/twice",
            "type",
            "Organisation",
            "name",
            "Twice",
            "kind",
            "OTHER",
            "sortKey",
            "org/twice");
    SeedGraph.Node node =
        new SeedGraph.Node(
            "org/twice", List.of("Entity", "Organisation"), props, Set.of("twice"), Set.of());
    SeedGraph broken = new SeedGraph(List.of(node, node), List.of(), "broken", Set.of());
    assertThrows(RuntimeException.class, () -> store.writer().replaceWith(broken));
    assertEquals(before, keptStatus());
  }
}
