package nl.langerthuis.graph.cli;

import java.io.PrintWriter;
import nl.langerthuis.graph.ingest.IngestCommand;
import nl.langerthuis.graph.seed.SeedException;
import nl.langerthuis.graph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code langer-thuis-graph serve|load}: the command line. Wrong flags print the usage and exit 2;
 * a seed that fails validation or an unreachable store print what is wrong and exit 1.
 */
@Command(
    name = "langer-thuis-graph",
    mixinStandardHelpOptions = true,
    version = "langer-thuis-graph 0.1.0",
    description =
        "Knowledge graph of the Dutch Langer Thuis programme and informal-care policy, served over GraphQL.",
    subcommands = {
      ServeCommand.class,
      LoadCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      IngestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RootCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use 'serve' or 'load'");
  }

  /** Runs the command line and returns the process exit code. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.setExecutionExceptionHandler(RootCommand::failure);
    return commandLine.execute(args);
  }

  private static int failure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof SeedException || e instanceof StoreException) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
    err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    err.flush();
    return 1;
  }
}
