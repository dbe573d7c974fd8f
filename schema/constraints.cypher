// Constraints and indexes, applied at every start (all statements are idempotent).
// Every node of the policy graph is an :Entity with a unique id; lookups by name, alias or abbreviation go
// through (:Key {key})-[:NAMES]->(node).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT key_key IF NOT EXISTS FOR (k:Key) REQUIRE k.key IS UNIQUE;
CREATE INDEX document_id IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX organisation_id IF NOT EXISTS FOR (n:Organisation) ON (n.id);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX motion_id IF NOT EXISTS FOR (n:Motion) ON (n.id);
CREATE INDEX motion_status IF NOT EXISTS FOR (n:Motion) ON (n.status);
CREATE INDEX commitment_id IF NOT EXISTS FOR (n:Commitment) ON (n.id);
CREATE INDEX commitment_status IF NOT EXISTS FOR (n:Commitment) ON (n.status);
CREATE INDEX pilot_id IF NOT EXISTS FOR (n:Pilot) ON (n.id);
CREATE INDEX programme_id IF NOT EXISTS FOR (n:Programme) ON (n.id);
CREATE INDEX subsidy_id IF NOT EXISTS FOR (n:Subsidy) ON (n.id);
CREATE INDEX municipality_id IF NOT EXISTS FOR (n:Municipality) ON (n.id);
CREATE INDEX region_id IF NOT EXISTS FOR (n:Region) ON (n.id);
CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind);
CREATE INDEX icn_id IF NOT EXISTS FOR (n:IntegratedCareNetwork) ON (n.id);
CREATE INDEX recommendation_id IF NOT EXISTS FOR (n:Recommendation) ON (n.id);
CREATE INDEX measurement_id IF NOT EXISTS FOR (n:Measurement) ON (n.id);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity)
  ON EACH [n.label, n.name, n.title, n.abbreviation, n.aliases, n.description, n.asks, n.text, n.response, n.metric, n.sourceQuotes]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false}};
