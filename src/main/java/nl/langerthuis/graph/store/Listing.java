package nl.langerthuis.graph.store;

import java.util.Map;

/**
 * The paged lists of the API: which label, and the filter each argument adds. Name filters take a
 * {@code LookupKey} and match a name, alias, abbreviation, id or a whole-word part of a name
 * through the {@code :Key} index; their Cypher is {@link NameMatch}'s.
 */
public enum Listing {
  MOTIONS(
      "Motion",
      Map.of(
          "status", "n.status = $status",
          "settled", "n.settled = $settled",
          "submitter", NameMatch.named("submitter", "p", "Person", "-[:SUBMITTED]->(n)", "true"))),
  COMMITMENTS("Commitment", Map.of("status", "n.status = $status")),
  PILOTS(
      "Pilot",
      Map.of(
          "municipality",
              NameMatch.named("municipality", "m", "Municipality", "<-[:RUNS_IN]-(n)", "true"),
          "organisation",
              NameMatch.named(
                  "organisation",
                  "o",
                  "Organisation",
                  "",
                  "((o)-[:PARTNER_IN]->(n) OR (n)-[:FUNDED_BY]->(o))"),
          "status", "n.status = $status")),
  PROGRAMMES("Programme", Map.of("kind", "n.kind = $kind")),
  SUBSIDIES("Subsidy", Map.of()),
  ORGANISATIONS(
      "Organisation",
      Map.of("kind", "n.kind = $kind", "name", NameMatch.named("name", "Organisation"))),
  PERSONS("Person", Map.of("name", NameMatch.named("name", "Person"))),
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
          NameMatch.named("issuedBy", "o", "Organisation", "<-[:ISSUED_BY]-(n)", "true")));

  final String label;
  final Map<String, String> filters;

  Listing(String label, Map<String, String> filters) {
    this.label = label;
    this.filters = filters;
  }
}
