package nl.langerthuis.graph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The model as Markdown tables for {@code schema/graph-model.md}: the kinds of node, the
 * relationships the seed writes and the fields that read them, and the entry points with their
 * filters. A test keeps the document equal to what this prints.
 */
public final class ModelTables {
  private ModelTables() {}

  public static String of(GraphModel model) {
    return kinds(model)
        + "\n"
        + derived(model)
        + "\n"
        + relationships(model)
        + "\n"
        + entryPoints(model);
  }

  private static String kinds(GraphModel model) {
    StringBuilder table =
        new StringBuilder(
            "| GraphQL type | label | id prefix | seed fields |\n|---|---|---|---|\n");
    model.kinds().values().stream()
        .sorted((a, b) -> a.typeName().compareTo(b.typeName()))
        .forEach(
            kind ->
                table
                    .append("| `")
                    .append(kind.typeName())
                    .append("` | `")
                    .append(kind.label())
                    .append("` | `")
                    .append(kind.prefix())
                    .append("` | ")
                    .append(
                        kind.seedFields().keySet().stream()
                            .sorted()
                            .map(f -> "`" + f + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n"));
    return table.toString();
  }

  /** What the loader derives per kind, as {@link SeedRules} and the seed fields declare it. */
  private static String derived(GraphModel model) {
    StringBuilder table =
        new StringBuilder(
            "| GraphQL type | display label | lookup keys | also labelled | set by the loader |\n"
                + "|---|---|---|---|---|\n");
    model.kinds().values().stream()
        .sorted((a, b) -> a.typeName().compareTo(b.typeName()))
        .forEach(
            kind -> {
              SeedRules rules = kind.seedRules();
              table
                  .append("| `")
                  .append(kind.typeName())
                  .append("` | ")
                  .append(code(rules.display(), " or "))
                  .append(" | ")
                  .append(code(rules.keys(), ", "))
                  .append(rules.keyParts() ? " (and their parts)" : "")
                  .append(" | ")
                  .append(
                      rules.extraLabels().stream()
                          .map(
                              e ->
                                  "`"
                                      + e.label()
                                      + "`"
                                      + (e.property() == null
                                          ? ""
                                          : " where `" + e.property() + "` = " + e.equals()))
                          .collect(Collectors.joining(", ")))
                  .append(" | ")
                  .append(String.join("; ", setByLoader(kind)))
                  .append(" |\n");
            });
    return table.toString();
  }

  private static List<String> setByLoader(NodeKind kind) {
    List<String> set = new ArrayList<>();
    new TreeMap<>(kind.seedRules().fixed())
        .forEach((property, value) -> set.add("`" + property + "` = " + value));
    kind.seedFields().values().stream()
        .filter(f -> f.defaultValue() != null)
        .forEach(f -> set.add("`" + f.name() + "` = " + f.defaultValue() + " where no file says"));
    kind.seedFields().values().stream()
        .filter(f -> f.merge() != SeedField.Merge.SAME)
        .forEach(f -> set.add("`" + f.name() + "` merged " + f.merge()));
    kind.seedRules()
        .fromReports()
        .forEach(
            r ->
                set.add(
                    "`"
                        + r.name()
                        + "` from reports: "
                        + r.rule()
                        + (r.statuses().isEmpty() ? "" : " " + new TreeSet<>(r.statuses()))));
    if (kind.seedRules().sortBy() != null) {
      set.add("sort key by `" + kind.seedRules().sortBy() + "`");
    }
    return set;
  }

  private static String code(List<String> items, String separator) {
    return items.stream().map(i -> "`" + i + "`").collect(Collectors.joining(separator));
  }

  private static String relationships(GraphModel model) {
    Map<String, List<String>> written = new TreeMap<>();
    Map<String, List<String>> read = new TreeMap<>();
    for (NodeKind kind : model.kinds().values()) {
      kind.seedFields().values().stream()
          .filter(SeedField::isReference)
          .forEach(
              f ->
                  written
                      .computeIfAbsent(f.relationship(), k -> new ArrayList<>())
                      .add(
                          (f.outgoing()
                                  ? kind.typeName() + " → " + targets(f)
                                  : targets(f) + " → " + kind.typeName())
                              + " (`"
                              + kind.typeName()
                              + "."
                              + f.name()
                              + "`)"));
      kind.fields()
          .forEach(
              (name, binding) -> {
                if (binding instanceof FieldBinding.Relation relation) {
                  relation
                      .types()
                      .forEach(
                          t ->
                              read.computeIfAbsent(t, k -> new ArrayList<>())
                                  .add("`" + kind.typeName() + "." + name + "`"));
                }
              });
    }
    StringBuilder table =
        new StringBuilder(
            "| relationship | written by the seed field | read by the API fields |\n|---|---|---|\n");
    TreeMap<String, Boolean> types = new TreeMap<>();
    written.keySet().forEach(t -> types.put(t, true));
    read.keySet().forEach(t -> types.put(t, true));
    types
        .keySet()
        .forEach(
            type ->
                table
                    .append("| `")
                    .append(type)
                    .append("` | ")
                    .append(String.join("; ", written.getOrDefault(type, List.of("derived"))))
                    .append(" | ")
                    .append(
                        read.getOrDefault(type, List.of()).stream()
                            .sorted()
                            .collect(Collectors.joining(", ")))
                    .append(" |\n"));
    return table.toString();
  }

  private static String targets(SeedField field) {
    return field.targets().isEmpty() ? "any" : String.join("/", field.targets());
  }

  private static String entryPoints(GraphModel model) {
    StringBuilder table = new StringBuilder("| entry point | reads | filters |\n|---|---|---|\n");
    new TreeMap<>(model.roots())
        .forEach(
            (name, root) ->
                table
                    .append("| `")
                    .append(name)
                    .append("` | ")
                    .append(reads(root))
                    .append(" | ")
                    .append(filters(root))
                    .append(" |\n"));
    return table.toString();
  }

  private static String reads(RootField root) {
    if (root instanceof RootField.Lookup lookup) {
      return "one `" + lookup.label() + "` by " + lookup.by().name().toLowerCase();
    }
    if (root instanceof RootField.Listing listing) {
      return (listing.connection() ? "a page of `" : "at most " + listing.limit() + " `")
          + listing.label()
          + "` in sort-key order";
    }
    return "full-text index `" + ((RootField.Search) root).index() + "`";
  }

  private static String filters(RootField root) {
    if (!(root instanceof RootField.Listing listing)) {
      return "";
    }
    return listing.filters().stream().map(ModelTables::filter).collect(Collectors.joining(", "));
  }

  private static String filter(Filter filter) {
    String name = "`" + filter.argument() + "`";
    if (filter instanceof Filter.Equals equals) {
      return name + " = `" + equals.property() + "`";
    }
    if (filter instanceof Filter.Contains contains) {
      return name + " in `" + contains.property() + "`";
    }
    if (filter instanceof Filter.Related related) {
      return name + ": id over `" + String.join("|", related.types()) + "`";
    }
    Filter.Named named = (Filter.Named) filter;
    return named.types().isEmpty()
        ? name + ": name"
        : name
            + ": name of a `"
            + named.label()
            + "` over `"
            + String.join("|", named.types())
            + "`";
  }
}
