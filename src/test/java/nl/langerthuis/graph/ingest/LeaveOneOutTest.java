package nl.langerthuis.graph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality the README states holds: each document ingested with the other documents' names only
 * meets the targets against the curated seed, and every proposed quote is verbatim.
 */
class LeaveOneOutTest {
  private static LeaveOneOut.Result result;
  private static Map<String, LeaveOneOut.Score> total;

  @BeforeAll
  static void measure() throws IOException {
    result = new LeaveOneOut(TestGraph.SEED, TestGraph.DOCUMENTS).measure();
    total = result.total();
  }

  private static double recall(String kind) {
    LeaveOneOut.Score s = total.get(kind);
    assertTrue(s.gold() > 0, kind + " has curated records to compare with");
    return (double) s.goldFound() / s.gold();
  }

  private static double precision(String kind) {
    LeaveOneOut.Score s = total.get(kind);
    assertTrue(s.proposals() > 0, kind + " has proposals");
    return (double) s.proposalsRight() / s.proposals();
  }

  @Test
  void allFourDocumentsAreMeasured() {
    assertEquals(4, result.byDocument().size());
  }

  @Test
  void everyKamerstukReferenceIsFound() {
    assertEquals(1.0, recall("Kamerstuk references"));
  }

  @Test
  void motionsAndStatusEventsReachNinetyPercentRecall() {
    assertTrue(recall("motions") >= 0.9, total.get("motions").recall());
    assertTrue(recall("status events") >= 0.9, total.get("status events").recall());
  }

  @Test
  void organisationsPersonsAndFiguresReachEightyPercentRecallAtEightyPercentPrecision() {
    for (String kind : new String[] {"organisations", "persons", "figures"}) {
      assertTrue(recall(kind) >= 0.8, kind + " recall " + total.get(kind).recall());
      assertTrue(precision(kind) >= 0.8, kind + " precision " + total.get(kind).precision());
    }
  }

  @Test
  void everyProposedQuoteIsVerbatim() {
    assertTrue(result.quotes() > 500, "quotes proposed: " + result.quotes());
    assertEquals(result.quotes(), result.verbatim());
  }
}
