package nl.langerthuis.graph.cli;

/** Entry point of {@code java -jar langer-thuis-graph.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(RootCommand.run(args));
  }
}
