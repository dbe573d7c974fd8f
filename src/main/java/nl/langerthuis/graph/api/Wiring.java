package nl.langerthuis.graph.api;

import graphql.TypeResolutionEnvironment;
import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.langerthuis.graph.store.Relation;

/**
 * Binds the schema's fields to the graph: scalars read node properties, relationship fields go
 * through the request's data loaders, and the entry points of {@code Query} live in {@link
 * QueryFetchers}.
 */
final class Wiring {
  private static final List<String> NODE_TYPES =
      List.of(
          "Document",
          "Organisation",
          "Person",
          "Motion",
          "Commitment",
          "Pilot",
          "Programme",
          "Subsidy",
          "Municipality",
          "Region",
          "IntegratedCareNetwork",
          "Recommendation",
          "Measurement");

  private Wiring() {}

  static RuntimeWiring build() {
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .scalar(ExtendedScalars.Date)
            .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(Wiring::nodeType))
            .type(QueryFetchers.wiring())
            .type(
                TypeRuntimeWiring.newTypeWiring("Neighbour")
                    .dataFetcher(
                        "direction",
                        env ->
                            Boolean.TRUE.equals(row(env).get("outgoing")) ? "OUTGOING" : "INCOMING")
                    .dataFetcher("sources", env -> Sources.of(row(env))))
            .type(
                TypeRuntimeWiring.newTypeWiring("Source")
                    .dataFetcher("document", Wiring::sourceDocument))
            .type(
                TypeRuntimeWiring.newTypeWiring("StatusEvent")
                    .dataFetcher("date", env -> date(row(env).get("date"))))
            .type(
                TypeRuntimeWiring.newTypeWiring("SearchHit")
                    .dataFetcher("node", env -> row(env).get("node")));
    for (String type : NODE_TYPES) {
      wiring.type(nodeType(type));
    }
    return wiring.build();
  }

  private static TypeRuntimeWiring nodeType(String type) {
    TypeRuntimeWiring.Builder builder =
        TypeRuntimeWiring.newTypeWiring(type)
            .dataFetcher("sources", env -> Sources.of(row(env)))
            .dataFetcher("neighbours", Wiring::neighbours)
            .dataFetcher("aliases", list("aliases"))
            .dataFetcher("roles", list("roles"))
            .dataFetcher("renditions", list("renditions"))
            .dataFetcher("date", env -> date(row(env).get("date")))
            .dataFetcher("dateText", env -> row(env).get("date"))
            .dataFetcher("dueDate", env -> date(row(env).get("dueDate")))
            .dataFetcher("dueDateText", env -> row(env).get("dueDate"))
            .dataFetcher("startDate", env -> date(row(env).get("startDate")))
            .dataFetcher("endDate", env -> date(row(env).get("endDate")));
    switch (type) {
      case "Document" ->
          builder
              .dataFetcher("publisher", one(Relation.PUBLISHER))
              .dataFetcher("signatory", one(Relation.SIGNATORY));
      case "Organisation" ->
          builder
              .dataFetcher("pilots", many(Relation.ORGANISATION_PILOTS))
              .dataFetcher("programmes", many(Relation.ORGANISATION_PROGRAMMES))
              .dataFetcher("administers", many(Relation.ORGANISATION_ADMINISTERS))
              .dataFetcher("partOf", one(Relation.ORGANISATION_PART_OF));
      case "Person" ->
          builder
              .dataFetcher("party", one(Relation.PERSON_PARTY))
              .dataFetcher("motions", many(Relation.PERSON_MOTIONS))
              .dataFetcher("commitments", many(Relation.PERSON_COMMITMENTS));
      case "Motion" ->
          builder
              .dataFetcher("submitters", many(Relation.MOTION_SUBMITTERS))
              .dataFetcher("settledBy", one(Relation.MOTION_SETTLED_BY))
              .dataFetcher("about", many(Relation.MOTION_ABOUT))
              .dataFetcher("commitments", many(Relation.MOTION_COMMITMENTS))
              .dataFetcher("statusHistory", Wiring::statusHistory);
      case "Commitment" ->
          builder
              .dataFetcher("madeBy", one(Relation.COMMITMENT_MADE_BY))
              .dataFetcher("madeTo", one(Relation.COMMITMENT_MADE_TO))
              .dataFetcher("fulfilledBy", one(Relation.COMMITMENT_FULFILLED_BY))
              .dataFetcher("motions", many(Relation.COMMITMENT_MOTIONS))
              .dataFetcher("statusHistory", Wiring::statusHistory);
      case "Pilot" ->
          builder
              .dataFetcher("programme", one(Relation.PART_OF_PROGRAMME))
              .dataFetcher("municipalities", many(Relation.RUNS_IN_MUNICIPALITY))
              .dataFetcher("regions", many(Relation.RUNS_IN_REGION))
              .dataFetcher("partners", many(Relation.PARTNERS))
              .dataFetcher("funders", many(Relation.FUNDERS))
              .dataFetcher("subsidies", many(Relation.FUNDING_SUBSIDIES));
      case "Programme" ->
          builder
              .dataFetcher("owners", many(Relation.OWNERS))
              .dataFetcher("parent", one(Relation.PART_OF_PROGRAMME))
              .dataFetcher("children", many(Relation.PROGRAMME_CHILDREN))
              .dataFetcher("partners", many(Relation.PARTNERS))
              .dataFetcher("funders", many(Relation.FUNDERS))
              .dataFetcher("pilots", many(Relation.PROGRAMME_PILOTS));
      case "Subsidy" ->
          builder
              .dataFetcher("administeredBy", many(Relation.ADMINISTERED_BY))
              .dataFetcher("funders", many(Relation.FUNDERS))
              .dataFetcher("programme", one(Relation.PART_OF_PROGRAMME))
              .dataFetcher("measurements", many(Relation.MEASUREMENTS));
      case "Municipality" ->
          builder
              .dataFetcher("province", one(Relation.MUNICIPALITY_PROVINCE))
              .dataFetcher("regions", many(Relation.MUNICIPALITY_REGIONS))
              .dataFetcher("pilots", many(Relation.PILOTS_RUNNING_HERE))
              .dataFetcher("integratedCareNetworks", many(Relation.NETWORKS_RUNNING_HERE));
      case "Region" ->
          builder
              .dataFetcher("municipalities", many(Relation.REGION_MUNICIPALITIES))
              .dataFetcher("integratedCareNetworks", many(Relation.NETWORKS_RUNNING_HERE))
              .dataFetcher("partOf", one(Relation.REGION_PART_OF))
              .dataFetcher("pilots", many(Relation.PILOTS_RUNNING_HERE));
      case "IntegratedCareNetwork" ->
          builder
              .dataFetcher("municipalities", many(Relation.RUNS_IN_MUNICIPALITY))
              .dataFetcher("regions", many(Relation.RUNS_IN_REGION))
              .dataFetcher("partners", many(Relation.PARTNERS));
      case "Recommendation" ->
          builder
              .dataFetcher("issuedBy", one(Relation.ISSUED_BY))
              .dataFetcher("programmes", many(Relation.RECOMMENDATION_PROGRAMMES));
      case "Measurement" ->
          builder
              .dataFetcher("subject", one(Relation.MEASUREMENT_SUBJECT))
              .dataFetcher("source", env -> Sources.of(row(env)).get(0))
              .dataFetcher("approximate", env -> Boolean.TRUE.equals(row(env).get("approximate")));
      default -> throw new IllegalArgumentException("no wiring for " + type);
    }
    return builder.build();
  }

  private static GraphQLObjectType nodeType(TypeResolutionEnvironment env) {
    Map<String, Object> node = env.getObject();
    return env.getSchema().getObjectType((String) node.get("type"));
  }

  private static DataFetcher<CompletableFuture<List<Map<String, Object>>>> many(Relation relation) {
    return env -> scope(env).<List<Map<String, Object>>>loader(relation.name()).load(id(env));
  }

  private static DataFetcher<CompletableFuture<Map<String, Object>>> one(Relation relation) {
    return env ->
        scope(env)
            .<List<Map<String, Object>>>loader(relation.name())
            .load(id(env))
            .thenApply(list -> list.isEmpty() ? null : list.get(0));
  }

  private static DataFetcher<List<?>> list(String property) {
    return env -> row(env).get(property) instanceof List<?> values ? values : List.of();
  }

  private static CompletableFuture<List<Map<String, Object>>> statusHistory(
      DataFetchingEnvironment env) {
    return scope(env).<List<Map<String, Object>>>loader(RequestScope.STATUS_REPORTS).load(id(env));
  }

  private static CompletableFuture<List<Map<String, Object>>> neighbours(
      DataFetchingEnvironment env) {
    int first = Arguments.first(env, 50);
    return scope(env)
        .<List<Map<String, Object>>>loader(RequestScope.NEIGHBOURS)
        .load(first + "|" + id(env));
  }

  private static Object sourceDocument(DataFetchingEnvironment env) {
    Map<String, Object> source = row(env);
    if (source.get("document") != null) {
      return source.get("document");
    }
    return scope(env).loader(RequestScope.NODES).load((String) source.get("documentId"));
  }

  static LocalDate date(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    String[] parts = (text + "-01-01").split("-");
    return LocalDate.of(
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  static RequestScope scope(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(RequestScope.class);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> row(DataFetchingEnvironment env) {
    return (Map<String, Object>) env.getSource();
  }

  private static String id(DataFetchingEnvironment env) {
    return (String) row(env).get("id");
  }

  /** Turns the parallel source arrays stored on nodes and relationships into Source objects. */
  static final class Sources {
    private Sources() {}

    static List<Map<String, Object>> of(Map<String, Object> holder) {
      List<?> docs = listOf(holder.get("sourceDocs"));
      List<?> quotes = listOf(holder.get("sourceQuotes"));
      List<?> locations = listOf(holder.get("sourceLocations"));
      List<Map<String, Object>> sources = new ArrayList<>(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        String location =
            i < locations.size() && !"".equals(locations.get(i)) ? (String) locations.get(i) : null;
        java.util.HashMap<String, Object> source = new java.util.HashMap<>();
        source.put("documentId", docs.get(i));
        source.put("quote", quotes.get(i));
        source.put("location", location);
        sources.add(source);
      }
      return sources;
    }

    private static List<?> listOf(Object value) {
      return value instanceof List<?> list ? list : List.of();
    }
  }
}
