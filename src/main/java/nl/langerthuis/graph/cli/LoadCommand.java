package nl.langerthuis.graph.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code load}: validates the seed and (re)loads it into the store, then exits. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Validate the seed and load it into the store (always reloads), then exit.")
final class LoadCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    store.checkBeforeOpening(true);
    System.out.println("Opening " + store.describe());
    try (GraphStore graph = GraphStore.open(store.config(Duration.ofMinutes(1)))) {
      new SeedLoading(graph, System.out).ensureLoaded(store.seed, store.documents(), true);
    }
    return 0;
  }
}
