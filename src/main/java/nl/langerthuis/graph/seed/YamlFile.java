package nl.langerthuis.graph.seed;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
import org.yaml.snakeyaml.error.YAMLException;
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

  /**
   * Anchors may name scalars and small lists; more aliases of collections than this are refused.
   */
  private static final int MAX_ALIASES = 50;

  private YamlFile() {}

  static Map<String, Object> read(Path file, List<String> problems) {
    String name = file.getFileName().toString();
    String text = text(file, name, problems);
    if (text == null) {
      return Map.of();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (!(root instanceof MappingNode)) {
        problems.add(name + ":1: the file must be a YAML mapping");
        return Map.of();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) convert(root, file, problems);
      return map;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(name + ":" + line + ": not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      problems.add(name + ": " + unmarked(e));
    }
    return Map.of();
  }

  /**
   * The file as text, or null with a problem naming the line: seed files are UTF-8 text without
   * control characters (a binary file fails here rather than deep in the YAML parser).
   */
  private static String text(Path file, String name, List<String> problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(name + ": cannot read the file (" + e.getMessage() + ")");
      return null;
    }
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, chars, true);
    if (result.isError()) {
      problems.add(
          name
              + ":"
              + lineOfByte(bytes, in.position())
              + ": not UTF-8 text (invalid byte 0x"
              + String.format("%02X", bytes[in.position()] & 0xFF)
              + " at byte "
              + in.position()
              + "); seed files are UTF-8");
      return null;
    }
    String text = chars.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0x7F
          || c == 0xFFFE
          || c == 0xFFFF) {
        problems.add(
            name
                + ":"
                + (1 + text.substring(0, i).chars().filter(ch -> ch == '\n').count())
                + ": contains the control character U+"
                + String.format("%04X", (int) c)
                + "; seed files are text, not binary");
        return null;
      }
    }
    return text;
  }

  private static long lineOfByte(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** Errors the YAML parser reports without a position, in words and without class names. */
  private static String unmarked(YAMLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("Number of aliases")) {
      return "uses more than "
          + MAX_ALIASES
          + " aliases (*name) of lists or mappings; seed files may not (an alias bomb expands"
          + " exponentially)";
    }
    return "not valid YAML: " + message.replaceAll("\\b(java|javax|org)\\.[\\w.$]+:?\\s*", "");
  }

  private static Object convert(Node node, Path file, List<String> problems) {
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(LINE, mapping.getStartMark().getLine() + 1);
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          problems.add(
              file.getFileName()
                  + ":"
                  + (tuple.getKeyNode().getStartMark().getLine() + 1)
                  + ": a key must be plain text, not a list or mapping");
          continue;
        }
        String key = keyNode.getValue();
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
