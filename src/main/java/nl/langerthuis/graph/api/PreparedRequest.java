package nl.langerthuis.graph.api;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import java.util.Map;
import java.util.Optional;

/**
 * What the service learns from a request's text before it takes a worker, parsed once and
 * normalised once: whether it asks only for the schema, and its normalised operation (fragments
 * expanded, aliases kept, variables applied), which the complexity budget and the query compiler
 * both read. A text that does not parse or validate has no operation: its execution reports why.
 */
record PreparedRequest(
    boolean introspectionOnly, Optional<ExecutableNormalizedOperation> operation) {

  static PreparedRequest of(
      GraphQLSchema schema, String query, String operationName, Map<String, Object> variables) {
    Document document;
    try {
      document = Parser.parse(query);
    } catch (InvalidSyntaxException e) {
      return new PreparedRequest(false, Optional.empty());
    }
    if (asksOnlyForTheSchema(document, operationName)) {
      return new PreparedRequest(true, Optional.empty());
    }
    try {
      return new PreparedRequest(
          false,
          Optional.of(
              ExecutableNormalizedOperationFactory
                  .createExecutableNormalizedOperationWithRawVariables(
                      schema,
                      document,
                      operationName,
                      RawVariables.of(variables == null ? Map.of() : variables))));
    } catch (RuntimeException e) {
      return new PreparedRequest(false, Optional.empty());
    }
  }

  /** Only {@code __schema}, {@code __type} or {@code __typename} at the top of the operation. */
  private static boolean asksOnlyForTheSchema(Document document, String operationName) {
    return document.getDefinitionsOfType(OperationDefinition.class).stream()
        .filter(op -> operationName == null || operationName.equals(op.getName()))
        .allMatch(
            op ->
                op.getSelectionSet().getSelections().stream()
                    .allMatch(s -> s instanceof Field f && f.getName().startsWith("__")));
  }
}
