// tools/load/motion.graphql by hand: one motion by Kamerstuk with submitters, status history and sources.
// $kamerstuk is normalised ('31765-446'). Lists are ordered as the API orders them: related nodes by id, status
// events by date then document id, sources as stored.
OPTIONAL MATCH (m:Motion {id: 'motion/' + $kamerstuk})
RETURN {motion: m {
  .kamerstuk, .title, .status,
  submitters: COLLECT {
    MATCH (m)<-[:SUBMITTED]-(p:Person)
    WITH DISTINCT p ORDER BY p.id
    RETURN p {.name, party: head(COLLECT {
      MATCH (p)-[:MEMBER_OF]->(o:Organisation {kind: 'POLITICAL_PARTY'})
      WITH DISTINCT o ORDER BY o.id
      RETURN o {.name}
    })}
  },
  settledBy: head(COLLECT {
    MATCH (m)-[:SETTLED_IN]->(d:Document)
    WITH DISTINCT d ORDER BY d.id
    RETURN d {.title}
  }),
  statusHistory: COLLECT {
    MATCH (m)-[r:REPORTED_IN]->(d:Document)
    WITH r, d ORDER BY r.date, d.id
    RETURN {date: toString(date(r.date)), status: r.status, quote: r.quote, location: r.location, document: d {.title}}
  },
  sources: COLLECT {
    UNWIND range(0, size(coalesce(m.sourceDocs, [])) - 1) AS i
    MATCH (d:Entity {id: m.sourceDocs[i]})
    WITH i, d ORDER BY i
    RETURN {
      quote: m.sourceQuotes[i],
      location: CASE m.sourceLocations[i] WHEN '' THEN null ELSE m.sourceLocations[i] END,
      document: d {.title}
    }
  }
}} AS data
