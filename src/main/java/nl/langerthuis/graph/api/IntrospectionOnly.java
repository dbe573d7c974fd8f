package nl.langerthuis.graph.api;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * Recognises requests that ask only for the schema ({@code __schema}, {@code __type}, {@code
 * __typename}).
 */
final class IntrospectionOnly {
  private IntrospectionOnly() {}

  static boolean test(String query, String operationName) {
    try {
      Document document = Parser.parse(query);
      return document.getDefinitionsOfType(OperationDefinition.class).stream()
          .filter(op -> operationName == null || operationName.equals(op.getName()))
          .allMatch(
              op ->
                  op.getSelectionSet().getSelections().stream()
                      .allMatch(s -> s instanceof Field f && f.getName().startsWith("__")));
    } catch (InvalidSyntaxException e) {
      return false;
    }
  }
}
