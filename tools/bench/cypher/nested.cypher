// tools/load/nested.graphql by hand: a page of motions ($first, 50) with submitters and their parties, status
// history, settling document, sources and the first ten neighbours, and the total count. A motion's sort key is its
// id (schema/graph-model.md), so the page is read in the order of the id index.
CALL {
  MATCH (m:Motion)
  WHERE m.id > ''
  WITH m ORDER BY m.id LIMIT $first
  RETURN collect(m {
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
    statusHistory: COLLECT {
      MATCH (m)-[r:REPORTED_IN]->(d:Document)
      WITH r, d ORDER BY r.date, d.id
      RETURN {date: toString(date(r.date)), status: r.status, quote: r.quote, document: d {.title}}
    },
    settledBy: head(COLLECT {
      MATCH (m)-[:SETTLED_IN]->(d:Document)
      WITH DISTINCT d ORDER BY d.id
      RETURN d {.title}
    }),
    sources: COLLECT {
      UNWIND range(0, size(coalesce(m.sourceDocs, [])) - 1) AS i
      MATCH (d:Entity {id: m.sourceDocs[i]})
      WITH i, d ORDER BY i
      RETURN {
        quote: m.sourceQuotes[i],
        location: CASE m.sourceLocations[i] WHEN '' THEN null ELSE m.sourceLocations[i] END,
        document: d {.title}
      }
    },
    neighbours: COLLECT {
      MATCH (m)-[r]-(b:Entity)
      WITH r, b ORDER BY type(r), b.id LIMIT 10
      RETURN {
        relation: type(r),
        direction: CASE WHEN startNode(r) = m THEN 'OUTGOING' ELSE 'INCOMING' END,
        node: b {.id, .label}
      }
    }
  }) AS nodes
}
RETURN {motions: {totalCount: COUNT { (:Motion) }, nodes: nodes}} AS data
