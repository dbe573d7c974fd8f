package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.RealSeed;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fact in the seed cites a passage that really stands in its document. */
class SeedQuotesTest {
  private static SeedGraph graph;
  private static final Map<String, List<String>> texts = new HashMap<>();

  @BeforeAll
  static void readSeedAndDocuments() throws IOException {
    graph = RealSeed.graph();
    for (SeedGraph.Node node : graph.nodes()) {
      if (node.labels().contains("Document")) {
        List<String> renditions = new ArrayList<>();
        for (Object file : (List<?>) node.properties().get("renditions")) {
          renditions.add(
              QuoteText.normalise(Files.readString(TestGraph.DOCUMENTS.resolve((String) file))));
        }
        texts.put(node.id(), renditions);
      }
    }
  }

  @Test
  void everyNodeCitesAtLeastOneQuoteThatOccursInItsDocument() {
    assertFalse(graph.nodes().isEmpty(), "the seed has nodes");
    List<String> missing = new ArrayList<>();
    for (SeedGraph.Node node : graph.nodes()) {
      List<?> docs = (List<?>) node.properties().get("sourceDocs");
      assertFalse(docs.isEmpty(), node.id() + " has no source");
      missing.addAll(unquoted(node.id(), node.properties()));
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRelationshipCitesAQuoteThatOccursInItsDocument() {
    assertFalse(graph.relationships().isEmpty(), "the seed has relationships");
    List<String> missing = new ArrayList<>();
    for (SeedGraph.Relationship r : graph.relationships()) {
      String name = r.from() + " -" + r.type() + "-> " + r.to();
      assertFalse(((List<?>) r.properties().get("sourceDocs")).isEmpty(), name + " has no source");
      missing.addAll(unquoted(name, r.properties()));
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theFourDocumentsAreInTheSeedAndTheJuneLetterHasTwoRenditions() {
    assertEquals(4, texts.size());
    assertEquals(2, texts.get("doc/lt-2020-06").size());
  }

  private static List<String> unquoted(String owner, Map<String, Object> props) {
    List<?> docs = (List<?>) props.get("sourceDocs");
    List<?> quotes = (List<?>) props.get("sourceQuotes");
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String quote = QuoteText.normalise((String) quotes.get(i));
      assertTrue(quote.length() >= 3, owner + " has a quote too short to prove anything: " + quote);
      if (texts.get((String) docs.get(i)).stream().noneMatch(t -> t.contains(quote))) {
        missing.add(owner + ": " + quote);
      }
    }
    return missing;
  }
}
