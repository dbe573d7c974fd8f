package nl.langerthuis.graph.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The fields that lead from the graph back to the texts: links to official publications ({@code
 * Document.url}, {@code Motion.url}) and quotes in their paragraphs ({@code Source.context}, {@code
 * StatusEvent.context}).
 */
final class SourceTextWiring {
  private SourceTextWiring() {}

  static void addTo(RuntimeWiring.Builder wiring, SourceTexts texts) {
    wiring
        .type("Document", type -> type.dataFetcher("url", env -> kamerstukUrl(Wiring.row(env))))
        .type("Motion", type -> type.dataFetcher("url", env -> kamerstukUrl(Wiring.row(env))))
        .type("Source", type -> type.dataFetcher("context", env -> context(env, texts)))
        .type("StatusEvent", type -> type.dataFetcher("context", env -> context(env, texts)));
  }

  private static String kamerstukUrl(Map<String, Object> node) {
    return OfficialPublication.kamerstukUrl(node.get("kamerstuk")).orElse(null);
  }

  private static CompletableFuture<Map<String, Object>> context(
      DataFetchingEnvironment env, SourceTexts texts) {
    Map<String, Object> source = Wiring.row(env);
    String quote = (String) source.get("quote");
    return document(env, source)
        .thenApply(
            document ->
                document == null || quote == null
                    ? null
                    : texts
                        .around(renditions(document), quote)
                        .map(SourceTextWiring::passage)
                        .orElse(null));
  }

  /** Status events carry their document; node and relationship sources only its id. */
  @SuppressWarnings("unchecked")
  private static CompletableFuture<Map<String, Object>> document(
      DataFetchingEnvironment env, Map<String, Object> source) {
    if (source.get("document") instanceof Map<?, ?> document) {
      return CompletableFuture.completedFuture((Map<String, Object>) document);
    }
    return Wiring.scope(env)
        .<Map<String, Object>>loader(RequestScope.NODES)
        .load((String) source.get("documentId"));
  }

  private static Map<String, Object> passage(SourceTexts.Passage p) {
    return Map.of(
        "before", p.before(), "quote", p.quote(), "after", p.after(), "rendition", p.rendition());
  }

  private static List<?> renditions(Map<String, Object> document) {
    return document.get("renditions") instanceof List<?> list ? list : List.of();
  }
}
