package nl.langerthuis.graph.api;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out a saved query's table from its {@code # rows:} line, its selection and the schema:
 * which list the rows are, which columns they have, and how the list pages. Columns come from the
 * query, not from the answer, so an empty answer still has its header and a null object still has
 * its columns (empty).
 */
final class RowLists {
  static final String HEADER = "# rows:";

  private final GraphQLSchema schema;
  private final Map<String, FragmentDefinition> fragments;
  private final OperationDefinition operation;

  private RowLists(GraphQLSchema schema, Document document) {
    this.schema = schema;
    this.fragments =
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operations.size() != 1) {
      throw new IllegalArgumentException(
          "a saved query holds one operation (found " + operations.size() + ")");
    }
    this.operation = operations.get(0);
  }

  /** The row lists a valid query's rows line names; explains what is wrong otherwise. */
  static List<SavedQuery.RowList> of(String text, Document document, GraphQLSchema schema) {
    RowLists rowLists = new RowLists(schema, document);
    List<SavedQuery.RowList> lists = new ArrayList<>();
    for (String path : paths(text)) {
      lists.add(rowLists.list(path));
    }
    return lists;
  }

  private static List<String> paths(String text) {
    List<String> lines =
        text.lines().takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith(HEADER)).toList();
    if (lines.size() != 1) {
      throw new IllegalArgumentException(
          (lines.isEmpty() ? "no '" + HEADER + "' line" : "more than one '" + HEADER + "' line")
              + " in the header: name the list whose items are the rows of a table, e.g. '"
              + HEADER
              + " motions.nodes', or '"
              + HEADER
              + " .' for one row of the whole result");
    }
    List<String> paths = new ArrayList<>();
    for (String path : lines.get(0).substring(HEADER.length()).split(",")) {
      if (!path.strip().matches("\\.|[_A-Za-z][_0-9A-Za-z]*(\\.[_A-Za-z][_0-9A-Za-z]*)*")) {
        throw new IllegalArgumentException(
            "'" + HEADER + "' must name response keys joined by dots (got '" + path.strip() + "')");
      }
      paths.add(path.strip());
    }
    return paths;
  }

  private SavedQuery.RowList list(String path) {
    if (path.equals(".")) {
      return new SavedQuery.RowList(
          path, List.of(), columns(operation.getSelectionSet(), ""), null, null);
    }
    String[] keys = path.split("\\.");
    SelectionSet selection = operation.getSelectionSet();
    GraphQLType parentType = schema.getQueryType();
    List<String> context = new ArrayList<>();
    Field parent = null;
    GraphQLFieldDefinition parentDefinition = null;
    String prefix = "";
    for (int i = 0; i < keys.length; i++) {
      Located located = find(selection, parentType, keys[i]);
      if (located == null) {
        throw new IllegalArgumentException(
            "rows "
                + path
                + ": the query selects no '"
                + keys[i]
                + "' "
                + (prefix.isEmpty()
                    ? "at the top"
                    : "under " + prefix.substring(0, prefix.length() - 1)));
      }
      GraphQLFieldDefinition definition =
          ((GraphQLFieldsContainer) located.type()).getFieldDefinition(located.field().getName());
      boolean isList = GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList;
      GraphQLType named = GraphQLTypeUtil.unwrapAll(definition.getType());
      if (!(named instanceof GraphQLFieldsContainer)) {
        throw new IllegalArgumentException(
            "rows " + path + ": '" + keys[i] + "' is a value, not a list of objects");
      }
      boolean last = i == keys.length - 1;
      if (isList && !last) {
        throw new IllegalArgumentException(
            "rows " + path + ": '" + keys[i] + "' is a list; rows cannot be inside rows");
      }
      if (!last && !isConnection(named)) {
        String own = prefix + keys[i] + ".";
        String next = own + keys[i + 1];
        columns(located.field().getSelectionSet(), own).stream()
            .filter(c -> !c.equals(next) && !c.startsWith(next + "."))
            .forEach(context::add);
      }
      if (!last) {
        parent = located.field();
        parentDefinition = definition;
      }
      prefix += keys[i] + ".";
      selection = located.field().getSelectionSet();
      parentType = named;
    }
    List<String> columns = columns(selection, "");
    for (String column : columns) {
      if (context.contains(column)) {
        throw new IllegalArgumentException(
            "rows " + path + ": column '" + column + "' would appear twice; alias one of them");
      }
    }
    return paging(path, context, columns, parent, parentDefinition);
  }

  /**
   * A list that is one page of a longer one (its parent takes {@code after}) must be pageable:
   * otherwise a table of its first page would pass for the whole list.
   */
  private SavedQuery.RowList paging(
      String path,
      List<String> context,
      List<String> columns,
      Field parent,
      GraphQLFieldDefinition parentDefinition) {
    if (parent == null || parentDefinition.getArgument("after") == null) {
      return new SavedQuery.RowList(path, context, columns, null, null);
    }
    String parentPath = path.substring(0, path.lastIndexOf('.'));
    Argument after =
        parent.getArguments().stream()
            .filter(a -> a.getName().equals("after"))
            .findFirst()
            .orElse(null);
    Field pageInfo =
        parent.getSelectionSet().getSelectionsOfType(Field.class).stream()
            .filter(f -> f.getResultKey().equals("pageInfo"))
            .findFirst()
            .orElse(null);
    Set<String> pageInfoFields =
        pageInfo == null ? Set.of() : new LinkedHashSet<>(columns(pageInfo.getSelectionSet(), ""));
    if (after == null
        || !(after.getValue() instanceof VariableReference cursor)
        || !pageInfoFields.containsAll(List.of("hasNextPage", "endCursor"))) {
      throw new IllegalArgumentException(
          "rows "
              + path
              + " are one page of a longer list: pass after: $after to '"
              + parentPath
              + "' and select its pageInfo { hasNextPage endCursor }, so that a table can link to"
              + " its next page");
    }
    return new SavedQuery.RowList(
        path, context, columns, cursor.getName(), parentPath + ".pageInfo");
  }

  private static boolean isConnection(GraphQLType type) {
    return type instanceof GraphQLFieldsContainer container
        && container.getFieldDefinition("nodes") != null
        && container.getFieldDefinition("pageInfo") != null;
  }

  private record Located(Field field, GraphQLType type) {}

  private Located find(SelectionSet selection, GraphQLType type, String key) {
    if (selection == null) {
      return null;
    }
    for (Selection<?> s : selection.getSelections()) {
      Located found = null;
      if (s instanceof Field field && field.getResultKey().equals(key)) {
        found = new Located(field, type);
      } else if (s instanceof InlineFragment inline) {
        GraphQLType on =
            inline.getTypeCondition() == null
                ? type
                : schema.getType(inline.getTypeCondition().getName());
        found = find(inline.getSelectionSet(), on, key);
      } else if (s instanceof FragmentSpread spread) {
        FragmentDefinition fragment = fragments.get(spread.getName());
        found =
            find(
                fragment.getSelectionSet(),
                schema.getType(fragment.getTypeCondition().getName()),
                key);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private List<String> columns(SelectionSet selection, String prefix) {
    Set<String> columns = new LinkedHashSet<>();
    addColumns(selection, prefix, columns);
    return List.copyOf(columns);
  }

  private void addColumns(SelectionSet selection, String prefix, Set<String> columns) {
    if (selection == null) {
      return;
    }
    for (Selection<?> s : selection.getSelections()) {
      if (s instanceof Field field) {
        SelectionSet children = field.getSelectionSet();
        if (children == null || children.getSelections().isEmpty()) {
          columns.add(prefix + field.getResultKey());
        } else {
          addColumns(children, prefix + field.getResultKey() + ".", columns);
        }
      } else if (s instanceof InlineFragment inline) {
        addColumns(inline.getSelectionSet(), prefix, columns);
      } else if (s instanceof FragmentSpread spread) {
        addColumns(fragments.get(spread.getName()).getSelectionSet(), prefix, columns);
      }
    }
  }
}
