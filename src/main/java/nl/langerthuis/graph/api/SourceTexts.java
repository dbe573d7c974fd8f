package nl.langerthuis.graph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import nl.langerthuis.graph.seed.QuoteText;

/**
 * The texts of the source documents, split into paragraphs, so that a quote can be shown in the
 * paragraph it comes from ({@code Source.context}). Texts are read from the documents folder on
 * first use and kept; a rendition that cannot be read gives no context rather than an error.
 *
 * <pre>{@code
 * texts.around(List.of("003_48f6bcf885ead0a3.txt"), "Datum 24 juni 2015")
 * // Passage[before=..., quote=Datum 24 juni 2015, after=Betreft Voortgangsrapportage ...]
 * }</pre>
 */
@Singleton
public final class SourceTexts {
  /** A paragraph longer than this on one side of the quote is cut at a word. */
  static final int MAX_SIDE = 400;

  /** A blank line, or a line break before a list item ("- ", "* ", "• ", "1. "). */
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\\n[ \\t\\u00a0]*\\n|\\n(?=[ \\t]*(?:[-*•\\uf0b7]|\\d{1,2}\\.)[ \\t])");

  private final Path dir;
  private final Map<String, Optional<Paragraphs>> renditions = new ConcurrentHashMap<>();

  @Inject
  public SourceTexts(Folder folder) {
    this.dir = folder.dir() == null ? null : folder.dir().toAbsolutePath().normalize();
  }

  /** Where the documents the seed quotes live ({@code --documents}); null when there are none. */
  public record Folder(Path dir) {}

  /** No texts at all: every context is null. */
  public static SourceTexts none() {
    return new SourceTexts(new Folder(null));
  }

  /** A quote in its paragraph. */
  record Passage(String before, String quote, String after, String rendition) {}

  /** The quote in the first of {@code renditions} that contains it. */
  Optional<Passage> around(List<?> renditions, String quote) {
    Objects.requireNonNull(quote, "quote == null");
    String wanted = QuoteText.normalise(quote);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    for (Object rendition : renditions) {
      Optional<Passage> passage =
          paragraphs(String.valueOf(rendition)).flatMap(p -> p.around(wanted));
      if (passage.isPresent()) {
        return passage;
      }
    }
    return Optional.empty();
  }

  private Optional<Paragraphs> paragraphs(String rendition) {
    return renditions.computeIfAbsent(rendition, this::read);
  }

  private Optional<Paragraphs> read(String rendition) {
    if (dir == null) {
      return Optional.empty();
    }
    Path file = dir.resolve(rendition).normalize();
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Paragraphs.of(rendition, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A rendition's paragraphs (blocks between blank lines, and list items), each normalised as
   * quotes are, joined by single spaces; {@code starts} holds where each paragraph begins in the
   * joined text.
   */
  private record Paragraphs(String rendition, String joined, int[] starts) {
    static Paragraphs of(String rendition, String raw) {
      StringBuilder joined = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      for (String block : PARAGRAPH_BREAK.split(raw.replace("\r\n", "\n"))) {
        String paragraph = QuoteText.normalise(block);
        if (paragraph.isEmpty()) {
          continue;
        }
        if (joined.length() > 0) {
          joined.append(' ');
        }
        starts.add(joined.length());
        joined.append(paragraph);
      }
      return new Paragraphs(
          rendition, joined.toString(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    Optional<Passage> around(String quote) {
      int at = joined.indexOf(quote);
      if (at < 0) {
        return Optional.empty();
      }
      int end = at + quote.length();
      int from = starts[paragraphAt(at)];
      int last = paragraphAt(end - 1);
      int to = last + 1 < starts.length ? starts[last + 1] - 1 : joined.length();
      return Optional.of(
          new Passage(
              head(joined.substring(from, at)), quote, tail(joined.substring(end, to)), rendition));
    }

    private int paragraphAt(int offset) {
      int i = 0;
      while (i + 1 < starts.length && starts[i + 1] <= offset) {
        i++;
      }
      return i;
    }
  }

  private static String head(String before) {
    if (before.length() <= MAX_SIDE) {
      return before;
    }
    String cut = before.substring(before.length() - MAX_SIDE);
    int space = cut.indexOf(' ');
    return "…" + (space < 0 ? cut : cut.substring(space));
  }

  private static String tail(String after) {
    if (after.length() <= MAX_SIDE) {
      return after;
    }
    String cut = after.substring(0, MAX_SIDE);
    int space = cut.lastIndexOf(' ');
    return (space < 0 ? cut : cut.substring(0, space + 1)) + "…";
  }
}
