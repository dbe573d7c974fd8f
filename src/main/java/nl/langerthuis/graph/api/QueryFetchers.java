package nl.langerthuis.graph.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.seed.Kamerstuk;
import nl.langerthuis.graph.seed.LookupKey;
import nl.langerthuis.graph.store.Listing;
import nl.langerthuis.graph.store.Page;

/** The entry points of the API: the fields of {@code Query}. */
final class QueryFetchers {
  private static final List<String> NAME_FILTERS =
      List.of("submitter", "municipality", "organisation", "name", "issuedBy");

  private QueryFetchers() {}

  static TypeRuntimeWiring wiring() {
    return TypeRuntimeWiring.newTypeWiring("Query")
        .dataFetcher(
            "node",
            env -> Wiring.scope(env).loader(RequestScope.NODES).load(requiredText(env, "id")))
        .dataFetcher("search", QueryFetchers::search)
        .dataFetcher("motion", QueryFetchers::motion)
        .dataFetcher("municipality", env -> lookup(env, "Municipality", "name"))
        .dataFetcher("motions", listing(Listing.MOTIONS))
        .dataFetcher("commitments", listing(Listing.COMMITMENTS))
        .dataFetcher("pilots", listing(Listing.PILOTS))
        .dataFetcher("programmes", listing(Listing.PROGRAMMES))
        .dataFetcher("subsidies", listing(Listing.SUBSIDIES))
        .dataFetcher("organisations", listing(Listing.ORGANISATIONS))
        .dataFetcher("persons", listing(Listing.PERSONS))
        .dataFetcher("municipalities", listing(Listing.MUNICIPALITIES))
        .dataFetcher("regions", listing(Listing.REGIONS))
        .dataFetcher("integratedCareNetworks", listing(Listing.INTEGRATED_CARE_NETWORKS))
        .dataFetcher("documents", listing(Listing.DOCUMENTS))
        .dataFetcher("recommendations", listing(Listing.RECOMMENDATIONS))
        .dataFetcher("measurements", QueryFetchers::measurements)
        .build();
  }

  /** A Relay-style connection over one listing; counts and pages in a single statement. */
  private static DataFetcher<Map<String, Object>> listing(Listing listing) {
    return env -> {
      int first = Arguments.first(env, 20);
      String after = Arguments.after(env);
      Map<String, Object> filters = new HashMap<>();
      for (Map.Entry<String, Object> argument : env.getArguments().entrySet()) {
        String name = argument.getKey();
        if (name.equals("first") || name.equals("after") || argument.getValue() == null) {
          continue;
        }
        filters.put(
            name,
            NAME_FILTERS.contains(name)
                ? LookupKey.of(Arguments.text(env, name))
                : argument.getValue());
      }
      boolean countTotal = env.getSelectionSet().contains("totalCount");
      boolean fetchNodes =
          env.getSelectionSet().contains("nodes") || env.getSelectionSet().contains("pageInfo");
      Page page =
          Wiring.scope(env).reader().page(listing, filters, first, after, countTotal, fetchNodes);
      Map<String, Object> pageInfo = new HashMap<>();
      pageInfo.put("hasNextPage", page.hasNextPage());
      pageInfo.put(
          "endCursor",
          page.nodes().isEmpty()
              ? null
              : Arguments.cursor(
                  (String) page.nodes().get(page.nodes().size() - 1).get("sortKey")));
      Map<String, Object> connection = new LinkedHashMap<>();
      connection.put("totalCount", page.totalCount());
      connection.put("nodes", page.nodes());
      connection.put("pageInfo", pageInfo);
      return connection;
    };
  }

  private static Object motion(DataFetchingEnvironment env) {
    String text = requiredText(env, "kamerstuk");
    String kamerstuk =
        Kamerstuk.parse(text)
            .orElseThrow(
                () ->
                    new ArgumentException(
                        "kamerstuk",
                        "must be a Kamerstuk number such as '31765-446', '31 765, nr. 446' or '35300-XVI-22' (got '"
                            + text
                            + "')"));
    return Wiring.scope(env).loader(RequestScope.NODES).load("motion/" + kamerstuk);
  }

  private static Object lookup(DataFetchingEnvironment env, String label, String argument) {
    String key = LookupKey.of(requiredText(env, argument));
    return Wiring.scope(env).reader().byKey(label, key).orElse(null);
  }

  /** Ranked search; the text handling is {@link SearchText}'s, the Cypher GraphReader#search's. */
  private static List<Map<String, Object>> search(DataFetchingEnvironment env) {
    SearchText text = SearchText.parse(requiredText(env, "text"));
    int first = Arguments.first(env, 20);
    if (first == 0) {
      return List.of();
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Map<String, Object> row :
        Wiring.scope(env)
            .reader()
            .search(text.key(), text.phraseQuery(), text.wordsQuery(), first)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> node = (Map<String, Object>) row.get("node");
      Map<String, Object> hit = new HashMap<>();
      hit.put("node", node);
      hit.put("score", row.get("score"));
      hit.put("snippet", text.snippet(node));
      hits.add(hit);
    }
    return hits;
  }

  private static List<Map<String, Object>> measurements(DataFetchingEnvironment env) {
    return Wiring.scope(env)
        .reader()
        .measurements(env.getArgument("subject"), Arguments.text(env, "metric"));
  }

  private static String requiredText(DataFetchingEnvironment env, String name) {
    String text = Arguments.text(env, name);
    if (text == null) {
      throw new ArgumentException(name, "is required");
    }
    return text;
  }
}
