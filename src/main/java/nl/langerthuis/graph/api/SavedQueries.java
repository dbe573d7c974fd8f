package nl.langerthuis.graph.api;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.AstPrinter;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The saved queries of {@code queries/}, read and validated against the schema once at start-up, so
 * that dashboards can run them by name. A file that does not validate stops the start with its name
 * and the error.
 */
@Singleton
public final class SavedQueries {
  private final Map<String, SavedQuery> byName;

  @Inject
  public SavedQueries(QueryLibrary library, GraphQLService service) {
    this.byName = read(library.dir(), service);
  }

  /** Where the saved queries live; a missing folder means an empty library. */
  public record QueryLibrary(Path dir) {}

  public List<SavedQuery> all() {
    return List.copyOf(byName.values());
  }

  public Optional<SavedQuery> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The saved query whose file has this SHA-256 hash (hex, any case). */
  public Optional<SavedQuery> bySha256(String hash) {
    return byName.values().stream().filter(q -> q.sha256().equalsIgnoreCase(hash)).findFirst();
  }

  private static Map<String, SavedQuery> read(Path dir, GraphQLService service) {
    if (!Files.isDirectory(dir)) {
      return Map.of();
    }
    List<String> problems = new ArrayList<>();
    Map<String, SavedQuery> queries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ParseAndValidateResult result =
            ParseAndValidate.parseAndValidate(
                service.schema(), ExecutionInput.newExecutionInput(text).build());
        if (result.isFailure()) {
          problems.add(
              file
                  + ": "
                  + result.getErrors().stream()
                      .map(GraphQLError::getMessage)
                      .collect(Collectors.joining("; ")));
          continue;
        }
        String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
        List<SavedQuery.RowList> rows;
        try {
          rows = RowLists.of(text, result.getDocument(), service.schema());
        } catch (IllegalArgumentException e) {
          problems.add(file + ": " + e.getMessage());
          continue;
        }
        queries.put(
            name,
            new SavedQuery(name, description(text), text, variables(result), rows, sha256(text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "saved queries that do not validate against the schema or name no rows:\n  "
              + String.join("\n  ", problems));
    }
    return queries;
  }

  private static String description(String text) {
    return text.lines()
        .takeWhile(l -> l.startsWith("#"))
        .filter(l -> !l.startsWith(RowLists.HEADER))
        .map(l -> l.substring(1).strip())
        .collect(Collectors.joining("\n"));
  }

  /** Lowercase hex SHA-256 of a document's UTF-8 text, as persisted-query clients hash it. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<SavedQuery.Variable> variables(ParseAndValidateResult result) {
    List<SavedQuery.Variable> variables = new ArrayList<>();
    for (OperationDefinition operation :
        result.getDocument().getDefinitionsOfType(OperationDefinition.class)) {
      for (VariableDefinition v : operation.getVariableDefinitions()) {
        boolean required = v.getType() instanceof NonNullType && v.getDefaultValue() == null;
        variables.add(
            new SavedQuery.Variable(v.getName(), AstPrinter.printAst(v.getType()), required));
      }
    }
    return variables;
  }
}
