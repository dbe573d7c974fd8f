package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The served schema keeps every name of the stable core contract: types, fields, their types,
 * arguments with their types and defaults, interfaces and enum values. Additions are allowed; an
 * added argument must be optional.
 */
class CoreContractTest {
  private static final Path CONTRACT = Path.of("schema/core.graphql");

  /** Where the project's shared material sits beside a checkout, as CI lays it out. */
  private static final Path SHARED_CONTRACT = Path.of("../shared/spec/core.graphql");

  private static final Path SHARED_DOCUMENTS = Path.of("../shared/seeds");

  @Test
  void theContractAndTheDocumentsInTheRepositoryAreTheSharedOnesWhereThoseAreBeside()
      throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(SHARED_CONTRACT),
        "no ../shared beside this checkout: nothing to compare");
    assertEquals(Files.readString(SHARED_CONTRACT), Files.readString(CONTRACT));
    List<Path> shared;
    try (var files = Files.list(SHARED_DOCUMENTS)) {
      shared = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(shared.size() >= 4, "the shared documents were read");
    for (Path document : shared) {
      assertEquals(
          Files.readString(document),
          Files.readString(Path.of("graph-seed/documents").resolve(document.getFileName())),
          document.getFileName() + " differs from its copy in graph-seed/documents");
    }
  }

  @Test
  void servedSchemaContainsTheWholeCoreContract() throws IOException {
    TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT));
    TypeDefinitionRegistry served = new SchemaParser().parse(servedSdl());
    List<String> differences = new ArrayList<>();
    contract.types().values().forEach(type -> compareType(type, served, differences));
    contract
        .scalars()
        .keySet()
        .forEach(
            name -> {
              if (!served.scalars().containsKey(name)) {
                differences.add("scalar " + name + " is missing");
              }
            });
    assertTrue(contract.types().size() > 30, "the contract was read");
    assertEquals(List.of(), differences);
  }

  @Test
  void theCheckNoticesARemovedFieldAndAChangedArgument() throws IOException {
    TypeDefinitionRegistry contract =
        new SchemaParser()
            .parse("type Query { motions(status: String, first: Int = 20): [String!]! gone: Int }");
    TypeDefinitionRegistry served =
        new SchemaParser()
            .parse(
                "type Query { motions(status: String, first: Int = 10, extra: Int!): [String!]! }");
    List<String> differences = new ArrayList<>();
    contract.types().values().forEach(type -> compareType(type, served, differences));
    assertEquals(
        List.of(
            "Query.motions(first:) default changed: 20 -> 10",
            "Query.motions(extra:) is added as required",
            "Query.gone is missing"),
        differences);
  }

  /**
   * The schema as the service reads it from its class path ({@code GraphQLService}), without
   * starting Neo4j: this is a fast-tier test.
   */
  private static String servedSdl() throws IOException {
    try (InputStream in = CoreContractTest.class.getResourceAsStream("/schema/schema.graphql")) {
      assertNotNull(in, "schema/schema.graphql is on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void compareType(
      TypeDefinition<?> expected, TypeDefinitionRegistry served, List<String> differences) {
    TypeDefinition<?> actual = served.getType(expected.getName()).orElse(null);
    if (actual == null || actual.getClass() != expected.getClass()) {
      differences.add("type " + expected.getName() + " is missing or of another kind");
      return;
    }
    if (expected instanceof ImplementingTypeDefinition<?> e
        && actual instanceof ImplementingTypeDefinition<?> a) {
      compareImplementing(e, a, differences);
    }
    if (expected instanceof EnumTypeDefinition e && actual instanceof EnumTypeDefinition a) {
      List<String> values =
          a.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
      e.getEnumValueDefinitions().stream()
          .map(EnumValueDefinition::getName)
          .filter(v -> !values.contains(v))
          .forEach(v -> differences.add(e.getName() + "." + v + " is missing"));
    }
  }

  private static void compareImplementing(
      ImplementingTypeDefinition<?> expected,
      ImplementingTypeDefinition<?> actual,
      List<String> differences) {
    List<String> interfaces =
        actual.getImplements().stream().map(t -> ((TypeName) t).getName()).toList();
    for (Type<?> i : expected.getImplements()) {
      if (!interfaces.contains(((TypeName) i).getName())) {
        differences.add(expected.getName() + " no longer implements " + ((TypeName) i).getName());
      }
    }
    Map<String, FieldDefinition> fields =
        byName(actual.getFieldDefinitions(), FieldDefinition::getName);
    for (FieldDefinition field : expected.getFieldDefinitions()) {
      String where = expected.getName() + "." + field.getName();
      FieldDefinition mine = fields.get(field.getName());
      if (mine == null) {
        differences.add(where + " is missing");
        continue;
      }
      if (!print(field.getType()).equals(print(mine.getType()))) {
        differences.add(
            where + " type changed: " + print(field.getType()) + " -> " + print(mine.getType()));
      }
      compareArguments(
          where, field.getInputValueDefinitions(), mine.getInputValueDefinitions(), differences);
    }
  }

  private static void compareArguments(
      String where,
      List<InputValueDefinition> expected,
      List<InputValueDefinition> actual,
      List<String> differences) {
    Map<String, InputValueDefinition> mine = byName(actual, InputValueDefinition::getName);
    for (InputValueDefinition arg : expected) {
      InputValueDefinition m = mine.remove(arg.getName());
      String at = where + "(" + arg.getName() + ":)";
      if (m == null) {
        differences.add(at + " is missing");
      } else if (!print(arg.getType()).equals(print(m.getType()))) {
        differences.add(
            at + " type changed: " + print(arg.getType()) + " -> " + print(m.getType()));
      } else if (!printValue(arg).equals(printValue(m))) {
        differences.add(at + " default changed: " + printValue(arg) + " -> " + printValue(m));
      }
    }
    mine.values().stream()
        .filter(a -> a.getType() instanceof NonNullType && a.getDefaultValue() == null)
        .forEach(a -> differences.add(where + "(" + a.getName() + ":) is added as required"));
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream()
        .collect(
            Collectors.toMap(name, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String print(Type<?> type) {
    return AstPrinter.printAst(type);
  }

  private static String printValue(InputValueDefinition arg) {
    return arg.getDefaultValue() == null ? "none" : AstPrinter.printAst(arg.getDefaultValue());
  }
}
