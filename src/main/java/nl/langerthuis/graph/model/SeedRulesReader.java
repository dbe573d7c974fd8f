package nl.langerthuis.graph.model;

import static nl.langerthuis.graph.model.GraphModel.argument;
import static nl.langerthuis.graph.model.GraphModel.directive;
import static nl.langerthuis.graph.model.GraphModel.enumValue;
import static nl.langerthuis.graph.model.GraphModel.string;
import static nl.langerthuis.graph.model.GraphModel.strings;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads what the loader derives for one kind of node ({@link SeedRules}) from the directives of its
 * type: {@code @node(display, keys, keyParts, sortBy)}, {@code @alsoLabel}, {@code @fixed}, the
 * defaults of {@code @seed} and {@code @derived(fromReports)}. Every declaration is checked against
 * the type, so a misspelt field stops the model with its name.
 */
final class SeedRulesReader {
  private final Map<String, String> labels;
  private final List<String> problems;

  SeedRulesReader(Map<String, String> labels, List<String> problems) {
    this.labels = labels;
    this.problems = problems;
  }

  SeedRules read(ObjectTypeDefinition type, Directive node, Map<String, SeedField> seedFields) {
    String name = type.getName();
    List<String> display = strings(node, "display");
    display.forEach(template -> checkTemplate(name, template, seedFields));
    List<String> keys = strings(node, "keys");
    keys.stream()
        .filter(key -> !isText(seedFields.get(key)))
        .forEach(key -> problems.add(name + ": @node key '" + key + "' is not a text field"));
    String sortBy = string(node, "sortBy");
    if (sortBy != null && !isKind(seedFields.get(sortBy), SeedField.Kind.INTEGER)) {
      problems.add(name + ": @node sortBy '" + sortBy + "' is not an Int field");
    }
    seedFields.values().forEach(field -> checkDefault(name, field));
    return new SeedRules(
        display,
        keys,
        argument(node, "keyParts") instanceof BooleanValue b && b.isValue(),
        sortBy,
        extraLabels(type, seedFields),
        fixed(type),
        fromReports(type, seedFields));
  }

  private void checkTemplate(String type, String template, Map<String, SeedField> seedFields) {
    Matcher placeholder = SeedRules.PLACEHOLDER.matcher(template);
    while (placeholder.find()) {
      if (!seedFields.containsKey(placeholder.group(1))) {
        problems.add(
            type + ": @node display '" + template + "' names no field " + placeholder.group(1));
      }
    }
  }

  private void checkDefault(String type, SeedField field) {
    String value = field.defaultValue();
    if (value == null) {
      return;
    }
    boolean fits =
        switch (field.kind()) {
          case ENUM -> field.values().contains(value);
          case BOOLEAN -> value.equals("true") || value.equals("false");
          case TEXT -> true;
          default -> false;
        };
    if (!fits) {
      problems.add(
          type
              + "."
              + field.name()
              + ": @seed default '"
              + value
              + "' is not a value of the field");
    }
  }

  private List<SeedRules.ExtraLabel> extraLabels(
      ObjectTypeDefinition type, Map<String, SeedField> seedFields) {
    List<SeedRules.ExtraLabel> extra = new ArrayList<>();
    for (Directive also : directives(type, "alsoLabel")) {
      String label = string(also, "label");
      String where = string(also, "where");
      String equals = string(also, "equals");
      if (!labels.containsValue(label)) {
        problems.add(type.getName() + ": @alsoLabel '" + label + "' is not the label of a @node");
        continue;
      }
      if ((where == null) != (equals == null)
          || (where != null
              && (seedFields.get(where) == null
                  || !seedFields.get(where).values().contains(equals)))) {
        problems.add(
            type.getName() + ": @alsoLabel needs both where and equals, a value of the field");
        continue;
      }
      extra.add(new SeedRules.ExtraLabel(label, where, equals));
    }
    return extra;
  }

  private Map<String, String> fixed(ObjectTypeDefinition type) {
    Map<String, String> fixed = new LinkedHashMap<>();
    for (Directive directive : directives(type, "fixed")) {
      String property = string(directive, "property");
      if (type.getFieldDefinitions().stream().anyMatch(f -> f.getName().equals(property))) {
        problems.add(
            type.getName()
                + ": @fixed "
                + property
                + " is a field of the type; curators write it there");
      }
      fixed.put(property, string(directive, "value"));
    }
    return fixed;
  }

  private List<SeedRules.FromReports> fromReports(
      ObjectTypeDefinition type, Map<String, SeedField> seedFields) {
    Set<String> statuses =
        seedFields.containsKey("report") ? seedFields.get("report").values() : Set.of();
    List<SeedRules.FromReports> result = new ArrayList<>();
    for (FieldDefinition field : type.getFieldDefinitions()) {
      String rule = directive(field, "derived").map(d -> enumValue(d, "fromReports")).orElse(null);
      if (rule == null) {
        continue;
      }
      String where = type.getName() + "." + field.getName();
      Directive derived = directive(field, "derived").orElseThrow();
      List<String> counted = strings(derived, "statuses");
      if (!seedFields.containsKey("report")) {
        problems.add(where + ": @derived(fromReports) needs a @statusHistory field on the type");
      }
      counted.stream()
          .filter(s -> !statuses.contains(s))
          .forEach(s -> problems.add(where + ": '" + s + "' is not a status of the reports"));
      SeedRules.ReportRule reportRule = SeedRules.ReportRule.valueOf(rule);
      String name =
          reportRule == SeedRules.ReportRule.FIRST
              ? relationshipType(where, field)
              : field.getName();
      result.add(new SeedRules.FromReports(name, reportRule, Set.copyOf(counted)));
    }
    return result;
  }

  /** The one relationship type a derived relationship field reads, written out from the node. */
  private String relationshipType(String where, FieldDefinition field) {
    Directive relation = directive(field, "relation").orElse(null);
    String type = relation == null ? null : string(relation, "type");
    if (type == null || type.contains("|") || !"OUT".equals(enumValue(relation, "direction"))) {
      problems.add(where + ": @derived(fromReports: FIRST) needs a @relation of one type, OUT");
    }
    return type;
  }

  private static List<Directive> directives(ObjectTypeDefinition type, String name) {
    return type.getDirectives().stream().filter(d -> d.getName().equals(name)).toList();
  }

  private static boolean isText(SeedField field) {
    return isKind(field, SeedField.Kind.TEXT) || isKind(field, SeedField.Kind.TEXTS);
  }

  private static boolean isKind(SeedField field, SeedField.Kind kind) {
    return field != null && field.kind() == kind;
  }
}
