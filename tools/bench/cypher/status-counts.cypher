// queries/status-counts.graphql by hand: motions and commitments counted per status.
RETURN {
  motions: {totalCount: COUNT { (:Motion) }},
  motionsAdopted: {totalCount: COUNT { (n:Motion) WHERE n.status = 'ADOPTED' }},
  motionsInProgress: {totalCount: COUNT { (n:Motion) WHERE n.status = 'IN_PROGRESS' }},
  motionsSettled: {totalCount: COUNT { (n:Motion) WHERE n.status = 'SETTLED' }},
  motionsRejected: {totalCount: COUNT { (n:Motion) WHERE n.status = 'REJECTED' }},
  motionsHeld: {totalCount: COUNT { (n:Motion) WHERE n.status = 'HELD' }},
  motionsWithdrawn: {totalCount: COUNT { (n:Motion) WHERE n.status = 'WITHDRAWN' }},
  commitments: {totalCount: COUNT { (:Commitment) }},
  commitmentsOpen: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'OPEN' }},
  commitmentsFulfilled: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'FULFILLED' }},
  commitmentsPartiallyFulfilled: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'PARTIALLY_FULFILLED' }},
  commitmentsSettled: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'SETTLED' }},
  commitmentsPartiallySettled: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'PARTIALLY_SETTLED' }},
  commitmentsLapsed: {totalCount: COUNT { (n:Commitment) WHERE n.status = 'LAPSED' }}
} AS data
