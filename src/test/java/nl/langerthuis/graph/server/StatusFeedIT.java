package nl.langerthuis.graph.server;

import static nl.langerthuis.graph.support.GraphQLAssert.data;
import static nl.langerthuis.graph.support.GraphQLAssert.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Atom feed over real HTTP, read back with ROME's parser as a feed reader would. */
@ExtendWith(TestGraphExtension.class)
class StatusFeedIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static GraphServer server;
  private static String base;

  @BeforeAll
  static void start() {
    TestGraph graph = TestGraph.get();
    server = graph.startServer();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void theFeedHoldsEveryStatusEventNewestDocumentFirstEachWithQuoteDocumentAndExplorerLink()
      throws Exception {
    // given: the status events as the API tells them
    Map<String, Object> data =
        data(
            "{ motions(first: 100) { nodes { statusHistory { quote } } }"
                + " commitments(first: 100) { nodes { statusHistory { quote } } } }");
    long events =
        list(data, "motions.nodes").stream().mapToLong(m -> list(m, "statusHistory").size()).sum()
            + list(data, "commitments.nodes").stream()
                .mapToLong(c -> list(c, "statusHistory").size())
                .sum();

    // when
    Feed feed = feed("/feed.atom");

    // then
    List<Entry> entries = feed.getEntries();
    assertTrue(events > 30, "the seed reports many statuses");
    assertEquals(events, entries.size());
    for (int i = 1; i < entries.size(); i++) {
      Date previous = entries.get(i - 1).getUpdated();
      assertFalse(entries.get(i).getUpdated().after(previous), "newest document first");
    }
    for (Entry entry : entries) {
      String link = entry.getAlternateLinks().get(0).getHref();
      assertTrue(link.startsWith(base + "/explore/"), link);
      assertTrue(entry.getSummary().getValue().startsWith("“"), "the quote comes first");
      assertEquals(2, entry.getCategories().size(), "kind and status");
    }
    assertEquals(entries.get(0).getUpdated(), feed.getUpdated());
  }

  @Test
  void aKamerstukGivesTheMotionsHistoryWithTheSettlingPassage() throws Exception {
    Feed feed = feed("/feed.atom?kamerstuk=31%20765,%20nr.%20446");
    List<Entry> entries = feed.getEntries();
    assertEquals(1, entries.size(), "the June letter is the one document that reports on it");
    Entry entry = entries.get(0);
    assertEquals(base + "/explore/motion/31765-446", entry.getAlternateLinks().get(0).getHref());
    assertTrue(entry.getTitle().endsWith(": SETTLED"), entry.getTitle());
    assertTrue(
        entry.getSummary().getValue().contains("Stand van zaken programma Langer Thuis"),
        entry.getSummary().getValue());
    assertEquals(
        "Ministerie van Volksgezondheid, Welzijn en Sport", entry.getAuthors().get(0).getName());
  }

  @Test
  void kindAndOrganisationNarrowTheFeed() throws Exception {
    List<Entry> commitments = feed("/feed.atom?kind=commitment").getEntries();
    assertFalse(commitments.isEmpty());
    commitments.forEach(e -> assertEquals("commitment", terms(e).get(0)));
    assertTrue(
        commitments.stream()
            .allMatch(
                e -> e.getAlternateLinks().get(0).getHref().contains("/explore/commitment/")));

    List<Entry> all = feed("/feed.atom").getEntries();
    List<Entry> katwijk = feed("/feed.atom?organisation=Katwijk").getEntries();
    List<Entry> vws = feed("/feed.atom?organisation=VWS&_=cache-buster").getEntries();
    assertTrue(vws.size() > katwijk.size(), "the ministry published most reports");
    assertTrue(vws.size() < all.size() || katwijk.isEmpty());
    vws.forEach(e -> assertFalse(e.getAuthors().isEmpty()));
  }

  @Test
  void badFiltersAreRefusedByName() throws Exception {
    assertRefused("/feed.atom?kind=bill", 400, "Parameter 'kind' must be motion or commitment");
    assertRefused("/feed.atom?kamerstuk=abc", 400, "Parameter 'kamerstuk' must be a Kamerstuk");
    assertRefused("/feed.atom?organisation=Nergensland", 404, "No organisation");
    assertRefused("/feed.atom?motie=1", 400, "Unknown parameter 'motie'");
    HttpResponse<String> post =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/feed.atom"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  private static List<String> terms(Entry entry) {
    return entry.getCategories().stream().map(Category::getTerm).toList();
  }

  private static Feed feed(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/atom+xml; charset=utf-8",
        response.headers().firstValue("content-type").orElseThrow());
    return (Feed) new WireFeedInput().build(new StringReader(response.body()));
  }

  private static void assertRefused(String path, int status, String message) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().startsWith(message), response.body());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
