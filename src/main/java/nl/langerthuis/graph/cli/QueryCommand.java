package nl.langerthuis.graph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;
import nl.langerthuis.graph.api.SavedQueryParameters;
import nl.langerthuis.graph.server.CsvTable;
import nl.langerthuis.graph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code query NAME [--var k=v ...] [--format json|csv] [--out FILE]}: runs a saved query against
 * the store, without a server, for researchers. CSV follows every page of a paged list into one
 * table; JSON is the GraphQL result of the first page (the command says how to ask for the next).
 *
 * <pre>
 * java -jar langer-thuis-graph.jar query pilots-by-municipality --var municipality=Helmond --format csv --out helmond.csv
 * </pre>
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Run a saved query of queries/ against the store and write its answer as JSON or CSV.")
final class QueryCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin StoreOptions store;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The saved query, e.g. settled-motions.")
  String name;

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "A variable of the query, e.g. --var municipality=Helmond; repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json or csv. Default: ${DEFAULT-VALUE}.")
  Format format = Format.json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "File to write. Default: standard output.")
  Path out;

  @Option(
      names = "--queries",
      paramLabel = "DIR",
      description = "Folder of the saved queries. Default: ${DEFAULT-VALUE}.")
  Path queries = Path.of("queries");

  @Override
  public Integer call() throws IOException {
    Duration timeout = Duration.ofMinutes(1);
    try (GraphStore graph = GraphStore.open(store.config(timeout));
        GraphQLService service =
            new GraphQLService(
                graph,
                new QueryLimits(
                    QueryLimits.DEFAULTS.maxDepth(),
                    QueryLimits.DEFAULTS.maxComplexity(),
                    timeout))) {
      if (graph.seedHash().isEmpty()) {
        throw new IllegalStateException(store.describe() + " holds no graph; run 'load' first");
      }
      SavedQuery query =
          savedQuery(new SavedQueries(new SavedQueries.QueryLibrary(queries), service));
      Map<String, Object> vars = parameters(query, service);
      List<Map<String, Object>> pages = new ArrayList<>();
      String answer = run(service, query, vars, pages);
      if (answer == null) {
        return 1;
      }
      write(answer);
      return 0;
    }
  }

  private SavedQuery savedQuery(SavedQueries library) {
    return library
        .byName(name)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "No saved query '"
                        + name
                        + "' in "
                        + queries
                        + "; there are: "
                        + library.all().stream()
                            .map(SavedQuery::name)
                            .collect(Collectors.joining(", "))));
  }

  private Map<String, Object> parameters(SavedQuery query, GraphQLService service) {
    try {
      return new LinkedHashMap<>(
          SavedQueryParameters.variables(query, variables, service.schema()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The answer's text, following pages for CSV; null (after saying why) when there is none. */
  private String run(
      GraphQLService service,
      SavedQuery query,
      Map<String, Object> vars,
      List<Map<String, Object>> pages)
      throws IOException {
    while (true) {
      ExecutionResult result = service.execute(query.text(), null, vars);
      if (!result.getErrors().isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "error: "
                    + result.getErrors().stream()
                        .map(GraphQLError::getMessage)
                        .collect(Collectors.joining("; ")));
        return null;
      }
      Map<String, Object> data = result.getData();
      Optional<String> missing = CsvTable.nothingFound(query.rows(), data);
      if (missing.isPresent()) {
        spec.commandLine()
            .getErr()
            .println("Nothing found: " + missing.get() + " is null for " + vars);
        return null;
      }
      pages.add(data);
      Map<String, String> next = CsvTable.nextPage(query.rows(), data, vars);
      if (format == Format.json) {
        if (!next.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("More rows follow: run again with " + flags(next) + " for the next page.");
        }
        return new ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(result.toSpecification())
            + "\n";
      }
      if (next.isEmpty()) {
        return CsvTable.of(query.rows(), pages);
      }
      vars.putAll(next);
    }
  }

  private static String flags(Map<String, String> next) {
    return next.entrySet().stream()
        .map(e -> "--var " + e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private void write(String answer) throws IOException {
    if (out == null) {
      spec.commandLine().getOut().print(answer);
      spec.commandLine().getOut().flush();
      return;
    }
    Files.writeString(out, answer, StandardCharsets.UTF_8);
    spec.commandLine().getErr().println("Wrote " + out);
  }
}
