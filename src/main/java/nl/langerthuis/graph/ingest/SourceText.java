package nl.langerthuis.graph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text of a document as ingest reads it and as the draft quotes it. Plain text and Markdown are
 * read as they are, so that the file itself becomes the rendition; the text of a PDF (Apache
 * PDFBox) or of an HTML publication (jsoup) is extracted, and that extracted text is the rendition
 * the draft's quotes are checked against.
 *
 * @param name the file name the text was read from
 * @param text the text every quote must occur in
 * @param extracted true when {@code text} was extracted from a PDF or HTML file and must be saved
 *     as its own rendition
 */
public record SourceText(String name, String text, boolean extracted) {

  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, caption, pre";

  /** Reads a {@code .txt}, {@code .md}, {@code .pdf} or {@code .html}/{@code .htm} file. */
  public static SourceText read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return new SourceText(name, pdf(file), true);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return new SourceText(name, html(Files.readString(file, StandardCharsets.UTF_8)), true);
    }
    return new SourceText(name, Files.readString(file, StandardCharsets.UTF_8), false);
  }

  private static String pdf(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setParagraphStart("\n");
      return stripper.getText(document);
    }
  }

  /**
   * One block of text per heading, paragraph, list item or table cell, separated by blank lines;
   * headings keep a Markdown {@code #} so that sections are recognised as in the Markdown corpus.
   */
  static String html(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder text = new StringBuilder();
    for (Element block : body.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // its inner blocks are read on their own
      }
      String line = block.text().strip();
      if (line.isEmpty()) {
        continue;
      }
      if (block.is("h1, h2, h3, h4, h5, h6")) {
        text.append("#".repeat(Integer.parseInt(block.tagName().substring(1)))).append(' ');
      } else if (block.is("li")) {
        text.append("- ");
      }
      text.append(line).append("\n\n");
    }
    return text.toString();
  }
}
