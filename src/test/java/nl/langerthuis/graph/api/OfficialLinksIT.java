package nl.langerthuis.graph.api;

import static nl.langerthuis.graph.support.GraphQLAssert.at;
import static nl.langerthuis.graph.support.GraphQLAssert.data;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents and motions link to their official texts where, and only where, they identify them. */
@ExtendWith(TestGraphExtension.class)
class OfficialLinksIT {
  @Test
  void aMotionLinksToItsOwnKamerstuk() {
    Map<String, Object> data =
        data(
            "{ motion(kamerstuk: \"31765-446\") { url submitters { id } }"
                + " amendment: motion(kamerstuk: \"35300-XVI-22\") { url } }");
    assertEquals("https://zoek.officielebekendmakingen.nl/kst-31765-446", at(data, "motion.url"));
    assertEquals(
        "https://zoek.officielebekendmakingen.nl/kst-35300-XVI-22", at(data, "amendment.url"));
    assertTrue(!list(data, "motion.submitters").isEmpty(), "the other Motion fields still work");
  }

  @Test
  void theInformalCareLetterCarriesItsKenmerkButNoInventedLink() {
    List<Map<String, Object>> documents =
        list(data("{ documents { nodes { id kenmerk kamerstuk url title } } }"), "documents.nodes");
    Map<String, Object> letter =
        documents.stream().filter(d -> d.get("id").equals("doc/iz-2015-06")).findFirst().get();
    assertEquals("784721-138284-DMO", letter.get("kenmerk"));
    assertEquals(4, documents.size());
    for (Map<String, Object> document : documents) {
      assertNull(document.get("kamerstuk"), document + ": no document states its own Kamerstuk");
      assertNull(document.get("url"), document + ": so none gets a link");
    }
  }
}
