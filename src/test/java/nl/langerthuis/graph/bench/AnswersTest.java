package nl.langerthuis.graph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark compares answers strictly: only key order and the spelling of numbers are free. */
class AnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void keyOrderAndNumberSpellingDoNotMatter() throws Exception {
    assertEquals(
        Optional.empty(),
        difference("{\"a\": 1, \"b\": {\"x\": 1.0E7}}", "{\"b\": {\"x\": 10000000}, \"a\": 1.0}"));
  }

  @Test
  void arraysMustHaveTheSameOrder() throws Exception {
    assertEquals(
        Optional.of("/nodes/0/id: service \"a\", raw \"b\""),
        difference(
            "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}",
            "{\"nodes\": [{\"id\": \"b\"}, {\"id\": \"a\"}]}"));
  }

  @Test
  void aMissingOrExtraFieldIsADifference() throws Exception {
    assertEquals(
        Optional.of("/title: service \"T\", raw \"<absent>\""),
        difference("{\"id\": \"a\", \"title\": \"T\"}", "{\"id\": \"a\"}"));
    assertEquals(
        Optional.of("/kind: service \"<absent>\", raw null"),
        difference("{\"id\": \"a\"}", "{\"id\": \"a\", \"kind\": null}"));
  }

  @Test
  void aShorterListIsADifference() throws Exception {
    assertEquals(
        Optional.of("/nodes: 2 elements from the service, 1 raw"),
        difference("{\"nodes\": [1, 2]}", "{\"nodes\": [1]}"));
  }

  @Test
  void aNumberIsNotTheStringOfIt() throws Exception {
    assertEquals(
        Optional.of("/n: service 1, raw \"1\""), difference("{\"n\": 1}", "{\"n\": \"1\"}"));
  }

  private static Optional<String> difference(String service, String raw) throws Exception {
    JsonNode a = Answers.normalised(JSON.readTree(service));
    JsonNode b = Answers.normalised(JSON.readTree(raw));
    return Answers.firstDifference(a, b);
  }
}
