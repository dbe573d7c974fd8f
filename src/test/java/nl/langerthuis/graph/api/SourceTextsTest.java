package nl.langerthuis.graph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes found in the paragraphs of the real source documents. */
class SourceTextsTest {
  private static final SourceTexts TEXTS =
      new SourceTexts(new SourceTexts.Folder(Path.of("graph-seed/documents")));
  private static final List<String> JUNE_LETTER =
      List.of("000_b9b54dacc9219ee2.txt", "002_3e3273ebad9cea64.txt");

  @Test
  void aQuoteComesWithTheRestOfItsParagraph() {
    SourceTexts.Passage passage =
        TEXTS
            .around(JUNE_LETTER, "De RIVM monitor voor dit programma zal wel voor het zomerreces")
            .orElseThrow();
    assertEquals("000_b9b54dacc9219ee2.txt", passage.rendition(), "the clean rendition first");
    assertTrue(passage.before().startsWith("Het programma bevindt zich in het tweede jaar"));
    assertEquals(" worden afgerond.", passage.after());
  }

  @Test
  void markupAndTypographicQuotesAreNormalisedAsTheLoaderDoes() {
    SourceTexts.Passage passage =
        TEXTS
            .around(List.of("003_48f6bcf885ead0a3.txt"), "Kenmerk 784721-138284-DMO")
            .orElseThrow();
    assertEquals("", passage.before());
    assertEquals("Kenmerk 784721-138284-DMO", passage.quote());
  }

  @Test
  void aQuoteOnlyThePdfRenditionHasIsFoundThereAcrossItsHardLineBreaks() {
    // The PDF text of the June letter says "uitgeprobeerd" where the clean text says "uitgetoetst".
    SourceTexts.Passage passage =
        TEXTS
            .around(JUNE_LETTER, "subsidieregeling van ZONMW zitten uitgeprobeerd en onderzocht")
            .orElseThrow();
    assertEquals("002_3e3273ebad9cea64.txt", passage.rendition());
    assertTrue(passage.before().contains("Veel van deze hoofdvragen"), passage.before());
  }

  @Test
  void aLongParagraphIsCutAtAWordOnEachSide() {
    SourceTexts.Passage passage =
        TEXTS
            .around(
                List.of("001_b36270344f33f2e6.txt"), "Stimuleringsregeling E-health Thuis (SET)")
            .orElseThrow();
    assertTrue(passage.before().length() <= SourceTexts.MAX_SIDE + 1);
    assertTrue(passage.after().length() <= SourceTexts.MAX_SIDE + 1);
  }

  @Test
  void noFolderOrNoMatchGivesNoPassage() {
    assertEquals(Optional.empty(), SourceTexts.none().around(JUNE_LETTER, "De RIVM monitor"));
    assertEquals(Optional.empty(), TEXTS.around(JUNE_LETTER, "words no letter contains"));
    assertEquals(Optional.empty(), TEXTS.around(List.of("../../pom.xml"), "project"));
  }
}
