package nl.langerthuis.graph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed files that cannot be read are refused with the file, the line where there is one, and the
 * rule, in words rather than Java class names.
 */
class YamlFileTest {
  @TempDir Path dir;

  @Test
  void invalidUtf8NamesTheFileAndLine() throws Exception {
    byte[] head = "documents:\n  - id: a\n    title: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = (byte) 0x28;
    String problem = onlyProblem("bad-utf8.yaml", bytes);
    assertTrue(problem.startsWith("bad-utf8.yaml:3: not UTF-8 text"), problem);
  }

  @Test
  void binaryContentNamesTheFileAndLine() throws Exception {
    byte[] bytes = "a: 1\nb: \u0000\u0001\u0002\n".getBytes(StandardCharsets.UTF_8);
    String problem = onlyProblem("binary.yaml", bytes);
    assertTrue(problem.startsWith("binary.yaml:2: contains the control character U+0000"), problem);
  }

  @Test
  void aKeyThatIsNotPlainTextNamesTheFileAndLine() throws Exception {
    String problem =
        onlyProblem("key.yaml", "a: 1\n? [x, y]\n: 2\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(problem.startsWith("key.yaml:2: a key must be plain text"), problem);
  }

  @Test
  void anAliasBombIsRefusedByRule() throws Exception {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = String.valueOf((char) (c - 1));
      yaml.append(c).append(": &").append(c).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)));
      yaml.append("]\n");
    }
    String problem = onlyProblem("bomb.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(problem.startsWith("bomb.yaml: uses more than 50 aliases"), problem);
  }

  private String onlyProblem(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    List<String> problems = new ArrayList<>();
    YamlFile.read(file, problems);
    assertEquals(1, problems.size(), problems.toString());
    String problem = problems.get(0);
    assertFalse(problem.matches("(?s).*\\b(java|org)\\.\\w+.*"), "no class names: " + problem);
    assertFalse(problem.contains("Exception"), problem);
    return problem;
  }
}
