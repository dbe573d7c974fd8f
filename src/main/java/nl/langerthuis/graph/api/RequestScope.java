package nl.langerthuis.graph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import nl.langerthuis.graph.store.GraphReader;
import nl.langerthuis.graph.store.Relation;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * What one GraphQL request owns: its reader and its data loaders. Loaders batch the ids of one
 * level of the query into one statement, so the statements per request grow with the query's depth,
 * not with its results.
 */
final class RequestScope implements AutoCloseable {
  static final String NODES = "nodes";
  static final String STATUS_REPORTS = "statusReports";
  static final String NEIGHBOURS = "neighbours";

  private final GraphReader reader;
  private final DataLoaderRegistry registry = new DataLoaderRegistry();

  RequestScope(GraphReader reader) {
    this.reader = reader;
    registry.register(NODES, loader(ids -> reader.nodes(ids), null));
    registry.register(STATUS_REPORTS, loader(reader::statusReports, List.of()));
    registry.register(NEIGHBOURS, DataLoaderFactory.newDataLoader(this::neighbours));
    for (Relation relation : Relation.values()) {
      registry.register(relation.name(), loader(ids -> reader.related(relation, ids), List.of()));
    }
  }

  GraphReader reader() {
    return reader;
  }

  DataLoaderRegistry registry() {
    return registry;
  }

  <V> DataLoader<String, V> loader(String name) {
    return registry.getDataLoader(name);
  }

  private static <V> DataLoader<String, V> loader(
      Function<List<String>, Map<String, V>> batch, V missing) {
    BatchLoader<String, V> load =
        ids -> {
          Map<String, V> found = batch.apply(ids);
          List<V> values = new ArrayList<>(ids.size());
          ids.forEach(id -> values.add(found.getOrDefault(id, missing)));
          return CompletableFuture.completedFuture(values);
        };
    return DataLoaderFactory.newDataLoader(load);
  }

  /** Keys are {@code first + "|" + id}: one statement per distinct page size. */
  private CompletableFuture<List<List<Map<String, Object>>>> neighbours(List<String> keys) {
    Map<Integer, List<String>> idsByFirst = new HashMap<>();
    for (String key : keys) {
      String[] parts = key.split("\\|", 2);
      idsByFirst.computeIfAbsent(Integer.parseInt(parts[0]), k -> new ArrayList<>()).add(parts[1]);
    }
    Map<String, List<Map<String, Object>>> found = new HashMap<>();
    idsByFirst.forEach(
        (first, ids) ->
            reader.neighbours(ids, first).forEach((id, rows) -> found.put(first + "|" + id, rows)));
    return CompletableFuture.completedFuture(
        keys.stream().map(k -> found.getOrDefault(k, List.of())).toList());
  }

  @Override
  public void close() {
    reader.close();
  }
}
