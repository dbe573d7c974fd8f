package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptTest {
  @Test
  void typesComeMostPreferredFirstWithoutParameters() {
    assertEquals(
        List.of("text/html", "application/json", "*/*"),
        Accept.types(List.of("application/json;q=0.9, text/html, */*;q=0.8")));
    assertEquals(
        List.of("text/csv"),
        Accept.types(List.of("text/csv; charset=utf-8, application/json;q=0")));
    assertEquals(List.of("application/json"), Accept.types(List.of("Application/JSON")));
  }

  @Test
  void malformedHeadersGiveNoTypeRatherThanAnError() {
    for (String header : List.of(";", ",", "", " ; ; ", ";q=1", "/", "text", "*/*;q=abc;;")) {
      List<String> types = Accept.types(List.of(header));
      types.forEach(type -> assertEquals(true, type.contains("/"), header + " gave " + type));
    }
    assertEquals(List.of(), Accept.types(List.of(";")));
  }
}
