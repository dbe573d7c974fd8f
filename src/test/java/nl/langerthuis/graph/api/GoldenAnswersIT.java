package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden answers: every saved query in {@code queries/} and every load query in {@code tools/load/}
 * is run on the seed graph with the example variables its header declares, and its answer must
 * equal the file {@code NAME.expected.json} beside it. The answer is the GraphQL response without
 * {@code extensions} (the cost figures), pretty-printed with its keys sorted, so that a change of
 * seed data or of the query engine shows as a diff of those files.
 *
 * <p>After a deliberate change, regenerate the files and review the diff:
 *
 * <pre>{@code
 * mvn -B -ntp verify -Dit.test=GoldenAnswersIT -Dgolden.update=true
 * git diff queries/ tools/load/
 * }</pre>
 *
 * <p>Example variables come from the header lines {@code # $name ... example: VALUE}, where VALUE
 * is a JSON value (anything after it is commentary); {@code example: null} leaves the variable out.
 */
@ExtendWith(TestGraphExtension.class)
final class GoldenAnswersIT {
  private static final List<Path> FOLDERS = List.of(Path.of("queries"), Path.of("tools/load"));
  private static final String QUERY_SUFFIX = ".graphql";
  private static final String GOLDEN_SUFFIX = ".expected.json";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** A variable's declaration line: its name, and later on the line or the next, its example. */
  private static final Pattern VARIABLE = Pattern.compile("^#\\s+\\$(\\w+)\\b");

  private static final Pattern EXAMPLE = Pattern.compile("\\bexample:\\s*(.*)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The query files, one test each. */
  static Stream<Path> queryFiles() {
    return FOLDERS.stream().flatMap(GoldenAnswersIT::filesEndingWith).map(Path::of).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queryFiles")
  void answerEqualsItsGoldenFile(Path queryFile) throws IOException {
    // given
    String query = Files.readString(queryFile, StandardCharsets.UTF_8);
    Map<String, Object> variables = exampleVariables(query);
    Path goldenFile = goldenFileOf(queryFile);

    // when
    ExecutionResult result = TestGraph.get().graphQL().execute(query, null, variables);

    // then
    assertTrue(
        result.getErrors().isEmpty(),
        () -> queryFile + " with " + variables + ": errors " + result.getErrors());
    JsonNode answer = answer(result);
    assertTrue(
        hasContent(answer.get("data")),
        () -> queryFile + " with " + variables + " answers nothing: " + answer);
    if (UPDATE) {
      Files.writeString(goldenFile, pretty(answer), StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(goldenFile),
        () -> goldenFile + " is missing: run with -Dgolden.update=true and review it");
    JsonNode expected = JSON.readTree(Files.readString(goldenFile, StandardCharsets.UTF_8));
    if (!expected.equals(GoldenAnswersIT::compareValues, answer)) {
      fail(
          queryFile
              + " no longer answers what "
              + goldenFile
              + " holds; if the change is meant, run with -Dgolden.update=true and review the"
              + " diff.\nexpected:\n"
              + pretty(expected)
              + "but was:\n"
              + pretty(answer));
    }
  }

  @Test
  void everyGoldenFileBelongsToAQuery() {
    // given
    Set<String> queries = new TreeSet<>();
    queryFiles().forEach(q -> queries.add(goldenFileOf(q).toString()));

    // when
    Set<String> golden = new TreeSet<>();
    FOLDERS.forEach(dir -> filesOf(dir, GOLDEN_SUFFIX).forEach(golden::add));

    // then
    assertTrue(queries.size() >= 17, "saved and load queries found: " + queries);
    assertEquals(queries, golden, "one golden file per query, none left over");
  }

  @Test
  void exampleValuesAreReadAsJsonAndNullLeavesTheVariableOut() {
    // given
    String header =
        """
        # Variables:
        #   $kamerstuk  compact or as printed (required)  example: "31765-446" (or "31 765, nr. 446")
        #   $status     a status (default OPEN)
        #               example: "FULFILLED"
        #   $first      page size                         example: 100
        #   $after      endCursor (optional)              example: null
        query Q($kamerstuk: String!) { motion(kamerstuk: $kamerstuk) { id } }
        """;

    // when
    Map<String, Object> variables = exampleVariables(header);

    // then
    assertEquals(Map.of("kamerstuk", "31765-446", "status", "FULFILLED", "first", 100), variables);
  }

  // --- reading examples ---

  /** The example variables the leading comment declares, in declaration order. */
  static Map<String, Object> exampleVariables(String query) {
    Map<String, Object> variables = new LinkedHashMap<>();
    String current = null;
    for (String line : query.lines().takeWhile(l -> l.startsWith("#")).toList()) {
      Matcher variable = VARIABLE.matcher(line);
      current = variable.find() ? variable.group(1) : current;
      Matcher example = EXAMPLE.matcher(line);
      if (current != null && example.find()) {
        putExample(variables, current, example.group(1));
        current = null;
      }
    }
    return variables;
  }

  private static void putExample(Map<String, Object> variables, String name, String text) {
    try {
      Object value = JSON.readValue(JSON.createParser(text), Object.class);
      if (value != null) {
        variables.put(name, value);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "example of $" + name + " is not a JSON value: " + text, e);
    }
  }

  // --- the answer as JSON ---

  /** The response without its extensions, numbers as plain decimals. */
  private static JsonNode answer(ExecutionResult result) {
    Map<String, Object> response = new LinkedHashMap<>(result.toSpecification());
    response.remove("extensions");
    return normalised(JSON.valueToTree(response));
  }

  /**
   * Keys sorted, so that the file does not depend on the order an engine builds maps in; 23000000.0
   * written as 23000000, not 2.3E7 (the comparison is by value anyway).
   */
  private static JsonNode normalised(JsonNode node) {
    if (node.isFloatingPointNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return JsonNodeFactory.instance.numberNode(value.scale() < 0 ? value.setScale(0) : value);
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().stream()
          .map(Map.Entry::getKey)
          .sorted()
          .forEach(k -> copy.set(k, normalised(node.get(k))));
      return copy;
    }
    if (node.isArray()) {
      return JsonNodeFactory.instance
          .arrayNode()
          .addAll(node.valueStream().map(GoldenAnswersIT::normalised).toList());
    }
    return node;
  }

  /** Something other than nulls, zeros, falses and empty lists: an empty graph answers nothing. */
  private static boolean hasContent(JsonNode node) {
    if (node == null || node.isNull() || node.isBoolean()) {
      return false;
    }
    if (node.isNumber()) {
      return node.decimalValue().signum() != 0;
    }
    if (node.isContainerNode()) {
      return node.valueStream().anyMatch(GoldenAnswersIT::hasContent);
    }
    return true;
  }

  private static String pretty(JsonNode json) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return JSON.writer(printer)
            .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .writeValueAsString(json)
        + "\n";
  }

  private static int compareValues(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return Objects.equals(a, b) ? 0 : 1;
  }

  // --- files ---

  private static Path goldenFileOf(Path queryFile) {
    String name = queryFile.getFileName().toString();
    return queryFile.resolveSibling(
        name.substring(0, name.length() - QUERY_SUFFIX.length()) + GOLDEN_SUFFIX);
  }

  private static Stream<String> filesEndingWith(Path dir) {
    return filesOf(dir, QUERY_SUFFIX).stream();
  }

  private static List<String> filesOf(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(Path::toString).filter(f -> f.endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
