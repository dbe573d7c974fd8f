package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV answers of the saved queries over real HTTP, read back as pandas or a spreadsheet would and
 * compared with the JSON answer of the same request: the same rows, the same values.
 */
@ExtendWith(TestGraphExtension.class)
class SavedQueryCsvIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** Values for the variables each saved query requires. */
  private static final Map<String, String> EXAMPLES =
      Map.of(
          "commitments-by-person", "name=Van%20Rijn",
          "motion-trace", "kamerstuk=31765-446",
          "motions-by-submitter", "submitter=Bergkamp",
          "pilots-by-municipality", "municipality=Helmond",
          "pilots-by-organisation", "organisation=Zilveren%20Kruis",
          "search", "text=logeerzorg",
          "explore-node", "id=motion/31765-446");

  private static GraphServer server;
  private static SavedQueries queries;
  private static String base;

  @BeforeAll
  static void start() {
    TestGraph graph = TestGraph.get();
    queries = graph.savedQueries();
    server = graph.startServer();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void everySavedQuerysCsvHasTheRowsAndValuesOfItsJsonAnswer() throws Exception {
    for (SavedQuery query : queries.all()) {
      String parameters = EXAMPLES.getOrDefault(query.name(), "");
      String path = "/queries/" + query.name() + "?" + parameters;
      HttpResponse<String> json = get(path, "application/json");
      HttpResponse<String> csv = get(path + "&format=csv", "text/csv");
      assertEquals(200, json.statusCode(), query.name() + ": " + json.body());
      assertEquals(200, csv.statusCode(), query.name() + ": " + csv.body());

      JsonNode data = JSON.readTree(json.body()).get("data");
      List<Map<String, String>> table = read(csv.body());
      List<Map<String, String>> expected = expectedRows(query, data);
      assertFalse(expected.isEmpty(), query.name() + " has rows on the seed graph");
      assertEquals(expected.size(), table.size(), query.name() + ": rows");
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i), table.get(i), query.name() + ": row " + i);
      }
    }
  }

  @Test
  void columnsAreTheQuerysLeafFieldsSoNullObjectsGiveEmptyCellsAndNoExtraColumn() throws Exception {
    HttpResponse<String> csv =
        get("/queries/motions-by-submitter?submitter=Bergkamp&format=csv", "*/*");
    List<String> header = List.of(csv.body().lines().findFirst().orElseThrow().split(","));
    assertEquals(
        List.of(
            "id",
            "kamerstuk",
            "kind",
            "title",
            "status",
            "settled",
            "submitters.id",
            "submitters.name",
            "settledBy.id",
            "settledBy.title",
            "settledBy.dateText"),
        header);
    List<Map<String, String>> rows = read(csv.body());
    Map<String, String> open =
        rows.stream().filter(r -> r.get("kamerstuk").equals("31765-441")).findFirst().orElseThrow();
    assertEquals("", open.get("settledBy.id"), "settledBy is null: empty cells");
    assertEquals("false", open.get("settled"));
  }

  @Test
  void katwijksAgendaHasOneRowPerActionLineWithTheProgrammeBesideIt() throws Exception {
    List<Map<String, String>> rows =
        read(get("/queries/katwijk-agenda-actions?format=csv", "text/csv").body());
    assertTrue(rows.size() >= 2, rows.toString());
    for (Map<String, String> row : rows) {
      assertEquals("programme/katwijk-uitvoeringsagenda-mantelzorg", row.get("node.id"));
      assertEquals("ACTION_LINE", row.get("kind"), row.toString());
      assertFalse(row.get("children.name").isEmpty(), row.toString());
    }
  }

  @Test
  void aTraceOfAnUnknownMotionIsNotFound() throws Exception {
    for (String format : List.of("csv", "json")) {
      HttpResponse<String> response =
          get("/queries/motion-trace?kamerstuk=99999-1&format=" + format, "*/*");
      assertEquals(404, response.statusCode(), response.body());
      assertTrue(response.body().contains("Nothing found: motion is null"), response.body());
    }
  }

  @Test
  void wholeNumbersStayWholeInCsv() throws Exception {
    String csv = get("/queries/measurements?format=csv", "text/csv").body();
    List<Map<String, String>> rows = read(csv);
    assertTrue(rows.stream().anyMatch(r -> r.get("value").matches("\\d+")), csv);
    assertTrue(rows.stream().noneMatch(r -> r.get("value").endsWith(".0")), csv);
  }

  @Test
  void pagesLinkToTheNextUntilTheListIsComplete() throws Exception {
    String next = "/queries/open-motions?first=4&format=csv";
    List<String> kamerstukken = new ArrayList<>();
    int pages = 0;
    while (next != null) {
      HttpResponse<String> page = get(next, "text/csv");
      assertEquals(200, page.statusCode(), page.body());
      read(page.body()).forEach(r -> kamerstukken.add(r.get("kamerstuk")));
      next =
          page.headers()
              .firstValue("link")
              .map(l -> l.replaceFirst("^<([^>]*)>; rel=\"next\"$", "$1"))
              .orElse(null);
      pages++;
    }
    assertEquals(3, pages, "9 open motions in pages of 4");
    assertEquals(9, kamerstukken.size());
    assertEquals(9, new HashSet<>(kamerstukken).size(), "no row twice: " + kamerstukken);
  }

  @Test
  void twoRowListsPageTogetherAndNameTheListOfEachRow() throws Exception {
    String next = "/queries/status-changes?first=10&format=csv";
    Map<String, Integer> perList = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    while (next != null) {
      HttpResponse<String> page = get(next, "text/csv");
      for (Map<String, String> row : read(page.body())) {
        perList.merge(row.get("list"), 1, Integer::sum);
        assertTrue(
            seen.add(row.get("list") + row.get("kamerstuk") + row.get("id")), row.toString());
      }
      next =
          page.headers()
              .firstValue("link")
              .map(l -> l.replaceFirst("^<([^>]*)>; rel=\"next\"$", "$1"))
              .orElse(null);
    }
    JsonNode counts = JSON.readTree(get("/queries/status-counts", "application/json").body());
    assertEquals(
        Map.of(
            "motions.nodes",
            counts.at("/data/motions/totalCount").asInt(),
            "commitments.nodes",
            counts.at("/data/commitments/totalCount").asInt()),
        perList);
  }

  @Test
  void cacheBustersAreIgnoredAndEnumValuesReadInAnyCase() throws Exception {
    HttpResponse<String> upper =
        get("/queries/commitments-by-status?status=FULFILLED&format=csv", "text/csv");
    HttpResponse<String> lower =
        get("/queries/commitments-by-status?status=fulfilled&_=1733040000&format=csv", "text/csv");
    assertEquals(200, lower.statusCode(), lower.body());
    assertEquals(upper.body(), lower.body());
    assertTrue(read(lower.body()).size() > 0);
    HttpResponse<String> wrong = get("/queries/commitments-by-status?status=done", "*/*");
    assertEquals(400, wrong.statusCode());
    assertTrue(
        wrong.body().contains("Parameter 'status' must be one of OPEN, FULFILLED"), wrong.body());
  }

  /** The rows the JSON answer holds, as the CSV should have them, computed from the JSON text. */
  private static List<Map<String, String>> expectedRows(SavedQuery query, JsonNode data) {
    Set<String> header = new java.util.LinkedHashSet<>();
    if (query.rows().size() > 1) {
      header.add("list");
    }
    query
        .rows()
        .forEach(
            l -> {
              header.addAll(l.context());
              header.addAll(l.columns());
            });
    List<Map<String, String>> rows = new ArrayList<>();
    for (SavedQuery.RowList list : query.rows()) {
      JsonNode items = data;
      for (String key : list.keys()) {
        items = items.get(key);
      }
      List<JsonNode> each = new ArrayList<>();
      if (items.isArray()) {
        items.forEach(each::add);
      } else {
        each.add(items);
      }
      for (JsonNode item : each) {
        Map<String, String> row = new LinkedHashMap<>();
        header.forEach(c -> row.put(c, ""));
        if (query.rows().size() > 1) {
          row.put("list", list.path());
        }
        list.context().forEach(c -> row.put(c, cell(data, c)));
        list.columns().forEach(c -> row.put(c, cell(item, c)));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String cell(JsonNode node, String column) {
    List<String> values = new ArrayList<>();
    leaves(node, List.of(column.split("\\.")), values);
    return String.join("; ", values);
  }

  private static void leaves(JsonNode node, List<String> keys, List<String> out) {
    if (node != null && node.isArray()) {
      node.forEach(n -> leaves(n, keys, out));
    } else if (keys.isEmpty()) {
      out.add(
          node == null || node.isNull()
              ? ""
              : node.isNumber() ? plain(node.decimalValue()) : node.asText());
    } else if (node != null && node.isObject()) {
      leaves(node.get(keys.get(0)), keys.subList(1, keys.size()), out);
    } else {
      out.add("");
    }
  }

  private static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  private static List<Map<String, String>> read(String csv) throws Exception {
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      return rows.readAll().stream()
          .map(r -> (Map<String, String>) new LinkedHashMap<>(r))
          .collect(Collectors.toList());
    }
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
