package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.data;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.seed.QuoteText;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every quote of the seed can be shown in its paragraph through the API. */
@ExtendWith(TestGraphExtension.class)
class SourceContextIT {
  private static final String PASSAGE = "context { before quote after rendition }";

  @Test
  void everySourceAndStatusEventOfMotionsAndCommitmentsHasItsParagraph() {
    String sources = "sources { quote " + PASSAGE + " }";
    Map<String, Object> data =
        data(
            "{ motions(first: 100) { nodes { kamerstuk "
                + sources
                + " statusHistory { quote "
                + PASSAGE
                + " } } } commitments(first: 100) { nodes { "
                + sources
                + " statusHistory { quote "
                + PASSAGE
                + " } } } }");
    List<Map<String, Object>> quoted = new ArrayList<>();
    for (Map<String, Object> node :
        concat(list(data, "motions.nodes"), list(data, "commitments.nodes"))) {
      quoted.addAll(list(node, "sources"));
      quoted.addAll(list(node, "statusHistory"));
      if (node.get("kamerstuk") != null) {
        Map<String, Object> motion =
            data(
                "query($k: String!) { motion(kamerstuk: $k) { neighbours(first: 100) { "
                    + sources
                    + " } } }",
                Map.of("k", node.get("kamerstuk")));
        list(motion, "motion.neighbours").forEach(n -> quoted.addAll(list(n, "sources")));
      }
    }
    assertTrue(quoted.size() > 100, "the seed's motions and commitments cite many passages");
    for (Map<String, Object> source : quoted) {
      Map<String, Object> context = at(source, "context");
      assertFalse(context == null, () -> "no paragraph for " + source.get("quote"));
      assertEquals(QuoteText.normalise((String) source.get("quote")), context.get("quote"));
    }
  }

  @Test
  void theSettlingPassageOf31765_446StandsInItsFootnote() {
    Map<String, Object> event =
        list(
                data("{ motion(kamerstuk: \"31765-446\") { statusHistory { " + PASSAGE + " } } }"),
                "motion.statusHistory")
            .get(0);
    Map<String, Object> context = at(event, "context");
    String paragraph = "" + context.get("before") + context.get("quote") + context.get("after");
    assertTrue(paragraph.length() > ((String) context.get("quote")).length(), paragraph);
    assertEquals("000_b9b54dacc9219ee2.txt", context.get("rendition"));
  }

  private static List<Map<String, Object>> concat(
      List<Map<String, Object>> a, List<Map<String, Object>> b) {
    List<Map<String, Object>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
