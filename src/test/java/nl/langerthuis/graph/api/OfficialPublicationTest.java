package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficialPublicationTest {
  @Test
  void aKamerstukNumberBecomesItsPageOnTheOfficialPublicationSite() {
    assertEquals(
        Optional.of("https://zoek.officielebekendmakingen.nl/kst-31765-446"),
        OfficialPublication.kamerstukUrl("31765-446"));
    assertEquals(
        Optional.of("https://zoek.officielebekendmakingen.nl/kst-35300-XVI-22"),
        OfficialPublication.kamerstukUrl("35 300-XVI, nr. 22"));
  }

  @Test
  void noNumberNoLink() {
    assertEquals(Optional.empty(), OfficialPublication.kamerstukUrl(null));
    assertEquals(Optional.empty(), OfficialPublication.kamerstukUrl("784721-138284-DMO"));
  }
}
