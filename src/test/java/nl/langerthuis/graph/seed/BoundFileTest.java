package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding turns a file's YAML into records that keep their file and line, and checks its shape. */
class BoundFileTest {
  @TempDir Path dir;

  private BoundFile bind(String yaml, List<String> problems) throws IOException {
    Path file = dir.resolve("letter.yaml");
    Files.writeString(file, yaml);
    return BoundFile.records("letter.yaml", YamlFile.read(file, problems), problems);
  }

  @Test
  void recordsAndTheirQuotesKeepTheirFileAndLine() throws IOException {
    // given
    List<String> problems = new ArrayList<>();

    // when
    BoundFile file =
        bind(
            """
            document: doc/letter
            records:
              - id: org/vng
                type: Organisation
                name: VNG
                quotes:
                  - text: "De VNG"
                    at: title
            notMotions:
              - ref: "25295-277"
            """,
            problems);

    // then
    assertEquals(List.of(), problems);
    assertEquals("doc/letter", file.document());
    SeedRecord vng = file.records().get(0);
    assertEquals(new FileLine("letter.yaml", 3), vng.where());
    assertEquals("org/vng", vng.id());
    assertEquals("Organisation", vng.type());
    Mapping quote = (Mapping) ((List<?>) vng.quotes()).get(0);
    assertEquals("letter.yaml:7", quote.where().toString());
    assertFalse(vng.fields().containsKey(YamlFile.LINE), "no line key among the fields");
    assertEquals(List.of("name"), List.copyOf(vng.fields().keySet()));
    assertEquals(new FileLine("letter.yaml", 10), file.notMotions().get(0).where());
  }

  @Test
  void aFileOfTheWrongShapeNamesTheRule() throws IOException {
    // given
    List<String> problems = new ArrayList<>();

    // when
    BoundFile file = bind("document: doc/letter\nrecords:\n  - just text\n", problems);

    // then
    assertEquals(List.of(), file.records());
    assertEquals(
        List.of("letter.yaml: every entry of 'records' must be a mapping (got just text)"),
        problems);
  }
}
