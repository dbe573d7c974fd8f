package nl.langerthuis.graph.api;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.model.NodeKind;

/**
 * The fields that lead from the graph back to the texts: links to official publications (the fields
 * the model declares {@code @officialUrl}, such as {@code Motion.url}) and quotes in their
 * paragraphs ({@code Source.context}, {@code StatusEvent.context}).
 */
final class SourceTextWiring {
  private SourceTextWiring() {}

  static void addTo(RuntimeWiring.Builder wiring, SourceTexts texts, GraphModel model) {
    for (NodeKind kind : model.kinds().values()) {
      for (String field : kind.officialUrls()) {
        wiring.type(
            kind.typeName(), type -> type.dataFetcher(field, SourceTextWiring::kamerstukUrl));
      }
    }
    wiring
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
