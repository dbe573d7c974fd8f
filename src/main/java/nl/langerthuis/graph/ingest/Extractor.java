package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.langerthuis.graph.seed.QuoteText;

/**
 * Runs the rules over one document and gathers their proposals into a {@link Draft}. Only sentences
 * that occur verbatim in the source (under the loader's own normalisation, {@link QuoteText}) are
 * offered to the rules, so every quote a draft carries will pass the loader's check.
 */
final class Extractor {
  private Extractor() {}

  /** The sentences of a text that a draft may quote, and how many were set aside. */
  record Sentences(List<Passage> usable, int notVerbatim) {}

  static Sentences sentences(String text) {
    String normalised = QuoteText.normalise(text);
    List<Passage> usable = new ArrayList<>();
    int dropped = 0;
    for (Passage passage : Segmenter.split(text)) {
      String quote = QuoteText.normalise(passage.quote());
      if (quote.length() >= QuoteText.MIN_LENGTH && normalised.contains(quote)) {
        usable.add(passage);
      } else {
        dropped++;
      }
    }
    return new Sentences(usable, dropped);
  }

  static Draft extract(SourceText source, String documentId, Gazetteer gazetteer) {
    List<Passage> passages = sentences(source.text()).usable();
    List<Draft.Reference> references = ReferenceRules.find(passages, gazetteer);
    List<Draft.Actor> actors = ActorRules.find(passages, source.text(), gazetteer);
    Map<String, String> personIds = personIds(passages, gazetteer);
    List<Draft.Motion> motions = MotionRules.motions(references, passages, gazetteer, personIds);
    List<Draft.StatusEvent> events = MotionRules.statusEvents(motions, passages, personIds);
    Draft.Document document =
        DocumentRules.read(documentId, source.text(), passages, actors, references, gazetteer);
    String kamer = gazetteer.byId("org/tweede-kamer").map(Gazetteer.Known::id).orElse(null);
    String slug = documentId.substring(documentId.indexOf('/') + 1);
    List<Draft.Commitment> commitments = new ArrayList<>();
    for (Draft.Commitment c : CommitmentRules.find(passages, document.date(), kamer)) {
      commitments.add(
          new Draft.Commitment(
              "commitment/" + slug + "-" + (commitments.size() + 1),
              c.description(),
              c.occasion(),
              c.date(),
              c.dueDate(),
              c.status(),
              c.madeTo(),
              c.rule(),
              c.quote()));
    }
    List<Draft.Figure> figures = new ArrayList<>();
    for (Draft.Figure f : FigureRules.find(passages)) {
      figures.add(
          new Draft.Figure(
              "fig/" + slug + "-" + (figures.size() + 1),
              f.value(),
              f.unit(),
              f.metric(),
              f.date(),
              f.approximate(),
              f.rule(),
              f.quote()));
    }
    return new Draft(
        document,
        references,
        motions,
        events,
        commitments,
        actors,
        figures,
        withPlacesAndPartners(mentions(passages, gazetteer), gazetteer));
  }

  /** Submitters' names as the document writes them, resolved to person ids. */
  private static Map<String, String> personIds(List<Passage> passages, Gazetteer gazetteer) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Passage passage : passages) {
      for (String name : MotionRules.submitterNames(passage.text())) {
        ids.computeIfAbsent(
            name,
            n ->
                ActorRules.resolve(
                        new ActorRules.Candidate(n, "Person", ActorRules.MEMBER, passage, null),
                        gazetteer)
                    .id());
      }
    }
    return ids;
  }

  private static final java.util.regex.Pattern WITH_PARTNERS =
      java.util.regex.Pattern.compile(
          "in samenwerking met|samen met|samenwerkingspartners?|partners? (zijn|waren)|met (onder andere|o\\.a\\.)");

  /**
   * The municipalities a pilot's sentence names are where it runs (rule {@code pilot-places-in-
   * sentence}); the organisations a sentence says a pilot or programme works with are its partners
   * (rule {@code partners-in-sentence}).
   */
  private static List<Draft.Mention> withPlacesAndPartners(
      List<Draft.Mention> mentions, Gazetteer gazetteer) {
    List<Draft.Mention> result = new ArrayList<>();
    for (Draft.Mention m : mentions) {
      if (m.type().equals("Subsidy")) {
        result.add(m);
        continue;
      }
      Map<String, Passage> places = new LinkedHashMap<>();
      Map<String, Passage> partners = new LinkedHashMap<>();
      for (Passage passage : m.quotes()) {
        List<Draft.Actor> named = ActorRules.find(List.of(passage), "", gazetteer);
        boolean working = WITH_PARTNERS.matcher(passage.text()).find();
        for (Draft.Actor actor : named) {
          if (m.type().equals("Pilot") && actor.type().equals("Municipality")) {
            places.putIfAbsent(actor.id(), passage);
          } else if (working && actor.type().equals("Organisation")) {
            partners.putIfAbsent(actor.id(), passage);
          }
        }
      }
      result.add(
          new Draft.Mention(m.id(), m.type(), m.form(), m.rule(), m.quotes(), places, partners));
    }
    return result;
  }

  /** Programmes, pilots and subsidies the graph knows, where the document names them. */
  private static List<Draft.Mention> mentions(List<Passage> passages, Gazetteer gazetteer) {
    Map<String, Draft.Mention> mentions = new LinkedHashMap<>();
    for (Passage passage : passages) {
      for (Gazetteer.Hit hit : gazetteer.find(passage.text())) {
        String type = hit.known().type();
        if (!type.equals("Programme") && !type.equals("Pilot") && !type.equals("Subsidy")) {
          continue;
        }
        Draft.Mention earlier = mentions.get(hit.known().id());
        if (earlier == null) {
          mentions.put(
              hit.known().id(),
              new Draft.Mention(
                  hit.known().id(),
                  type,
                  hit.form(),
                  "mention-known-name",
                  List.of(passage),
                  Map.of(),
                  Map.of()));
        } else if (earlier.quotes().size() < 2 && !earlier.quotes().contains(passage)) {
          List<Passage> quotes = new ArrayList<>(earlier.quotes());
          quotes.add(passage);
          mentions.put(
              earlier.id(),
              new Draft.Mention(
                  earlier.id(), type, earlier.form(), earlier.rule(), quotes, Map.of(), Map.of()));
        }
      }
    }
    return List.copyOf(mentions.values());
  }
}
