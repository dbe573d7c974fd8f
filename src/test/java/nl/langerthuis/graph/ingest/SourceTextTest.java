package nl.langerthuis.graph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and HTML are read into text the draft can quote; plain text is taken as it is. */
class SourceTextTest {
  @TempDir Path dir;

  @Test
  void aPdfIsReadThroughPdfBoxAndMarkedAsExtracted() throws IOException {
    Path pdf = dir.resolve("brief.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.newLineAtOffset(72, 700);
        text.showText("Hiermee beschouw ik de motie als afgedaan.");
        text.endText();
      }
      document.save(pdf.toFile());
    }

    SourceText source = SourceText.read(pdf);

    assertTrue(source.extracted());
    assertTrue(source.text().contains("Hiermee beschouw ik de motie als afgedaan."), source.text());
  }

  @Test
  void htmlBecomesOneBlockPerParagraphWithMarkdownHeadings() throws IOException {
    Path html = dir.resolve("brief.html");
    Files.writeString(
        html,
        "<html><head><title>x</title><script>var a = 1;</script></head><body>"
            + "<h2>Tijdelijk verblijf</h2><p>Ik informeer u hierover, conform de motie Bergkamp en"
            + " Veldman.</p><ul><li>De motie Bergkamp/Veldman is hiermee afgedaan.</li></ul>"
            + "</body></html>");

    SourceText source = SourceText.read(html);
    List<Passage> passages = Extractor.sentences(source.text()).usable();

    assertTrue(source.extracted());
    assertFalse(source.text().contains("var a"), "scripts are not text");
    assertEquals("Tijdelijk verblijf", passages.get(0).at());
    assertEquals(
        List.of(
            "Ik informeer u hierover, conform de motie Bergkamp en Veldman.",
            "De motie Bergkamp/Veldman is hiermee afgedaan."),
        passages.stream().map(Passage::quote).toList());
  }

  @Test
  void markdownIsItsOwnRendition() throws IOException {
    Path md = dir.resolve("brief.md");
    Files.writeString(md, "# Titel\n\nEen zin.\n");

    SourceText source = SourceText.read(md);

    assertFalse(source.extracted());
    assertEquals("# Titel\n\nEen zin.\n", source.text());
  }
}
