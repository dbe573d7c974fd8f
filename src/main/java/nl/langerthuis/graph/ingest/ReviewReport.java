package nl.langerthuis.graph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The curator's checklist for a draft, in Markdown: what was linked to existing nodes, what is new,
 * what is uncertain and why, and every proposal with the rule that made it.
 */
final class ReviewReport {
  private ReviewReport() {}

  static String summary(Draft d) {
    long linked = count(d, Draft.Resolution.LINKED);
    long created = count(d, Draft.Resolution.NEW);
    long uncertain = count(d, Draft.Resolution.UNCERTAIN);
    return String.format(
        "%d Kamerstuk references (%d motions), %d status events, %d commitments, actors: %d linked, %d new, %d uncertain; %d figures; %d programmes, pilots and subsidies named",
        d.references().size(),
        d.motions().size(),
        d.statusEvents().size(),
        d.commitments().size(),
        linked,
        created,
        uncertain,
        d.figures().size(),
        d.mentions().size());
  }

  private static long count(Draft d, Draft.Resolution r) {
    return d.actors().stream().filter(a -> a.resolution() == r).count();
  }

  static String write(Draft d, String source, int notVerbatim) {
    StringBuilder s = new StringBuilder();
    Draft.Document doc = d.document();
    s.append("# Review of the ingest draft of ").append(source).append("\n\n");
    s.append(summary(d)).append(".\n\n");
    s.append(
        "Every proposal names the rule that produced it. Accept, correct or delete each record in the draft;\n");
    s.append(
        "then delete its `draft: true` line and follow \"How to add a document\" in graph-seed/README.md.\n");
    if (notVerbatim > 0) {
      s.append("\n")
          .append(notVerbatim)
          .append(" sentence(s) could not be quoted verbatim and were not used.\n");
    }
    s.append("\n## The document (").append(doc.rule()).append(")\n\n");
    s.append("| field | proposed |\n|---|---|\n");
    row(s, "id", doc.id());
    row(s, "title", doc.title());
    row(s, "date", doc.date());
    row(s, "kind", doc.kind());
    row(s, "publisher", doc.publisher());
    row(s, "signatory", doc.signatory());
    row(s, "kenmerk", doc.kenmerk());
    row(s, "own Kamerstuk", doc.kamerstuk());
    for (Draft.Resolution resolution : Draft.Resolution.values()) {
      List<Draft.Actor> actors =
          d.actors().stream().filter(a -> a.resolution() == resolution).toList();
      s.append("\n## Actors: ")
          .append(resolution.name().toLowerCase())
          .append(" (")
          .append(actors.size())
          .append(")\n\n");
      s.append("| id | type | why | rule | first mention |\n|---|---|---|---|---|\n");
      for (Draft.Actor a : actors) {
        s.append("| ")
            .append(a.id())
            .append(" | ")
            .append(a.type())
            .append(" | ")
            .append(cell(a.why()))
            .append(" | ")
            .append(a.rule())
            .append(" | ")
            .append(cell(a.quotes().get(0).quote()))
            .append(" |\n");
      }
    }
    s.append("\n## Kamerstuk references (").append(d.references().size()).append(")\n\n");
    s.append("| number | paper | rule | sentence |\n|---|---|---|---|\n");
    for (Draft.Reference r : d.references()) {
      s.append("| ")
          .append(r.kamerstuk())
          .append(" | ")
          .append(r.paper())
          .append(" | ")
          .append(r.rule())
          .append(" | ")
          .append(cell(r.quotes().get(0).quote()))
          .append(" |\n");
    }
    s.append("\n## Motions and status events (").append(d.motions().size()).append(")\n\n");
    s.append("| motion | submitters | status | status rule | statement |\n|---|---|---|---|---|\n");
    for (Draft.StatusEvent e : d.statusEvents()) {
      Draft.Motion m =
          d.motions().stream().filter(x -> x.id().equals(e.motionId())).findFirst().orElseThrow();
      s.append("| ")
          .append(m.id())
          .append(m.known() ? " (known)" : " (new)")
          .append(" | ")
          .append(String.join(", ", m.submitters()))
          .append(" | ")
          .append(e.status())
          .append(e.guessed() ? " **uncertain: no statement found**" : "")
          .append(" | ")
          .append(e.rule())
          .append(" | ")
          .append(cell(e.quote().quote()))
          .append(" |\n");
    }
    s.append("\n## Commitments (").append(d.commitments().size()).append(")\n\n");
    s.append(
        "| id | status | occasion | date | due | rule | sentence |\n|---|---|---|---|---|---|---|\n");
    for (Draft.Commitment c : d.commitments()) {
      s.append("| ")
          .append(c.id())
          .append(" | ")
          .append(c.status())
          .append(" | ")
          .append(cell(c.occasion()))
          .append(" | ")
          .append(cell(c.date()))
          .append(" | ")
          .append(cell(c.dueDate()))
          .append(" | ")
          .append(c.rule())
          .append(" | ")
          .append(cell(c.quote().quote()))
          .append(" |\n");
    }
    s.append("\n## Figures (").append(d.figures().size()).append(")\n\n");
    s.append(
        "| id | value | unit | date | approx. | rule | sentence |\n|---|---:|---|---|---|---|---|\n");
    for (Draft.Figure f : d.figures()) {
      s.append("| ")
          .append(f.id())
          .append(" | ")
          .append(DraftWriter.number(f.value()))
          .append(" | ")
          .append(f.unit())
          .append(" | ")
          .append(cell(f.date()))
          .append(" | ")
          .append(f.approximate() ? "yes" : "")
          .append(" | ")
          .append(f.rule())
          .append(" | ")
          .append(cell(f.quote().quote()))
          .append(" |\n");
    }
    s.append("\n## Programmes, pilots and subsidies named (")
        .append(d.mentions().size())
        .append(")\n\n");
    s.append(
        d.mentions().stream()
            .map(m -> "- " + m.id() + " (\"" + m.form() + "\")")
            .collect(Collectors.joining("\n")));
    s.append('\n');
    return s.toString();
  }

  private static void row(StringBuilder s, String field, String value) {
    s.append("| ").append(field).append(" | ").append(cell(value)).append(" |\n");
  }

  private static String cell(String text) {
    if (text == null) {
      return "";
    }
    String one = text.replaceAll("\\s+", " ").replace("|", "\\|");
    return one.length() > 160 ? one.substring(0, 159) + "…" : one;
  }
}
