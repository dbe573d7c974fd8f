package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.langerthuis.graph.model.GraphModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code graph-seed/seed.schema.json} is the JSON Schema the model generates ({@link SeedSchema}),
 * rewritten with {@code -Dseed.schema.update=true} and reviewed as a diff; every seed file keeps
 * it, and it refuses what the loader refuses in one file.
 */
class SeedSchemaTest {
  private static final Path SEED = Path.of("graph-seed");
  private static final Path SCHEMA_FILE = SEED.resolve("seed.schema.json");

  @Test
  void theSchemaFileIsTheOneTheModelGenerates() throws IOException {
    String expected = SeedSchema.of(GraphModel.standard());
    if (Boolean.getBoolean("seed.schema.update")) {
      Files.writeString(SCHEMA_FILE, expected);
      return;
    }
    assertEquals(expected, Files.readString(SCHEMA_FILE), "run with -Dseed.schema.update=true");
  }

  @Test
  void everySeedFileKeepsTheSchema() throws IOException {
    // given
    Schema schema = schema();
    List<Path> files;
    try (Stream<Path> list = Files.list(SEED)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }

    // when
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      errors.addAll(errors(schema, file));
    }

    // then
    assertTrue(files.size() > 1, "the seed has files");
    assertEquals(List.of(), errors);
  }

  @Test
  void theSchemaRefusesAnUnknownFieldABadEnumValueADateAndAReferenceOfTheWrongKind(
      @TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("letter.yaml");
    Files.writeString(
        file,
        """
        document: doc/letter
        records:
          - id: pilot/x
            type: Pilot
            name: X
            colour: blue
            status: SOMETIMES
            startDate: 2020-13
            municipalities: [org/vng]
            quotes: ["Mezzo werken samen"]
        """);

    // when
    List<String> errors = errors(schema(), file);

    // then
    assertFalse(errors.isEmpty());
    for (String part : List.of("colour", "/status", "/startDate", "/municipalities/0")) {
      assertTrue(errors.stream().anyMatch(e -> e.contains(part)), part + " in " + errors);
    }
  }

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SeedSchema.of(GraphModel.standard()), InputFormat.JSON);
  }

  /** The file's problems with the schema, read as the loader reads YAML (dates stay text). */
  private static List<String> errors(Schema schema, Path file) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Object> yaml = YamlFile.read(file, problems);
    assertEquals(List.of(), problems);
    String json = new ObjectMapper().writeValueAsString(plain(Mapping.bind(file.toString(), yaml)));
    return schema.validate(json, InputFormat.JSON).stream()
        .map(e -> file.getFileName() + " " + e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }

  private static Object plain(Object value) {
    if (value instanceof Mapping mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      mapping.values().forEach((k, v) -> map.put(k, plain(v)));
      return map;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SeedSchemaTest::plain).toList();
    }
    return value;
  }
}
