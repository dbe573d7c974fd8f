package nl.langerthuis.graph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the seed loader derives for the nodes of one kind, as the kind's SDL directives declare it:
 * the node's display label, the names a lookup finds it by, its sort key, the labels and fixed
 * properties it shares with another kind, and the values it reads from its status reports.
 *
 * @param display templates for the node's {@code label}; the first whose fields all have values
 *     wins ({@code "{title} ({kamerstuk})"}; {@code "{text:100}"} cuts a text at 100 characters)
 * @param keys the properties a lookup finds the node by, besides its id and aliases, in order
 * @param keyParts whether a lookup also finds the node by whole-word parts of those names
 * @param sortBy an integer property listings order by before the id, or null for the id alone
 * @param extraLabels labels the node carries besides its own
 * @param fixed property values every node of the kind gets, whatever the files say
 * @param fromReports values read from the node's status reports
 */
public record SeedRules(
    List<String> display,
    List<String> keys,
    boolean keyParts,
    String sortBy,
    List<ExtraLabel> extraLabels,
    Map<String, String> fixed,
    List<FromReports> fromReports) {

  /**
   * A field in a display template: {@code {field}}, or {@code {field:max}} cut to max characters.
   */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z]*)(?::(\\d+))?}");

  public SeedRules {
    display = List.copyOf(display);
    keys = List.copyOf(keys);
    extraLabels = List.copyOf(extraLabels);
    fixed = Map.copyOf(fixed);
    fromReports = List.copyOf(fromReports);
  }

  /** No rules: the label is the id, lookups know only the id, listings order by id. */
  public static SeedRules none() {
    return new SeedRules(List.of(), List.of(), false, null, List.of(), Map.of(), List.of());
  }

  /**
   * The node's display label from its properties: the first template whose fields all have values
   * (else the last template), or empty where the kind declares none.
   */
  public Optional<String> displayLabel(Map<String, Object> properties) {
    if (display.isEmpty()) {
      return Optional.empty();
    }
    String template =
        display.stream()
            .filter(
                t ->
                    PLACEHOLDER
                        .matcher(t)
                        .results()
                        .allMatch(m -> properties.containsKey(m.group(1))))
            .findFirst()
            .orElse(display.get(display.size() - 1));
    return Optional.of(
        PLACEHOLDER
            .matcher(template)
            .replaceAll(
                m -> {
                  String value = String.valueOf(properties.get(m.group(1)));
                  return Matcher.quoteReplacement(
                      m.group(2) == null ? value : cut(value, Integer.parseInt(m.group(2))));
                }));
  }

  /** A text cut to at most {@code max} characters, the last of them an ellipsis. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Optional<String> sortProperty() {
    return Optional.ofNullable(sortBy);
  }

  /**
   * A label the node also carries: always, or where {@code property} has the value {@code equals}
   * (a province is an organisation, a care-office region is not).
   */
  public record ExtraLabel(String label, String property, String equals) {
    public ExtraLabel {
      Objects.requireNonNull(label, "label == null");
    }

    /** True when a node with these properties carries the label. */
    public boolean appliesTo(Map<String, Object> properties) {
      return property == null || equals.equals(properties.get(property));
    }
  }

  /** How a value is read from the status reports of a motion or commitment. */
  public enum ReportRule {
    /** The property holds the status of the newest report. */
    LATEST,
    /** The property is true when any report states one of the statuses. */
    ANY,
    /** A relationship to the document of the oldest report that states one of the statuses. */
    FIRST
  }

  /**
   * One value read from the reports: the property (for {@code LATEST} and {@code ANY}) or the
   * relationship type (for {@code FIRST}) it is written to, and the statuses that count.
   */
  public record FromReports(String name, ReportRule rule, Set<String> statuses) {
    public FromReports {
      statuses = Set.copyOf(statuses);
    }
  }
}
