package nl.langerthuis.graph.seed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML file into plain maps, lists and scalars, remembering the line each mapping starts on
 * under the key {@link #LINE}, so that validation errors can name the file and the line.
 */
final class YamlFile {
  static final String LINE = "__line__";

  private YamlFile() {}

  static Map<String, Object> read(Path file, List<String> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(options).compose(reader);
      if (!(root instanceof MappingNode)) {
        problems.add(file.getFileName() + ":1: the file must be a YAML mapping");
        return Map.of();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) convert(root, file, problems);
      return map;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(file.getFileName() + ":" + line + ": not valid YAML: " + e.getProblem());
    } catch (IOException e) {
      problems.add(file.getFileName() + ": cannot read: " + e.getMessage());
    }
    return Map.of();
  }

  private static Object convert(Node node, Path file, List<String> problems) {
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(LINE, mapping.getStartMark().getLine() + 1);
      for (NodeTuple tuple : mapping.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        if (map.containsKey(key)) {
          problems.add(
              file.getFileName()
                  + ":"
                  + (tuple.getKeyNode().getStartMark().getLine() + 1)
                  + ": key '"
                  + key
                  + "' appears twice");
        }
        map.put(key, convert(tuple.getValueNode(), file, problems));
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        list.add(convert(item, file, problems));
      }
      return list;
    }
    return scalar((ScalarNode) node);
  }

  private static Object scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT).matches("true|yes|on"));
    }
    try {
      if (Tag.INT.equals(tag)) {
        return Long.valueOf(text.replace("_", ""));
      }
      if (Tag.FLOAT.equals(tag)) {
        return Double.valueOf(text.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      return text;
    }
    return text;
  }
}
