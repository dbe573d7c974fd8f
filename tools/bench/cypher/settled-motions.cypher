// queries/settled-motions.graphql by hand: one page ($first after the sort key $after) of the motions the
// government settled, with submitters, settling document and status history, the total and the page info.
// A motion's sort key is its id (schema/graph-model.md), so the page is a range seek from the cursor in the order
// of the id index. endCursor is the last sort key; the client encodes it as the API does (Cypher has no base64).
CALL {
  MATCH (m:Motion)
  WHERE m.id > coalesce($after, '') AND m.settled = true
  RETURN m ORDER BY m.id LIMIT $first + 1
}
WITH collect(m) AS rows
WITH rows[0..$first] AS page, size(rows) > $first AS hasNextPage
CALL {
  WITH page
  UNWIND page AS m
  RETURN collect(m {
    .id, .kamerstuk, .kind, .title, .status,
    submitters: COLLECT {
      MATCH (m)<-[:SUBMITTED]-(p:Person)
      WITH DISTINCT p ORDER BY p.id
      RETURN p {.id, .name}
    },
    settledBy: head(COLLECT {
      MATCH (m)-[:SETTLED_IN]->(d:Document)
      WITH DISTINCT d ORDER BY d.id
      RETURN d {.id, .title, dateText: d.date}
    }),
    statusHistory: COLLECT {
      MATCH (m)-[r:REPORTED_IN]->(d:Document)
      WITH r, d ORDER BY r.date, d.id
      RETURN {
        date: toString(date(r.date)), status: r.status, quote: r.quote, location: r.location,
        document: d {.id, .title}
      }
    }
  }) AS nodes
}
RETURN {motions: {
  totalCount: COUNT { (n:Motion) WHERE n.settled = true },
  nodes: nodes,
  pageInfo: {hasNextPage: hasNextPage, endCursor: last(page).sortKey}
}} AS data
