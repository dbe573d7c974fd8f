package nl.langerthuis.graph.store;

/**
 * The relationships the API follows, each as the Cypher pattern from a node {@code a} to the
 * related nodes {@code b}. Patterns are constants: nothing from a request is ever spliced into
 * them.
 */
public enum Relation {
  PUBLISHER("(a)-[:PUBLISHED_BY]->(b:Organisation)"),
  SIGNATORY("(a)-[:SIGNED_BY]->(b:Person)"),
  ORGANISATION_PILOTS("(a)-[:PARTNER_IN|FUNDED_BY]-(b:Pilot)"),
  ORGANISATION_PROGRAMMES("(a)-[:OWNED_BY|PARTNER_IN|FUNDED_BY]-(b:Programme)"),
  ORGANISATION_ADMINISTERS("(a)-[:ADMINISTERS]->(b:Subsidy)"),
  ORGANISATION_PART_OF("(a)-[:PART_OF]->(b:Organisation)"),
  PERSON_PARTY("(a)-[:MEMBER_OF]->(b:Organisation {kind: 'POLITICAL_PARTY'})"),
  PERSON_MOTIONS("(a)-[:SUBMITTED]->(b:Motion)"),
  PERSON_COMMITMENTS("(a)<-[:MADE_BY]-(b:Commitment)"),
  MOTION_SUBMITTERS("(a)<-[:SUBMITTED]-(b:Person)"),
  MOTION_SETTLED_BY("(a)-[:SETTLED_IN]->(b:Document)"),
  MOTION_ABOUT("(a)-[:CONCERNS]->(b:Entity)"),
  MOTION_COMMITMENTS("(a)<-[:CONCERNS]-(b:Commitment)"),
  COMMITMENT_MADE_BY("(a)-[:MADE_BY]->(b:Entity)"),
  COMMITMENT_MADE_TO("(a)-[:MADE_TO]->(b:Entity)"),
  COMMITMENT_FULFILLED_BY("(a)-[:FULFILLED_IN]->(b:Document)"),
  COMMITMENT_MOTIONS("(a)-[:CONCERNS]->(b:Motion)"),
  PART_OF_PROGRAMME("(a)-[:PART_OF]->(b:Programme)"),
  RUNS_IN_MUNICIPALITY("(a)-[:RUNS_IN]->(b:Municipality)"),
  RUNS_IN_REGION("(a)-[:RUNS_IN]->(b:Region)"),
  PARTNERS("(a)<-[:PARTNER_IN]-(b:Organisation)"),
  FUNDERS("(a)-[:FUNDED_BY]->(b:Organisation)"),
  FUNDING_SUBSIDIES("(a)-[:FUNDED_BY]->(b:Subsidy)"),
  OWNERS("(a)-[:OWNED_BY]->(b:Organisation)"),
  PROGRAMME_CHILDREN("(a)<-[:PART_OF]-(b:Programme)"),
  PROGRAMME_PILOTS("(a)<-[:PART_OF]-(b:Pilot)"),
  ADMINISTERED_BY("(a)<-[:ADMINISTERS]-(b:Organisation)"),
  MEASUREMENTS("(a)<-[:MEASURES]-(b:Measurement)"),
  MUNICIPALITY_PROVINCE("(a)-[:LIES_IN]->(b:Region)"),
  MUNICIPALITY_REGIONS("(a)-[:MEMBER_OF]->(b:Region)"),
  PILOTS_RUNNING_HERE("(a)<-[:RUNS_IN]-(b:Pilot)"),
  NETWORKS_RUNNING_HERE("(a)<-[:RUNS_IN]-(b:IntegratedCareNetwork)"),
  REGION_MUNICIPALITIES("(a)<-[:MEMBER_OF|LIES_IN]-(b:Municipality)"),
  REGION_PART_OF("(a)-[:PART_OF]->(b:Region)"),
  ISSUED_BY("(a)-[:ISSUED_BY]->(b:Organisation)"),
  RECOMMENDATION_PROGRAMMES("(a)-[:CONCERNS]->(b:Programme)"),
  MEASUREMENT_SUBJECT("(a)-[:MEASURES]->(b:Entity)");

  final String pattern;

  Relation(String pattern) {
    this.pattern = pattern;
  }
}
