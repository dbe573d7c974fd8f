package nl.langerthuis.graph.api;

import graphql.schema.idl.RuntimeWiring;

/**
 * The fields that lead from the graph back to the texts: links to official publications ({@code
 * Document.url}, {@code Motion.url}).
 */
final class SourceTextWiring {
  private SourceTextWiring() {}

  static void addTo(RuntimeWiring.Builder wiring) {
    wiring
        .type("Document", type -> type.dataFetcher("url", env -> kamerstukUrl(Wiring.row(env))))
        .type("Motion", type -> type.dataFetcher("url", env -> kamerstukUrl(Wiring.row(env))));
  }

  private static String kamerstukUrl(java.util.Map<String, Object> node) {
    return OfficialPublication.kamerstukUrl(node.get("kamerstuk")).orElse(null);
  }
}
