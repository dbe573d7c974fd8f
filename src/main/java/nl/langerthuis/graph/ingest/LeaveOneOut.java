package nl.langerthuis.graph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import nl.langerthuis.graph.seed.LookupKey;
import nl.langerthuis.graph.seed.QuoteText;
import nl.langerthuis.graph.seed.SeedFile;
import nl.langerthuis.graph.seed.SeedReader;

/**
 * The quality measurement: each document of the seed is ingested knowing only the names of the
 * other documents' files, and its draft is compared with what the curators wrote for it. Recall is
 * the share of curated records the draft proposes; precision the share of proposals the curators
 * also wrote.
 *
 * <p>Matching, per kind: Kamerstuk references and motions by number; status events by motion and
 * status; organisations (municipalities included) and persons by id, or by a name, abbreviation or
 * alias of the curated record (compared as lookup keys); figures by value and an overlapping quote;
 * commitments by an overlapping quote. Each curated record is matched at most once.
 */
public final class LeaveOneOut {
  /** The kinds measured, in the order of the table. */
  static final List<String> KINDS =
      List.of(
          "Kamerstuk references",
          "motions",
          "status events",
          "commitments",
          "organisations",
          "persons",
          "figures");

  private final Path seedDir;
  private final Path documentsDir;

  public LeaveOneOut(Path seedDir, Path documentsDir) {
    this.seedDir = Objects.requireNonNull(seedDir, "seedDir == null");
    this.documentsDir = Objects.requireNonNull(documentsDir, "documentsDir == null");
  }

  /** Found, proposed and curated counts of one kind. */
  record Score(int goldFound, int gold, int proposalsRight, int proposals) {
    Score plus(Score o) {
      return new Score(
          goldFound + o.goldFound,
          gold + o.gold,
          proposalsRight + o.proposalsRight,
          proposals + o.proposals);
    }

    String recall() {
      return gold == 0 ? "–" : percent(goldFound, gold);
    }

    String precision() {
      return proposals == 0 ? "–" : percent(proposalsRight, proposals);
    }

    private static String percent(int part, int whole) {
      return Math.round(100.0 * part / whole) + "% (" + part + "/" + whole + ")";
    }
  }

  /** The scores of every document and kind, and the quotes checked. */
  record Result(
      Map<String, Map<String, Score>> byDocument, int quotes, int verbatim, int notVerbatim) {
    Map<String, Score> total() {
      Map<String, Score> total = new LinkedHashMap<>();
      for (String kind : KINDS) {
        total.put(
            kind,
            byDocument.values().stream()
                .map(s -> s.get(kind))
                .reduce(new Score(0, 0, 0, 0), Score::plus));
      }
      return total;
    }
  }

  public Result measure() throws IOException {
    List<SeedFile> files = new SeedReader(seedDir, documentsDir).files();
    Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    int quotes = 0;
    int verbatim = 0;
    int notVerbatim = 0;
    for (Map<String, Object> document : files.get(0).records()) {
      String id = String.valueOf(document.get("id"));
      String rendition = String.valueOf(((List<?>) document.get("renditions")).get(0));
      SourceText source = SourceText.read(documentsDir.resolve(rendition));
      Gazetteer others = Gazetteer.of(files, f -> f.document() != null && !f.document().equals(id));
      Draft draft = Extractor.extract(source, id, others);
      List<SeedFile> own = files.stream().filter(f -> id.equals(f.document())).toList();
      scores.put(id, score(draft, own, files));
      String text = QuoteText.normalise(source.text());
      for (String quote : DraftWriter.quotes(draft)) {
        quotes++;
        verbatim += text.contains(QuoteText.normalise(quote)) ? 1 : 0;
      }
      notVerbatim += Extractor.sentences(source.text()).notVerbatim();
    }
    return new Result(scores, quotes, verbatim, notVerbatim);
  }

  private static Map<String, Score> score(Draft draft, List<SeedFile> own, List<SeedFile> all) {
    List<Map<String, Object>> records = new ArrayList<>();
    List<Map<String, Object>> notMotions = new ArrayList<>();
    own.forEach(f -> records.addAll(f.records()));
    own.forEach(f -> notMotions.addAll(f.notMotions()));
    Map<String, Set<String>> keys = keys(all);
    Map<String, Score> scores = new LinkedHashMap<>();

    Set<String> goldRefs = new LinkedHashSet<>();
    ofType(records, "Motion").forEach(r -> goldRefs.add(slug(r)));
    notMotions.forEach(n -> goldRefs.add(String.valueOf(n.get("ref"))));
    List<String> refs = draft.references().stream().map(Draft.Reference::kamerstuk).toList();
    scores.put(KINDS.get(0), match(goldRefs, refs, String::equals));

    List<String> goldMotions =
        ofType(records, "Motion").stream().map(r -> (String) r.get("id")).toList();
    List<String> motions = draft.motions().stream().map(Draft.Motion::id).toList();
    scores.put(KINDS.get(1), match(goldMotions, motions, String::equals));

    List<String> goldEvents = new ArrayList<>();
    for (Map<String, Object> motion : ofType(records, "Motion")) {
      if (motion.get("report") instanceof Map<?, ?> report) {
        goldEvents.add(motion.get("id") + " " + report.get("status"));
      }
    }
    List<String> events =
        draft.statusEvents().stream().map(e -> e.motionId() + " " + e.status()).toList();
    scores.put(KINDS.get(2), match(goldEvents, events, String::equals));

    List<List<String>> goldCommitments =
        ofType(records, "Commitment").stream().map(LeaveOneOut::quotesOf).toList();
    List<String> commitments = draft.commitments().stream().map(c -> c.quote().quote()).toList();
    scores.put(
        KINDS.get(3),
        match(
            goldCommitments,
            commitments,
            (gold, q) -> gold.stream().anyMatch(g -> overlaps(g, q))));

    scores.put(KINDS.get(4), actors(records, draft, keys, Set.of("Organisation", "Municipality")));
    scores.put(KINDS.get(5), actors(records, draft, keys, Set.of("Person")));

    List<Map<String, Object>> goldFigures = ofType(records, "Measurement");
    scores.put(
        KINDS.get(6),
        match(
            goldFigures,
            draft.figures(),
            (gold, f) ->
                gold.get("value") instanceof Number v
                    && Math.abs(v.doubleValue() - f.value())
                        < 1e-6 * Math.max(1, Math.abs(f.value()))
                    && quotesOf(gold).stream().anyMatch(g -> overlaps(g, f.quote().quote()))));
    return scores;
  }

  private static Score actors(
      List<Map<String, Object>> records,
      Draft draft,
      Map<String, Set<String>> keys,
      Set<String> types) {
    List<String> gold =
        records.stream()
            .filter(r -> types.contains(String.valueOf(r.get("type"))))
            .map(r -> (String) r.get("id"))
            .distinct()
            .toList();
    List<Draft.Actor> proposed =
        draft.actors().stream().filter(a -> types.contains(a.type())).toList();
    return match(
        gold,
        proposed,
        (id, actor) ->
            id.equals(actor.id())
                || keys.getOrDefault(id, Set.of()).contains(LookupKey.of(actor.name()))
                || actor.abbreviation() != null
                    && keys.getOrDefault(id, Set.of())
                        .contains(LookupKey.of(actor.abbreviation())));
  }

  /** Every spelling of every id in the whole seed, as lookup keys: used only to score. */
  private static Map<String, Set<String>> keys(List<SeedFile> files) {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (SeedFile file : files) {
      for (Map<String, Object> r : file.records()) {
        Set<String> k =
            keys.computeIfAbsent(String.valueOf(r.get("id")), x -> new LinkedHashSet<>());
        k.add(LookupKey.of(slug(r).replace('-', ' ')));
        for (String field : List.of("name", "abbreviation")) {
          if (r.get(field) instanceof String s) {
            k.add(LookupKey.of(s));
          }
        }
        if (r.get("aliases") instanceof List<?> aliases) {
          aliases.forEach(a -> k.add(LookupKey.of(String.valueOf(a))));
        }
      }
    }
    return keys;
  }

  private static <G, P> Score match(
      Collection<G> gold, Collection<P> proposed, BiPredicate<G, P> same) {
    Set<G> found = new LinkedHashSet<>();
    int right = 0;
    for (P p : proposed) {
      boolean hit = false;
      for (G g : gold) {
        if (same.test(g, p)) {
          hit = true;
          found.add(g);
        }
      }
      right += hit ? 1 : 0;
    }
    return new Score(found.size(), gold.size(), right, proposed.size());
  }

  static boolean overlaps(String a, String b) {
    String x = QuoteText.normalise(a);
    String y = QuoteText.normalise(b);
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    Set<String> wx = new java.util.HashSet<>(List.of(LookupKey.of(x).split(" ")));
    Set<String> wy = new java.util.HashSet<>(List.of(LookupKey.of(y).split(" ")));
    long shared = wx.stream().filter(wy::contains).count();
    return shared >= 0.6 * Math.min(wx.size(), wy.size());
  }

  private static List<Map<String, Object>> ofType(List<Map<String, Object>> records, String type) {
    return records.stream().filter(r -> type.equals(r.get("type"))).toList();
  }

  private static String slug(Map<String, Object> record) {
    String id = String.valueOf(record.get("id"));
    return id.substring(id.indexOf('/') + 1);
  }

  private static List<String> quotesOf(Map<String, Object> record) {
    List<String> quotes = new ArrayList<>();
    if (record.get("quotes") instanceof List<?> list) {
      for (Object q : list) {
        Object text = q instanceof Map<?, ?> m ? m.get("text") : q;
        if (text != null) {
          quotes.add(String.valueOf(text));
        }
      }
    }
    if (record.get("report") instanceof Map<?, ?> report && report.get("quote") != null) {
      quotes.add(String.valueOf(report.get("quote")));
    }
    return quotes;
  }

  /** Prints the table of recall and precision per kind, then per document. */
  public static void print(Result result, PrintStream out) {
    out.println("| kind | recall | precision |");
    out.println("|---|---:|---:|");
    result
        .total()
        .forEach(
            (kind, s) ->
                out.println("| " + kind + " | " + s.recall() + " | " + s.precision() + " |"));
    out.printf(
        "%nQuotes: %d proposed, %d verbatim; %d sentences set aside as not verbatim.%n",
        result.quotes(), result.verbatim(), result.notVerbatim());
    for (Map.Entry<String, Map<String, Score>> doc : result.byDocument().entrySet()) {
      out.println();
      out.println(doc.getKey() + " (knowing only the other documents' names):");
      doc.getValue()
          .forEach(
              (kind, s) ->
                  out.printf(
                      "  %-22s recall %-16s precision %s%n", kind, s.recall(), s.precision()));
    }
  }
}
