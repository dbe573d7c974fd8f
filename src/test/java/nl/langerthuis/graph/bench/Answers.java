package nl.langerthuis.graph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the two clients' answers as JSON: objects must have the same keys with equal values (key
 * order aside), arrays the same elements in the same order, and numbers the same value (JSON has no
 * integer or float types: {@code 1.0E7} equals {@code 10000000}). Nothing else is forgiven.
 */
final class Answers {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Answers() {}

  /** The answer with every number as an exact decimal without trailing zeros. */
  static JsonNode normalised(JsonNode node) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return NODES.numberNode(value.signum() == 0 ? BigDecimal.ZERO : value);
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(child -> copy.add(normalised(child)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), normalised(field.getValue()));
      }
      return copy;
    }
    return node;
  }

  /** Where two normalised answers first differ, as a path with both values, or empty if equal. */
  static Optional<String> firstDifference(JsonNode service, JsonNode raw) {
    return difference("", service, raw);
  }

  private static Optional<String> difference(String path, JsonNode service, JsonNode raw) {
    if (service.equals(raw)) {
      return Optional.empty();
    }
    if (service.isObject() && raw.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      service.fieldNames().forEachRemaining(keys::add);
      raw.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        Optional<String> found =
            difference(path + "/" + key, missing(service.get(key)), missing(raw.get(key)));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (service.isArray() && raw.isArray()) {
      for (int i = 0; i < Math.min(service.size(), raw.size()); i++) {
        Optional<String> found = difference(path + "/" + i, service.get(i), raw.get(i));
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.of(
          path + ": " + service.size() + " elements from the service, " + raw.size() + " raw");
    }
    return Optional.of(path + ": service " + brief(service) + ", raw " + brief(raw));
  }

  private static JsonNode missing(JsonNode node) {
    return node == null ? NODES.textNode("<absent>") : node;
  }

  private static String brief(JsonNode node) {
    String text = node.toString();
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
