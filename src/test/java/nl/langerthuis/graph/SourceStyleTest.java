package nl.langerthuis.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter does not check: no star imports anywhere (imports say where names come from).
 */
class SourceStyleTest {
  private static final Pattern STAR_IMPORT =
      Pattern.compile("(?m)^import( static)? [\\w.]+\\.\\*;");

  @Test
  void noSourceFileUsesStarImports() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(sources.size() > 30);
    List<Path> offenders =
        sources.stream().filter(p -> STAR_IMPORT.matcher(read(p)).find()).toList();
    assertEquals(List.of(), offenders);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
