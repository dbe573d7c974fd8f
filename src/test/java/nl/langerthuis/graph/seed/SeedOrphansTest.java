package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No orphan facts: every node is related to at least one other node, or its record says in its
 * {@code note} why the documents relate it to nothing ({@value #MARKER} and the reason).
 */
class SeedOrphansTest {
  static final String MARKER = "No relationship:";

  private static SeedGraph graph;
  private static final Set<String> related = new HashSet<>();

  @BeforeAll
  static void readSeed() {
    graph = new SeedReader(TestGraph.SEED, TestGraph.DOCUMENTS).read();
    for (SeedGraph.Relationship r : graph.relationships()) {
      related.add(r.from());
      related.add(r.to());
    }
  }

  @Test
  void everyNodeWithoutARelationshipSaysWhyInItsNote() {
    List<String> unexplained =
        graph.nodes().stream()
            .filter(n -> !related.contains(n.id()))
            .filter(n -> !note(n).contains(MARKER))
            .map(SeedGraph.Node::id)
            .toList();
    assertEquals(List.of(), unexplained, "orphans without a '" + MARKER + "' note");
  }

  @Test
  void aNoteThatSaysNoRelationshipIsRemovedOnceTheNodeIsRelated() {
    List<String> stale =
        graph.nodes().stream()
            .filter(n -> related.contains(n.id()))
            .filter(n -> note(n).contains(MARKER))
            .map(SeedGraph.Node::id)
            .toList();
    assertEquals(List.of(), stale, "related nodes whose note still says '" + MARKER + "'");
  }

  @Test
  void fewerThanOneInTwentyNodesAreExplainedOrphans() {
    long orphans = graph.nodes().stream().filter(n -> !related.contains(n.id())).count();
    assertFalse(graph.nodes().isEmpty(), "the seed has nodes");
    assertTrue(
        orphans * 20 < graph.nodes().size(),
        orphans + " of " + graph.nodes().size() + " nodes are orphans");
  }

  @Test
  void organisationsNamedTogetherWithAnInitiativeAreLinkedToIt() {
    assertTrue(
        linked(
            "org/abn-amro",
            "PARTNER_IN",
            "programme/borgstellingen-stimuleringsregeling-wonen-en-zorg"));
    assertTrue(linked("region/parkstad", "PARTNER_IN", "programme/regiodeal-parkstad"));
    assertTrue(linked("programme/who-cares-de-wijk-als-thuis", "FUNDED_BY", "region/limburg"));
    assertTrue(
        linked("org/universiteit-voor-humanistiek", "PARTNER_IN", "programme/samen-ouder-worden"));
    assertTrue(linked("programme/noordwijk-zorgpauze", "OWNED_BY", "mun/noordwijk"));
  }

  private static boolean linked(String from, String type, String to) {
    return graph.relationships().stream()
        .anyMatch(r -> r.from().equals(from) && r.type().equals(type) && r.to().equals(to));
  }

  private static String note(SeedGraph.Node node) {
    return String.valueOf(node.properties().getOrDefault("note", ""));
  }
}
