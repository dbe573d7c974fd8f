package nl.langerthuis.graph.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formats {@code export} writes, each with the files it makes in the output folder. */
public enum ExportFormat {
  /** One GraphML file for Gephi and yEd: every attribute declared with a typed key. */
  GRAPHML(List.of(GraphMlWriter.FILE), GraphMlWriter::new),
  /** One JSON object per line, nodes then edges, for pandas and jq. */
  JSONL(List.of(JsonLinesWriter.FILE), JsonLinesWriter::new),
  /** Tables for R and spreadsheets: nodes, edges, and the sources of both, one quote a row. */
  CSV(
      List.of(CsvTablesWriter.NODES, CsvTablesWriter.EDGES, CsvTablesWriter.SOURCES),
      CsvTablesWriter::new);

  private final List<String> files;
  private final Function<Path, ExportWriter> writer;

  ExportFormat(List<String> files, Function<Path, ExportWriter> writer) {
    this.files = files;
    this.writer = writer;
  }

  /** The format of this name on the command line ({@code graphml}, {@code jsonl}, {@code csv}). */
  public static Optional<ExportFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.flag().equals(name)).findFirst();
  }

  /** The names {@link #named} accepts, for messages: "graphml, jsonl or csv". */
  public static String names() {
    List<String> names = Arrays.stream(values()).map(ExportFormat::flag).toList();
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + names.get(names.size() - 1);
  }

  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names of the files this format writes. */
  public List<String> files() {
    return files;
  }

  ExportWriter writerInto(Path folder) {
    return writer.apply(folder);
  }
}
