package nl.langerthuis.graph.store;

import java.util.Map;

/**
 * The paged lists of the API: which label, and the filter each argument adds. Name filters take a
 * {@code LookupKey} and match a name, alias, abbreviation or id through the {@code :Key} index.
 */
public enum Listing {
  MOTIONS(
      "Motion",
      Map.of(
          "status", "n.status = $status",
          "settled", "n.settled = $settled",
          "submitter",
              "EXISTS { MATCH (:Key {key: $submitter})-[:NAMES]->(:Person)-[:SUBMITTED]->(n) }")),
  COMMITMENTS("Commitment", Map.of("status", "n.status = $status")),
  PILOTS(
      "Pilot",
      Map.of(
          "municipality",
              "EXISTS { MATCH (:Key {key: $municipality})-[:NAMES]->(:Municipality)<-[:RUNS_IN]-(n) }",
          "organisation",
              "EXISTS { MATCH (:Key {key: $organisation})-[:NAMES]->(o:Organisation)"
                  + " WHERE (o)-[:PARTNER_IN]->(n) OR (n)-[:FUNDED_BY]->(o) }",
          "status", "n.status = $status")),
  PROGRAMMES("Programme", Map.of("kind", "n.kind = $kind")),
  SUBSIDIES("Subsidy", Map.of()),
  ORGANISATIONS(
      "Organisation",
      Map.of(
          "kind", "n.kind = $kind", "name", "EXISTS { MATCH (:Key {key: $name})-[:NAMES]->(n) }")),
  PERSONS("Person", Map.of("name", "EXISTS { MATCH (:Key {key: $name})-[:NAMES]->(n) }")),
  MUNICIPALITIES("Municipality", Map.of()),
  REGIONS(
      "Region",
      Map.of(
          "kind",
          "n.kind = $kind",
          "hasIntegratedCareNetwork",
          "n.hasIntegratedCareNetwork = $hasIntegratedCareNetwork")),
  INTEGRATED_CARE_NETWORKS("IntegratedCareNetwork", Map.of()),
  DOCUMENTS("Document", Map.of()),
  RECOMMENDATIONS(
      "Recommendation",
      Map.of(
          "issuedBy",
          "EXISTS { MATCH (:Key {key: $issuedBy})-[:NAMES]->(:Organisation)<-[:ISSUED_BY]-(n) }"));

  final String label;
  final Map<String, String> filters;

  Listing(String label, Map<String, String> filters) {
    this.label = label;
    this.filters = filters;
  }
}
