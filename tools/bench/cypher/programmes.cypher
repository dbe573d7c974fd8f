// tools/bench/programmes.graphql by hand: one page ($first after the sort key $after) of programmes with owners
// and parent, the total and the page info. A programme's sort key is its id (schema/graph-model.md), so the page
// is a range seek from the cursor in the order of the id index. endCursor is the last sort key; the client
// encodes it as the API does.
CALL {
  MATCH (p:Programme)
  WHERE p.id > coalesce($after, '')
  RETURN p ORDER BY p.id LIMIT $first + 1
}
WITH collect(p) AS rows
WITH rows[0..$first] AS page, size(rows) > $first AS hasNextPage
CALL {
  WITH page
  UNWIND page AS p
  RETURN collect(p {
    .id, .name, .kind, .status, .budgetEuro,
    owners: COLLECT {
      MATCH (p)-[:OWNED_BY]->(o:Organisation)
      WITH DISTINCT o ORDER BY o.id
      RETURN o {.id, .name}
    },
    parent: head(COLLECT {
      MATCH (p)-[:PART_OF]->(q:Programme)
      WITH DISTINCT q ORDER BY q.id
      RETURN q {.id, .name}
    })
  }) AS nodes
}
RETURN {programmes: {
  totalCount: COUNT { (:Programme) },
  nodes: nodes,
  pageInfo: {hasNextPage: hasNextPage, endCursor: last(page).sortKey}
}} AS data
