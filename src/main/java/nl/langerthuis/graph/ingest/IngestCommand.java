package nl.langerthuis.graph.ingest;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest FILE [--out DIR]}: proposes a draft seed file for a new document, for a curator to
 * review; {@code ingest --leave-one-out} measures the rules on the four curated documents.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read a new document (.txt, .md, .pdf, .html) and propose a DRAFT seed file for it: the document,"
          + " its Kamerstuk references, motions with submitters and status statements, commitments,"
          + " organisations, municipalities and persons, figures, and the programmes, pilots and"
          + " subsidies the graph knows. Every proposal quotes the document verbatim and names the rule"
          + " that produced it.",
      "",
      "Written to DIR: <slug>.yaml (the draft, marked 'draft: true'), <slug>.document.yml (its entry for"
          + " documents.yaml), <slug>.review.md (what was linked to existing nodes, what is new, what is"
          + " uncertain and why) and, for PDF or HTML, <slug>.txt (the extracted text the quotes cite).",
      "",
      "The review: 'load' refuses a file marked 'draft: true'. Check each record against the review"
          + " report, correct or delete it, delete the 'draft: true' line, append the document entry to"
          + " documents.yaml, put the rendition in the seed's documents/ folder and move the draft into"
          + " the seed folder; then 'load' validates it like any seed file (graph-seed/README.md).",
      "",
      "--leave-one-out ingests each curated document knowing only the other documents' names and"
          + " prints recall and precision per kind against the curated seed."
    })
public final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The document to ingest.")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the draft and its review report. Default: ${DEFAULT-VALUE}.")
  Path out = Path.of("drafts");

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Id of the new document (doc/...). Default: doc/ and the file name.")
  String id;

  @Option(
      names = "--seed",
      paramLabel = "DIR",
      description =
          "Folder of the curated seed, whose names are linked. Default: ${DEFAULT-VALUE}.")
  Path seed = Path.of("graph-seed");

  @Option(
      names = "--documents",
      paramLabel = "DIR",
      description = "Folder of the seed's source documents. Default: the seed's documents/ folder.")
  Path documents;

  @Option(
      names = "--leave-one-out",
      description = "Measure the rules on the curated documents instead of ingesting FILE.")
  boolean leaveOneOut;

  @Override
  public Integer call() throws Exception {
    Path documentsDir = documents != null ? documents : seed.resolve("documents");
    if (leaveOneOut) {
      LeaveOneOut.print(new LeaveOneOut(seed, documentsDir).measure(), System.out);
      return 0;
    }
    if (file == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing FILE: the document to ingest (or use --leave-one-out)");
    }
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "FILE " + file + " does not exist or is not a file");
    }
    Ingest.Written written = new Ingest(seed, documentsDir).run(file, out, id);
    System.out.println("Draft: " + written.draft());
    System.out.println("  " + written.summary());
    System.out.println("Review report: " + written.review());
    System.out.println("Entry for documents.yaml: " + written.documentEntry());
    System.out.println("Rendition the quotes cite: " + written.rendition());
    System.out.println(
        "'load' refuses the draft until it is reviewed and its 'draft: true' line removed.");
    return 0;
  }
}
