package nl.langerthuis.graph.seed;

import java.util.List;

/** A verbatim passage of a document, found in it, and where in the document it stands. */
record Quote(String document, String text, String location) {

  /**
   * Adds each quote that {@code target} does not hold yet (same document, same normalised text).
   */
  static void addNew(List<Quote> target, List<Quote> quotes) {
    for (Quote quote : quotes) {
      String key = QuoteText.normalise(quote.text());
      boolean known =
          target.stream()
              .anyMatch(
                  q ->
                      q.document().equals(quote.document())
                          && QuoteText.normalise(q.text()).equals(key));
      if (!known) {
        target.add(quote);
      }
    }
  }
}
