package nl.langerthuis.graph.api;

import java.util.List;
import java.util.Objects;

/**
 * A saved query from {@code queries/}: its file name without {@code .graphql}, the question its
 * leading comment asks, the GraphQL text, the variables it declares, the lists whose items are its
 * rows in a table (its {@code # rows:} line) and the SHA-256 hash of its text, by which persisted-
 * query clients ask for it.
 *
 * @param description the leading {@code #} comment lines, without the {@code #} and the rows line
 * @param sha256 lowercase hex SHA-256 of {@link #text()}, as Apollo's persisted queries compute it
 */
public record SavedQuery(
    String name,
    String description,
    String text,
    List<Variable> variables,
    List<RowList> rows,
    String sha256) {
  public SavedQuery {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    variables = List.copyOf(variables);
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a saved query names at least one list of rows");
    }
  }

  /**
   * A declared variable: its name, its GraphQL type as written, and whether a request must give it.
   */
  public record Variable(String name, String type, boolean required) {}

  /**
   * One list of table rows, worked out from the query and the schema at start-up.
   *
   * @param path response keys from {@code data} to the list (or single object) whose items are
   *     rows, e.g. {@code motions.nodes}; {@code .} makes the whole result one row
   * @param context columns of the objects above the rows, repeated on every row, as dotted paths
   *     from {@code data} (e.g. {@code node.id}); connections add none
   * @param columns columns of each row, as dotted paths from the row (e.g. {@code
   *     settledBy.title}), one per leaf field the query selects, in the query's order
   * @param cursorVariable the variable that takes the next page's cursor, or null if the list is
   *     not paged
   * @param pageInfoPath the path of the list's {@code pageInfo} object, or null if not paged
   */
  public record RowList(
      String path,
      List<String> context,
      List<String> columns,
      String cursorVariable,
      String pageInfoPath) {
    public RowList {
      Objects.requireNonNull(path, "path == null");
      context = List.copyOf(context);
      columns = List.copyOf(columns);
    }

    /** The response keys from {@code data} to the rows; empty for the whole result. */
    public List<String> keys() {
      return path.equals(".") ? List.of() : List.of(path.split("\\."));
    }
  }
}
