package nl.langerthuis.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code schema/graph-model.md} shows the model the schema declares. Its generated part is
 * rewritten with {@code -Dmodel.tables.update=true} and reviewed as a diff.
 */
class GraphModelDocTest {
  private static final Path DOC = Path.of("schema/graph-model.md");
  private static final String BEGIN = "<!-- generated from schema.graphql: begin -->\n";
  private static final String END = "<!-- generated from schema.graphql: end -->";

  @Test
  void theGeneratedTablesMatchTheSchema() throws IOException {
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(BEGIN) + BEGIN.length();
    int end = doc.indexOf(END);
    String expected = ModelTables.of(GraphModel.standard());
    if (Boolean.getBoolean("model.tables.update")) {
      Files.writeString(DOC, doc.substring(0, begin) + expected + doc.substring(end));
      return;
    }
    assertEquals(expected, doc.substring(begin, end), "run with -Dmodel.tables.update=true");
  }
}
