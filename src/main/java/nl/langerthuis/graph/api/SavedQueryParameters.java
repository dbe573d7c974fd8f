package nl.langerthuis.graph.api;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a saved query's variables from text parameters (URL parameters, {@code --var k=v}) as the
 * types the query declares: numbers and booleans parsed, enum values in any case. A parameter the
 * query does not declare, a missing required one, or a value of the wrong type is refused with a
 * message naming it.
 */
public final class SavedQueryParameters {
  private SavedQueryParameters() {}

  /** The variables, or an IllegalArgumentException naming the parameter and the rule. */
  public static Map<String, Object> variables(
      SavedQuery query, Map<String, String> parameters, GraphQLSchema schema) {
    Map<String, SavedQuery.Variable> declared =
        query.variables().stream().collect(Collectors.toMap(SavedQuery.Variable::name, v -> v));
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      SavedQuery.Variable variable = declared.get(parameter.getKey());
      if (variable == null) {
        throw new IllegalArgumentException(
            "Unknown parameter '"
                + parameter.getKey()
                + "'; "
                + query.name()
                + " takes "
                + (declared.isEmpty() ? "no variables" : String.join(", ", declared.keySet())));
      }
      variables.put(parameter.getKey(), typed(variable, parameter.getValue(), schema));
    }
    for (SavedQuery.Variable variable : query.variables()) {
      if (variable.required() && !variables.containsKey(variable.name())) {
        throw new IllegalArgumentException(
            "Parameter '"
                + variable.name()
                + "' ("
                + variable.type()
                + ") is required by "
                + query.name());
      }
    }
    return variables;
  }

  private static Object typed(SavedQuery.Variable variable, String value, GraphQLSchema schema) {
    String type = variable.type().replace("!", "");
    if (schema.getType(type) instanceof GraphQLEnumType enumType) {
      return enumValue(variable, enumType, value);
    }
    try {
      return switch (type) {
        case "Int" -> Integer.valueOf(value);
        case "Float" -> Double.valueOf(value);
        case "Boolean" -> {
          if (!value.equals("true") && !value.equals("false")) {
            throw new NumberFormatException();
          }
          yield Boolean.valueOf(value);
        }
        default -> value;
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Parameter '" + variable.name() + "' must be " + type + " (got '" + value + "')");
    }
  }

  private static String enumValue(
      SavedQuery.Variable variable, GraphQLEnumType type, String value) {
    List<String> names =
        type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
    return names.stream()
        .filter(n -> n.equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Parameter '"
                        + variable.name()
                        + "' must be one of "
                        + String.join(", ", names)
                        + " (got '"
                        + value
                        + "')"));
  }
}
