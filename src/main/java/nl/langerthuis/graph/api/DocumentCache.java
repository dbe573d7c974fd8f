package nl.langerthuis.graph.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps the parsed and validated form of the most recently used query texts, so that a dashboard
 * repeating its query is not parsed and validated again. Least recently used entries leave first.
 */
final class DocumentCache implements PreparsedDocumentProvider {
  private final Map<String, PreparsedDocumentEntry> entries;

  DocumentCache(int size) {
    this.entries =
        new LinkedHashMap<>(size, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > size;
          }
        };
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String key = input.getQuery();
    synchronized (entries) {
      PreparsedDocumentEntry cached = entries.get(key);
      if (cached != null) {
        return CompletableFuture.completedFuture(cached);
      }
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      synchronized (entries) {
        entries.put(key, entry);
      }
    }
    return CompletableFuture.completedFuture(entry);
  }
}
