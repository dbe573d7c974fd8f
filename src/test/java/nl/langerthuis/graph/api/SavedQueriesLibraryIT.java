package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The saved-query library reads its folder once and refuses files that do not fit the schema. */
@ExtendWith(TestGraphExtension.class)
class SavedQueriesLibraryIT {
  @Test
  void aQueryThatDoesNotValidateStopsTheLibraryWithItsFileName(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("broken.graphql"), "{ motions { nodes { noSuchField } } }");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new SavedQueries(new SavedQueries.QueryLibrary(dir), TestGraph.get().graphQL()));
    assertTrue(e.getMessage().contains("broken.graphql"), e.getMessage());
    assertTrue(e.getMessage().contains("noSuchField"), e.getMessage());
  }

  @Test
  void descriptionsAndVariablesAreReadFromTheFile(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("by-kamerstuk.graphql"),
        "# Question: what happened to this motion?\n# Asked by: clerks.\n# rows: motion\nquery M($k: String!, $first: Int = 5) { motion(kamerstuk: $k) { id } motions(first: $first) { totalCount } }\n");
    SavedQuery query =
        new SavedQueries(new SavedQueries.QueryLibrary(dir), TestGraph.get().graphQL())
            .byName("by-kamerstuk")
            .orElseThrow();
    assertEquals("Question: what happened to this motion?\nAsked by: clerks.", query.description());
    assertEquals(
        List.of(
            new SavedQuery.Variable("k", "String!", true),
            new SavedQuery.Variable("first", "Int", false)),
        query.variables());
    assertEquals("motion", query.rows().get(0).path());
    assertEquals(List.of("id"), query.rows().get(0).columns());
    assertEquals(64, query.sha256().length());
  }

  @Test
  void aQueryWithoutRowsOrWithRowsThatCannotBeATableStopsTheLibraryWithItsFileName(
      @TempDir Path dir) throws IOException {
    assertRefused(
        dir,
        "{ motions(first: 5) { nodes { id } } }",
        "no '# rows:' line in the header: name the list whose items are the rows");
    assertRefused(
        dir,
        "# rows: motions.nodes.submitters\n{ motions(first: 5, after: null) { nodes { submitters { id } } } }",
        "rows motions.nodes.submitters: 'nodes' is a list; rows cannot be inside rows");
    assertRefused(
        dir,
        "# rows: motions.nodes\n{ motions(first: 5) { nodes { id } } }",
        "rows motions.nodes are one page of a longer list: pass after: $after to 'motions' and"
            + " select its pageInfo { hasNextPage endCursor }");
    assertRefused(
        dir,
        "# rows: motions.edges\n{ motions(first: 5) { nodes { id } } }",
        "rows motions.edges: the query selects no 'edges' under motions");
    assertRefused(
        dir,
        "# rows: documents.totalCount\n{ documents { totalCount } }",
        "rows documents.totalCount: 'totalCount' is a value, not a list of objects");
  }

  private static void assertRefused(Path dir, String text, String message) throws IOException {
    Files.writeString(dir.resolve("table.graphql"), text);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> new SavedQueries(new SavedQueries.QueryLibrary(dir), TestGraph.get().graphQL()));
    assertTrue(e.getMessage().contains("table.graphql: " + message), e.getMessage());
  }
}
