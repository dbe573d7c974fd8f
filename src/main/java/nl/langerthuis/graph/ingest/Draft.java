package nl.langerthuis.graph.ingest;

import java.util.List;

/**
 * What ingest proposes for one document, before a curator has looked at it. Every proposal names
 * the rule that produced it and the sentences it quotes.
 */
record Draft(
    Document document,
    List<Reference> references,
    List<Motion> motions,
    List<StatusEvent> statusEvents,
    List<Commitment> commitments,
    List<Actor> actors,
    List<Figure> figures,
    List<Mention> mentions) {

  /** How a proposed actor relates to what the graph already knows. */
  enum Resolution {
    /** an existing id, found by one of its spellings */
    LINKED,
    /** not in the graph: a new record with its first mention */
    NEW,
    /** linked or new, but a curator must decide (shared spelling, surname only, near name) */
    UNCERTAIN
  }

  /** The document itself: title, date, kind, publisher, signatory and its own numbers. */
  record Document(
      String id,
      String title,
      String date,
      String kind,
      String publisher,
      String signatory,
      String kenmerk,
      String kamerstuk,
      List<Passage> quotes,
      String rule) {}

  /** A Kamerstuk number cited by the document, with what kind of paper the sentence says it is. */
  record Reference(String kamerstuk, String paper, String rule, List<Passage> quotes) {
    boolean isMotion() {
      return paper.equals("MOTION") || paper.equals("AMENDMENT");
    }
  }

  /** A motion or amendment: by Kamerstuk, its submitters and what it asks. */
  record Motion(
      String id,
      String kamerstuk,
      String kind,
      List<String> submitters,
      String asks,
      boolean known,
      String rule,
      List<Passage> quotes) {}

  /** What this document says about a motion's status. */
  record StatusEvent(String motionId, String status, String rule, boolean guessed, Passage quote) {}

  /** A promise to the Kamer (toezegging), with the debate, date and due date where stated. */
  record Commitment(
      String id,
      String description,
      String occasion,
      String date,
      String dueDate,
      String status,
      String madeTo,
      String rule,
      Passage quote) {}

  /** An organisation, municipality, region or person the document names. */
  record Actor(
      String id,
      String type,
      String name,
      String kind,
      String abbreviation,
      Resolution resolution,
      String why,
      String rule,
      List<Passage> quotes) {}

  /** A reported figure: an amount, count or percentage with its unit and reference date. */
  record Figure(
      String id,
      double value,
      String unit,
      String metric,
      String date,
      boolean approximate,
      String rule,
      Passage quote) {}

  /**
   * A programme, pilot or subsidy the graph knows, named by the document, with the places and
   * partners its sentences name ({@code places}: municipalities where a pilot runs; {@code
   * partners}: organisations a sentence says it works with).
   */
  record Mention(
      String id,
      String type,
      String form,
      String rule,
      List<Passage> quotes,
      java.util.Map<String, Passage> places,
      java.util.Map<String, Passage> partners) {}
}
