package nl.langerthuis.graph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.langerthuis.graph.export.ExportFormat;
import nl.langerthuis.graph.export.GraphExport;
import nl.langerthuis.graph.model.GraphModel;
import nl.langerthuis.graph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --format graphml|jsonl|csv [--out DIR]}: writes the whole graph, every node and
 * relationship with its sources, from the store (embedded or {@code --neo4j-uri}) without a server,
 * for Gephi and yEd (GraphML), pandas and jq (JSON lines), R and spreadsheets (CSV tables).
 *
 * <pre>
 * java -jar langer-thuis-graph.jar export --format csv --out export
 * </pre>
 *
 * A wrong format or an output folder that cannot be written is one line on standard error and exit
 * code 2, before the store opens; the files appear only once they are complete.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the whole graph, every node and relationship with its sources (document, quote, at).",
      "graphml: graph.graphml for Gephi and yEd; jsonl: graph.jsonl, one node or edge a line, for"
          + " pandas and jq; csv: nodes.csv, edges.csv and sources.csv for R and spreadsheets."
    })
final class ExportCommand implements Callable<Integer> {
  private static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "graphml, jsonl or csv.")
  String format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Folder to write into, created if missing; files of the same name are replaced."
              + " Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("export");

  @Override
  public Integer call() throws IOException {
    Optional<ExportFormat> chosen = ExportFormat.named(format);
    if (chosen.isEmpty()) {
      return usageError("--format must be " + ExportFormat.names() + " (got '" + format + "')");
    }
    try {
      GraphExport.checkFolder(out);
    } catch (IllegalArgumentException e) {
      return usageError("--out " + e.getMessage());
    }
    try (GraphStore graph = GraphStore.open(store.config(Duration.ofMinutes(10)))) {
      Optional<String> seed = graph.seedHash();
      if (seed.isEmpty()) {
        throw new IllegalStateException(store.describe() + " holds no graph; run 'load' first");
      }
      GraphExport.Written written =
          GraphExport.write(graph.wholeGraph(), GraphModel.standard(), chosen.get(), out);
      spec.commandLine()
          .getOut()
          .printf(
              "Wrote %d nodes and %d relationships of seed %s to %s%n",
              written.nodes(),
              written.edges(),
              seed.get().substring(0, 12),
              String.join(", ", written.files().stream().map(Path::toString).toList()));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** One line naming the argument, and the usage exit code, as picocli gives a wrong flag. */
  private int usageError(String message) {
    spec.commandLine().getErr().println("error: " + message);
    spec.commandLine().getErr().flush();
    return USAGE;
  }
}
