package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.store.Relation.*;

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
 * Binds the schema's fields to the graph: scalars read node properties, relationship fields go through the
 * request's data loaders, and the entry points of {@code Query} live in {@link QueryFetchers}.
 */
final class Wiring {
  private static final List<String> NODE_TYPES =
      List.of(
          "Document", "Organisation", "Person", "Motion", "Commitment", "Pilot", "Programme", "Subsidy", "Municipality", "Region",
          "IntegratedCareNetwork", "Recommendation", "Measurement");

  private Wiring() {}

  static RuntimeWiring build() {
    RuntimeWiring.Builder wiring =
        RuntimeWiring.newRuntimeWiring()
            .scalar(ExtendedScalars.Date)
            .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(Wiring::nodeType))
            .type(QueryFetchers.wiring())
            .type(
                TypeRuntimeWiring.newTypeWiring("Neighbour")
                    .dataFetcher("direction", env -> Boolean.TRUE.equals(row(env).get("outgoing")) ? "OUTGOING" : "INCOMING")
                    .dataFetcher("sources", env -> Sources.of(row(env))))
            .type(TypeRuntimeWiring.newTypeWiring("Source").dataFetcher("document", Wiring::sourceDocument))
            .type(TypeRuntimeWiring.newTypeWiring("StatusEvent").dataFetcher("date", env -> date(row(env).get("date"))))
            .type(TypeRuntimeWiring.newTypeWiring("SearchHit").dataFetcher("node", env -> row(env).get("node")));
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
            .dataFetcher("startDate", env -> date(row(env).get("startDate")))
            .dataFetcher("endDate", env -> date(row(env).get("endDate")));
    switch (type) {
      case "Document" -> builder.dataFetcher("publisher", one(PUBLISHER)).dataFetcher("signatory", one(SIGNATORY));
      case "Organisation" ->
          builder
              .dataFetcher("pilots", many(ORGANISATION_PILOTS))
              .dataFetcher("programmes", many(ORGANISATION_PROGRAMMES))
              .dataFetcher("administers", many(ORGANISATION_ADMINISTERS))
              .dataFetcher("partOf", one(ORGANISATION_PART_OF));
      case "Person" ->
          builder
              .dataFetcher("party", one(PERSON_PARTY))
              .dataFetcher("motions", many(PERSON_MOTIONS))
              .dataFetcher("commitments", many(PERSON_COMMITMENTS));
      case "Motion" ->
          builder
              .dataFetcher("submitters", many(MOTION_SUBMITTERS))
              .dataFetcher("settledBy", one(MOTION_SETTLED_BY))
              .dataFetcher("about", many(MOTION_ABOUT))
              .dataFetcher("commitments", many(MOTION_COMMITMENTS))
              .dataFetcher("statusHistory", Wiring::statusHistory);
      case "Commitment" ->
          builder
              .dataFetcher("madeBy", one(COMMITMENT_MADE_BY))
              .dataFetcher("madeTo", one(COMMITMENT_MADE_TO))
              .dataFetcher("fulfilledBy", one(COMMITMENT_FULFILLED_BY))
              .dataFetcher("motions", many(COMMITMENT_MOTIONS))
              .dataFetcher("statusHistory", Wiring::statusHistory);
      case "Pilot" ->
          builder
              .dataFetcher("programme", one(PART_OF_PROGRAMME))
              .dataFetcher("municipalities", many(RUNS_IN_MUNICIPALITY))
              .dataFetcher("regions", many(RUNS_IN_REGION))
              .dataFetcher("partners", many(PARTNERS))
              .dataFetcher("funders", many(FUNDERS))
              .dataFetcher("subsidies", many(FUNDING_SUBSIDIES));
      case "Programme" ->
          builder
              .dataFetcher("owners", many(OWNERS))
              .dataFetcher("parent", one(PART_OF_PROGRAMME))
              .dataFetcher("children", many(PROGRAMME_CHILDREN))
              .dataFetcher("partners", many(PARTNERS))
              .dataFetcher("funders", many(FUNDERS))
              .dataFetcher("pilots", many(PROGRAMME_PILOTS));
      case "Subsidy" ->
          builder
              .dataFetcher("administeredBy", many(ADMINISTERED_BY))
              .dataFetcher("funders", many(FUNDERS))
              .dataFetcher("programme", one(PART_OF_PROGRAMME))
              .dataFetcher("measurements", many(MEASUREMENTS));
      case "Municipality" ->
          builder
              .dataFetcher("province", one(MUNICIPALITY_PROVINCE))
              .dataFetcher("regions", many(MUNICIPALITY_REGIONS))
              .dataFetcher("pilots", many(PILOTS_RUNNING_HERE))
              .dataFetcher("integratedCareNetworks", many(NETWORKS_RUNNING_HERE));
      case "Region" ->
          builder
              .dataFetcher("municipalities", many(REGION_MUNICIPALITIES))
              .dataFetcher("integratedCareNetworks", many(NETWORKS_RUNNING_HERE))
              .dataFetcher("partOf", one(REGION_PART_OF))
              .dataFetcher("pilots", many(PILOTS_RUNNING_HERE));
      case "IntegratedCareNetwork" ->
          builder
              .dataFetcher("municipalities", many(RUNS_IN_MUNICIPALITY))
              .dataFetcher("regions", many(RUNS_IN_REGION))
              .dataFetcher("partners", many(PARTNERS));
      case "Recommendation" ->
          builder.dataFetcher("issuedBy", one(ISSUED_BY)).dataFetcher("programmes", many(RECOMMENDATION_PROGRAMMES));
      case "Measurement" ->
          builder
              .dataFetcher("subject", one(MEASUREMENT_SUBJECT))
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
    return env -> scope(env).<List<Map<String, Object>>>loader(relation.name()).load(id(env)).thenApply(list -> list.isEmpty() ? null : list.get(0));
  }

  private static DataFetcher<List<?>> list(String property) {
    return env -> row(env).get(property) instanceof List<?> values ? values : List.of();
  }

  private static CompletableFuture<List<Map<String, Object>>> statusHistory(DataFetchingEnvironment env) {
    return scope(env).<List<Map<String, Object>>>loader(RequestScope.STATUS_REPORTS).load(id(env));
  }

  private static CompletableFuture<List<Map<String, Object>>> neighbours(DataFetchingEnvironment env) {
    int first = Arguments.first(env, 50);
    return scope(env).<List<Map<String, Object>>>loader(RequestScope.NEIGHBOURS).load(first + "|" + id(env));
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
    return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
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
        String location = i < locations.size() && !"".equals(locations.get(i)) ? (String) locations.get(i) : null;
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
