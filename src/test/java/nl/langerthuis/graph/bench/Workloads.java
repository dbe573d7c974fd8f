package nl.langerthuis.graph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's questions: each GraphQL file of the repository paired with its hand-written
 * Cypher in {@code tools/bench/cypher/}.
 */
final class Workloads {
  static final String MOTION = "motion";
  static final String NESTED = "nested";
  static final String SETTLED = "settled-motions";
  static final String COUNTS = "status-counts";
  static final String FIRST_PAGE = "programmes-first-page";
  static final String LAST_PAGE = "programmes-last-page";
  static final String FIRST_100 = "programmes-first-100";

  static final List<String> NAMES =
      List.of(MOTION, NESTED, SETTLED, COUNTS, FIRST_PAGE, LAST_PAGE, FIRST_100);

  /** What depends on the size of the graph: the listings and their pages. */
  static final List<String> LISTINGS = List.of(SETTLED, FIRST_PAGE, LAST_PAGE, FIRST_100);

  static final int PAGE = 10;

  private final Path root;

  Workloads(Path root) {
    this.root = root;
  }

  /**
   * All workloads; {@code lastPageAfter} is the sort key after which the last ten programmes
   * follow.
   */
  List<Workload> all(String lastPageAfter) {
    return List.of(
        new Workload(
            MOTION,
            read("tools/load/motion.graphql"),
            Map.of(),
            cypher("motion"),
            Map.of("kamerstuk", "31765-446")),
        new Workload(
            NESTED,
            read("tools/load/nested.graphql"),
            Map.of(),
            cypher("nested"),
            Map.of("first", 50)),
        new Workload(
            SETTLED,
            read("queries/settled-motions.graphql"),
            Map.of(),
            cypher("settled-motions"),
            page(100, null)),
        new Workload(
            COUNTS,
            read("queries/status-counts.graphql"),
            Map.of(),
            cypher("status-counts"),
            Map.of()),
        programmes(FIRST_PAGE, PAGE, null),
        programmes(LAST_PAGE, PAGE, lastPageAfter),
        programmes(FIRST_100, 100, null));
  }

  /** A page of programmes, for the walk and the paging workloads. */
  Workload programmes(String name, int first, String afterSortKey) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", first);
    if (afterSortKey != null) {
      variables.put("after", Cursors.encode(afterSortKey));
    }
    return new Workload(
        name,
        read("tools/bench/programmes.graphql"),
        variables,
        cypher("programmes"),
        page(first, afterSortKey));
  }

  private static Map<String, Object> page(int first, String afterSortKey) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("first", first);
    parameters.put("after", afterSortKey);
    return parameters;
  }

  private String cypher(String name) {
    return read("tools/bench/cypher/" + name + ".cypher");
  }

  private String read(String file) {
    try {
      return Files.readString(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(file), e);
    }
  }
}
