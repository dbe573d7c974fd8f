package nl.langerthuis.graph.server;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import graphql.ExecutionResult;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;
import nl.langerthuis.graph.seed.Kamerstuk;

/**
 * {@code GET /feed.atom}: the status each document gave each motion and commitment, newest document
 * first, as an Atom feed. Filters: {@code kamerstuk} (a motion and the commitments linked to it),
 * {@code kind} ({@code motion} or {@code commitment}) and {@code organisation} (a name,
 * abbreviation or alias: events whose document it published, or whose motion's submitters belong to
 * it, or whose commitment it made or received). The data comes from the saved query {@code
 * status-feed} run through the GraphQL service, like any client's.
 */
final class StatusFeedHandler implements HttpHandler {
  static final String QUERY = "status-feed";
  private static final Set<String> PARAMETERS = Set.of("kamerstuk", "kind", "organisation");

  private final SavedQueries queries;
  private final GraphQLService service;

  StatusFeedHandler(SavedQueries queries, GraphQLService service) {
    this.queries = queries;
    this.service = service;
  }

  /** The filters of one request, checked. */
  private record Filter(String kamerstuk, String kind, String organisation) {}

  /** One status event of one motion or commitment, with what the filters look at. */
  private record Event(
      String nodeId,
      String nodeLabel,
      String kind,
      Map<String, Object> event,
      Set<String> kamerstukken,
      Set<String> organisations) {
    LocalDate date() {
      return event.get("date") instanceof String d ? LocalDate.parse(d) : LocalDate.MIN;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> document() {
      return (Map<String, Object>) event.get("document");
    }
  }

  /** Thrown for a request the client got wrong; becomes a 4xx with the message. */
  private static final class Refusal extends Exception {
    @java.io.Serial private static final long serialVersionUID = 1L;

    final int status;

    Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    if (!Methods.GET.equals(exchange.getRequestMethod())
        && !Methods.HEAD.equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      send(exchange, 405, "text/plain", "Only GET and HEAD are allowed on /feed.atom");
      return;
    }
    try {
      Filter filter = filter(exchange);
      List<Event> events = events(filter);
      send(exchange, 200, "application/atom+xml", atom(exchange, filter, events));
    } catch (Refusal refusal) {
      send(exchange, refusal.status, "text/plain", refusal.getMessage());
    }
  }

  private static Filter filter(HttpServerExchange exchange) throws Refusal {
    for (String name : exchange.getQueryParameters().keySet()) {
      if (!PARAMETERS.contains(name) && !name.startsWith("_")) {
        throw new Refusal(
            400,
            "Unknown parameter '" + name + "'; /feed.atom takes kamerstuk, kind, organisation");
      }
    }
    String kamerstuk = parameter(exchange, "kamerstuk");
    String canonical = null;
    if (kamerstuk != null) {
      canonical =
          Kamerstuk.parse(kamerstuk)
              .orElseThrow(
                  () ->
                      new Refusal(
                          400,
                          "Parameter 'kamerstuk' must be a Kamerstuk number such as '31765-446' (got '"
                              + kamerstuk
                              + "')"));
    }
    String kind = parameter(exchange, "kind");
    if (kind != null) {
      kind = kind.toLowerCase(Locale.ROOT);
      if (!kind.equals("motion") && !kind.equals("commitment")) {
        throw new Refusal(
            400, "Parameter 'kind' must be motion or commitment (got '" + kind + "')");
      }
    }
    return new Filter(canonical, kind, parameter(exchange, "organisation"));
  }

  /** Runs the saved query page by page and keeps the events the filter lets through. */
  private List<Event> events(Filter filter) throws Refusal {
    SavedQuery query =
        queries
            .byName(QUERY)
            .orElseThrow(
                () ->
                    new Refusal(
                        503,
                        "The feed needs the saved query '"
                            + QUERY
                            + "', which the queries folder lacks"));
    boolean motions = filter.kind() == null || filter.kind().equals("motion");
    boolean commitments = filter.kind() == null || filter.kind().equals("commitment");
    Set<String> organisations = null;
    String motionsAfter = null;
    String commitmentsAfter = null;
    List<Event> events = new ArrayList<>();
    while (motions || commitments) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("motions", motions);
      variables.put("commitments", commitments);
      variables.put("motionsAfter", motionsAfter);
      variables.put("commitmentsAfter", commitmentsAfter);
      boolean lookUp = organisations == null && filter.organisation() != null;
      variables.put("byOrganisation", lookUp);
      variables.put("organisation", Objects.requireNonNullElse(filter.organisation(), ""));
      Map<String, Object> data = run(query, variables);
      if (lookUp) {
        organisations = ids(list(map(data.get("organisations")).get("nodes")));
        if (organisations.isEmpty()) {
          throw new Refusal(
              404,
              "No organisation is named, abbreviated or known as '" + filter.organisation() + "'");
        }
      }
      if (motions) {
        Map<String, Object> page = map(data.get("motions"));
        list(page.get("nodes")).forEach(m -> events.addAll(motionEvents(m)));
        motions = hasNextPage(page);
        motionsAfter = endCursor(page);
      }
      if (commitments) {
        Map<String, Object> page = map(data.get("commitments"));
        list(page.get("nodes")).forEach(c -> events.addAll(commitmentEvents(c)));
        commitments = hasNextPage(page);
        commitmentsAfter = endCursor(page);
      }
    }
    Set<String> wanted = organisations;
    return events.stream()
        .filter(e -> filter.kamerstuk() == null || e.kamerstukken().contains(filter.kamerstuk()))
        .filter(e -> wanted == null || wanted.stream().anyMatch(e.organisations()::contains))
        .sorted(
            Comparator.comparing(Event::date)
                .reversed()
                .thenComparing(Event::nodeId)
                .thenComparing(e -> String.valueOf(e.document().get("id"))))
        .toList();
  }

  private Map<String, Object> run(SavedQuery query, Map<String, Object> variables) throws Refusal {
    ExecutionResult result = service.execute(query.text(), null, variables);
    if (!result.getErrors().isEmpty() || result.getData() == null) {
      throw new Refusal(
          503,
          "The feed's query failed: "
              + result.getErrors().stream()
                  .map(e -> e.getMessage())
                  .collect(Collectors.joining("; ")));
    }
    return result.getData();
  }

  private static List<Event> motionEvents(Map<String, Object> motion) {
    Set<String> parties = new HashSet<>();
    for (Map<String, Object> submitter : list(motion.get("submitters"))) {
      if (submitter.get("party") instanceof Map<?, ?> party) {
        parties.add(String.valueOf(party.get("id")));
      }
    }
    return events(motion, "motion", Set.of(String.valueOf(motion.get("kamerstuk"))), parties);
  }

  private static List<Event> commitmentEvents(Map<String, Object> commitment) {
    Set<String> kamerstukken = new HashSet<>();
    list(commitment.get("motions"))
        .forEach(m -> kamerstukken.add(String.valueOf(m.get("kamerstuk"))));
    Set<String> organisations = new HashSet<>();
    for (String role : List.of("madeBy", "madeTo")) {
      if (commitment.get(role) instanceof Map<?, ?> party) {
        organisations.add(String.valueOf(party.get("id")));
        if (party.get("party") instanceof Map<?, ?> membership) {
          organisations.add(String.valueOf(membership.get("id")));
        }
      }
    }
    return events(commitment, "commitment", kamerstukken, organisations);
  }

  private static List<Event> events(
      Map<String, Object> node, String kind, Set<String> kamerstukken, Set<String> organisations) {
    List<Event> events = new ArrayList<>();
    for (Map<String, Object> event : list(node.get("statusHistory"))) {
      Set<String> related = new HashSet<>(organisations);
      Map<String, Object> document = map(event.get("document"));
      if (document.get("publisher") instanceof Map<?, ?> publisher) {
        related.add(String.valueOf(publisher.get("id")));
      }
      events.add(
          new Event(
              (String) node.get("id"),
              (String) node.get("label"),
              kind,
              event,
              kamerstukken,
              related));
    }
    return events;
  }

  private static String atom(HttpServerExchange exchange, Filter filter, List<Event> events)
      throws Refusal {
    String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    String self =
        base
            + "/feed.atom"
            + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
    Feed feed = new Feed("atom_1.0");
    feed.setId(self);
    feed.setTitle("Langer Thuis graph: status of motions and commitments" + describe(filter));
    feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", base + "/explore", "text/html")));
    Person author = new Person();
    author.setName("langer-thuis-graph");
    feed.setAuthors(List.of(author));
    feed.setUpdated(events.isEmpty() ? new Date() : date(events.get(0).date()));
    feed.setEntries(events.stream().map(e -> entry(base, e)).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
  }

  private static Entry entry(String base, Event e) {
    Map<String, Object> event = e.event();
    Map<String, Object> document = e.document();
    String page = base + "/explore/" + path(e.nodeId());
    Entry entry = new Entry();
    entry.setId(page + "#" + document.get("id"));
    entry.setTitle(e.nodeLabel() + ": " + event.get("status"));
    entry.setUpdated(date(e.date()));
    entry.setPublished(date(e.date()));
    List<Link> links = new ArrayList<>();
    links.add(link("alternate", page, "text/html"));
    if (document.get("url") instanceof String url) {
      links.add(link("related", url, "text/html"));
    }
    entry.setAlternateLinks(new ArrayList<>(links.subList(0, 1)));
    entry.setOtherLinks(new ArrayList<>(links.subList(1, links.size())));
    if (document.get("publisher") instanceof Map<?, ?> publisher) {
      Person author = new Person();
      author.setName(String.valueOf(publisher.get("name")));
      entry.setAuthors(List.of(author));
    }
    Category kind = new Category();
    kind.setTerm(e.kind());
    Category status = new Category();
    status.setTerm(String.valueOf(event.get("status")));
    entry.setCategories(List.of(kind, status));
    Content summary = new Content();
    summary.setType("text");
    summary.setValue(
        "“"
            + event.get("quote")
            + "” ("
            + document.get("title")
            + (document.get("dateText") == null ? "" : ", " + document.get("dateText"))
            + (event.get("location") == null ? "" : ", " + event.get("location"))
            + ")");
    entry.setSummary(summary);
    return entry;
  }

  private static String describe(Filter filter) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("kamerstuk", filter.kamerstuk());
    parts.put("kind", filter.kind());
    parts.put("organisation", filter.organisation());
    String text =
        parts.entrySet().stream()
            .filter(p -> p.getValue() != null)
            .map(p -> p.getKey() + " " + p.getValue())
            .collect(Collectors.joining(", "));
    return text.isEmpty() ? "" : " (" + text + ")";
  }

  /** A node id as an explorer path: its parts URL-encoded, its slashes kept. */
  static String path(String id) {
    return List.of(id.split("/")).stream()
        .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }

  private static Date date(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static boolean hasNextPage(Map<String, Object> page) {
    return Boolean.TRUE.equals(map(page.get("pageInfo")).get("hasNextPage"));
  }

  private static String endCursor(Map<String, Object> page) {
    return (String) map(page.get("pageInfo")).get("endCursor");
  }

  private static Set<String> ids(List<Map<String, Object>> nodes) {
    return nodes.stream().map(n -> String.valueOf(n.get("id"))).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private static String parameter(HttpServerExchange exchange, String name) {
    Deque<String> values = exchange.getQueryParameters().get(name);
    return values == null || values.getFirst().isBlank() ? null : values.getFirst().strip();
  }

  private static void send(HttpServerExchange exchange, int status, String mediaType, String body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, mediaType + "; charset=utf-8");
    exchange
        .getResponseHeaders()
        .put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
    exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
  }
}
