package nl.langerthuis.graph.store;

import java.util.List;
import java.util.Map;

/** One page of a listing. {@code totalCount} is -1 when it was not asked for. */
public record Page(long totalCount, List<Map<String, Object>> nodes, boolean hasNextPage) {}
