package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTextTest {
  @Test
  void operatorsQuotesAndWildcardsBecomeLowerCaseWords() {
    SearchText text = SearchText.parse("\"zorg\" AND (thuis* OR NOT ~respijt)");
    String query = text.wordsQuery();
    for (String syntax : List.of(" AND ", " NOT ", "(", ")", "~", "\"")) {
      assertFalse(query.replace(" OR ", " ").contains(syntax), syntax + " in " + query);
    }
    assertTrue(query.contains("name:and^4"), query);
  }

  @Test
  void aPluralIsAlsoSearchedAsTheStartOfAWordAndALongWordInsideOthers() {
    String query = SearchText.parse("wooncoaches").wordsQuery();
    assertTrue(query.contains("wooncoach*^0.5"), query);
    assertTrue(query.contains("*wooncoach*^0.2"), query);
    assertEquals("", SearchText.parse("wooncoach").phraseQuery());
    assertTrue(
        SearchText.parse("Samen Ouder Worden").phraseQuery().contains("\"samen ouder worden\""));
  }

  @Test
  void aTextWithoutLettersOrDigitsIsRefusedByName() {
    ArgumentException e = assertThrows(ArgumentException.class, () -> SearchText.parse("?* \""));
    assertEquals("text", e.argument());
  }

  @Test
  void theSnippetIsThePassageWithTheWords() {
    Map<String, Object> node =
        Map.of(
            "label",
            "Opleiden en inzetten van wooncoaches",
            "sourceQuotes",
            List.of(
                "Iets anders.",
                "BZK ondersteunt ANBO bij het opleiden en inzetten wooncoaches en de huistest."));
    assertTrue(SearchText.parse("huistest wooncoach").snippet(node).contains("huistest"));
  }
}
