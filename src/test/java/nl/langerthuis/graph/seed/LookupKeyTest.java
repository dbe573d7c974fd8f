package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupKeyTest {
  @Test
  void caseDiacriticsAmpersandAndALeadingGenericWordDoNotMatter() {
    assertEquals("katwijk", LookupKey.of("Gemeente Katwijk"));
    assertEquals("zorg en zekerheid", LookupKey.of("Zorg & Zekerheid"));
    assertEquals("clemence ross van dorp", LookupKey.of("Clémence Ross-Van Dorp"));
    assertEquals(
        "toekomst zorg thuiswonende ouderen",
        LookupKey.of("commissie Toekomst zorg thuiswonende ouderen"));
    assertEquals("gemeente", LookupKey.of("Gemeente"));
  }

  @Test
  void partsAreSurnamesAndNamesWithoutTheirFirstWords() {
    Set<String> parts = LookupKey.parts("Hugo de Jonge");
    assertTrue(parts.containsAll(Set.of("hugo", "de jonge", "jonge")), parts.toString());
    assertFalse(parts.contains("de"), parts.toString());
    assertFalse(parts.contains("hugo de"), parts.toString());
    assertFalse(parts.contains("hugo de jonge"), "the whole name is an exact key, not a part");
    assertTrue(LookupKey.parts("Stichting Informele Zorg Twente").contains("twente"));
  }
}
