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
        "# Question: what happened to this motion?\n# Asked by: clerks.\nquery M($k: String!, $first: Int = 5) { motion(kamerstuk: $k) { id } motions(first: $first) { totalCount } }\n");
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
  }
}
