package nl.langerthuis.graph.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;

/**
 * The fields that lead from the graph back to the texts: links to official publications ({@code
 * Document.url}, {@code Motion.url}) and quotes in their paragraphs ({@code Source.context}, {@code
 * StatusEvent.context}).
 */
final class SourceTextWiring {
  private SourceTextWiring() {}

  static void addTo(RuntimeWiring.Builder wiring, SourceTexts texts) {
    wiring
        .type("Document", type -> type.dataFetcher("url", SourceTextWiring::kamerstukUrl))
        .type("Motion", type -> type.dataFetcher("url", SourceTextWiring::kamerstukUrl))
        .type("Source", type -> type.dataFetcher("context", env -> context(env, texts)))
        .type("StatusEvent", type -> type.dataFetcher("context", env -> context(env, texts)));
  }

  /** The compiled answer holds the node's Kamerstuk number under the field's key. */
  private static String kamerstukUrl(DataFetchingEnvironment env) {
    return OfficialPublication.kamerstukUrl(Wiring.value(env)).orElse(null);
  }

  /** The compiled answer holds the quote and its document's renditions under the field's key. */
  private static Map<String, Object> context(DataFetchingEnvironment env, SourceTexts texts) {
    if (!(Wiring.value(env) instanceof Map<?, ?> parts)
        || !(parts.get("quote") instanceof String quote)) {
      return null;
    }
    List<?> renditions = parts.get("renditions") instanceof List<?> list ? list : List.of();
    return texts.around(renditions, quote).map(SourceTextWiring::passage).orElse(null);
  }

  private static Map<String, Object> passage(SourceTexts.Passage p) {
    return Map.of(
        "before", p.before(), "quote", p.quote(), "after", p.after(), "rendition", p.rendition());
  }
}
