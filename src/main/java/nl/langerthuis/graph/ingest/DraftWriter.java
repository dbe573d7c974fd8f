package nl.langerthuis.graph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link Draft} in the seed format: a document file ({@code draft: true}, {@code
 * document:}, {@code records:}, {@code notMotions:}) and the entry for {@code documents.yaml}.
 * Every record is preceded by a comment naming the rule that proposed it and, for actors, how it
 * was resolved. Records linked to an existing id carry only quotes and references, so that they
 * merge with the seed without restating (and risking to contradict) what it already says.
 */
final class DraftWriter {
  private final Draft draft;
  private final Gazetteer gazetteer;
  private final StringBuilder out = new StringBuilder();

  private DraftWriter(Draft draft, Gazetteer gazetteer) {
    this.draft = draft;
    this.gazetteer = gazetteer;
  }

  /** The draft document file. */
  static String documentFile(Draft draft, Gazetteer gazetteer, String sourceName) {
    return new DraftWriter(draft, gazetteer).write(sourceName);
  }

  /** The entry to append to {@code documents.yaml}. */
  static String documentsEntry(Draft draft, String rendition) {
    Draft.Document d = draft.document();
    StringBuilder s = new StringBuilder();
    s.append("# The entry for graph-seed/documents.yaml, proposed by ")
        .append(d.rule())
        .append(
            ": once reviewed,\n# append it as it stands: cat THIS_FILE >> graph-seed/documents.yaml\n");
    if (d.kenmerk() != null) {
      s.append("# kenmerk ").append(d.kenmerk()).append('\n');
    }
    if (d.kamerstuk() != null) {
      s.append("# own Kamerstuk number: ").append(d.kamerstuk()).append('\n');
    }
    s.append("  - id: ").append(d.id()).append('\n');
    s.append("    title: ")
        .append(quoted(d.title() != null ? d.title() : "TODO title"))
        .append('\n');
    if (d.date() != null) {
      s.append("    date: ").append(quoted(d.date())).append('\n');
    }
    s.append("    kind: ").append(d.kind()).append('\n');
    if (d.publisher() != null) {
      s.append("    publisher: ").append(d.publisher()).append('\n');
    }
    if (d.signatory() != null) {
      s.append("    signatory: ").append(d.signatory()).append('\n');
    }
    s.append("    renditions: [").append(quoted(rendition)).append("]\n");
    s.append("    quotes:\n");
    if (d.title() != null) {
      s.append("      - text: ").append(quoted(d.title())).append("\n        at: title\n");
    }
    for (Passage p : d.quotes()) {
      quote(s, p, "      ");
    }
    return s.toString();
  }

  private String write(String sourceName) {
    out.append("# Ingest draft of ")
        .append(sourceName)
        .append(": machine proposals, not yet facts.\n");
    out.append(
        "# The loader refuses this file while 'draft: true' stands. Review every record against\n");
    out.append(
        "# the .review.md beside it (linked, new, uncertain and why), correct or delete, then\n");
    out.append("# follow \"How to add a document\" in graph-seed/README.md.\n");
    out.append("draft: true\n");
    out.append("document: ").append(draft.document().id()).append('\n');
    out.append("records:\n");
    section("Organisations, municipalities, regions and persons");
    draft.actors().forEach(this::actor);
    section("Motions and amendments, each with this document's status statement");
    draft.motions().forEach(this::motion);
    section("Commitments (toezeggingen)");
    draft.commitments().forEach(this::commitment);
    section("Programmes, pilots and subsidies the graph knows, named here");
    draft.mentions().forEach(this::mention);
    section("Figures");
    draft.figures().forEach(this::figure);
    List<Draft.Reference> others = draft.references().stream().filter(r -> !r.isMotion()).toList();
    if (!others.isEmpty()) {
      out.append("\nnotMotions:\n");
      for (Draft.Reference r : others) {
        out.append("  # rule: ").append(r.rule()).append('\n');
        out.append("  - ref: ").append(quoted(r.kamerstuk())).append('\n');
        out.append("    quote: ").append(quoted(r.quotes().get(0).quote())).append('\n');
        out.append("    why: ")
            .append(quoted(paperWords(r.paper()) + " (" + r.quotes().get(0).at() + ")"))
            .append('\n');
      }
    }
    return out.toString();
  }

  private void section(String title) {
    out.append("\n  # ---------------------------------------------------------------- ")
        .append(title)
        .append('\n');
  }

  private void actor(Draft.Actor a) {
    comment(a.resolution() + " by " + a.rule() + ": " + a.why());
    out.append("  - id: ").append(a.id()).append('\n');
    out.append("    type: ").append(a.type()).append('\n');
    if (a.resolution() == Draft.Resolution.NEW) {
      out.append("    name: ").append(quoted(a.name())).append('\n');
      if (a.abbreviation() != null) {
        out.append("    abbreviation: ").append(quoted(a.abbreviation())).append('\n');
      }
      if (a.kind() != null) {
        out.append("    kind: ").append(a.kind()).append('\n');
      }
    }
    quotes(a.quotes());
  }

  private void motion(Draft.Motion m) {
    Draft.StatusEvent event =
        draft.statusEvents().stream()
            .filter(e -> e.motionId().equals(m.id()))
            .findFirst()
            .orElse(null);
    comment(
        (m.known() ? "LINKED (the graph knows " + m.id() + ")" : "NEW")
            + " by "
            + m.rule()
            + (event == null
                ? ""
                : "; status by "
                    + event.rule()
                    + (event.guessed() ? " (no statement found: a guess)" : "")));
    out.append("  - id: ").append(m.id()).append('\n');
    out.append("    type: Motion\n");
    out.append("    kamerstuk: ").append(quoted(m.kamerstuk())).append('\n');
    if (!m.known()) {
      out.append("    kind: ")
          .append(m.kind().equals("AMENDMENT") ? "AMENDMENT" : "MOTION")
          .append('\n');
      if (m.asks() != null) {
        out.append("    asks: ").append(quoted(m.asks())).append('\n');
      }
    }
    List<String> submitters = m.submitters().stream().filter(this::exists).toList();
    if (!submitters.isEmpty()) {
      out.append("    submitters: [").append(String.join(", ", submitters)).append("]\n");
    }
    if (event != null) {
      out.append("    report:\n");
      out.append("      status: ").append(event.status()).append('\n');
      out.append("      quote: ").append(quoted(event.quote().quote())).append('\n');
      out.append("      at: ").append(quoted(event.quote().at())).append('\n');
    }
    quotes(m.quotes());
  }

  private void commitment(Draft.Commitment c) {
    comment(
        c.rule()
            + "; status "
            + c.status()
            + (c.status().equals("FULFILLED")
                ? " (the sentence says so)"
                : " (nothing says it was kept)"));
    out.append("  - id: ").append(c.id()).append('\n');
    out.append("    type: Commitment\n");
    out.append("    description: ").append(quoted(c.description())).append('\n');
    if (draft.document().publisher() != null) {
      out.append("    madeBy: ").append(draft.document().publisher()).append('\n');
    }
    if (c.madeTo() != null) {
      out.append("    madeTo: ").append(c.madeTo()).append('\n');
    }
    if (c.occasion() != null) {
      out.append("    occasion: ").append(quoted(c.occasion())).append('\n');
    }
    if (c.date() != null) {
      out.append("    date: ").append(quoted(c.date())).append('\n');
    }
    if (c.dueDate() != null) {
      out.append("    dueDate: ").append(quoted(c.dueDate())).append('\n');
    }
    out.append("    report:\n");
    out.append("      status: ").append(c.status()).append('\n');
    out.append("      quote: ").append(quoted(c.quote().quote())).append('\n');
    out.append("      at: ").append(quoted(c.quote().at())).append('\n');
    quotes(List.of(c.quote()));
  }

  private void mention(Draft.Mention m) {
    List<String> places = m.places().keySet().stream().filter(this::exists).toList();
    List<String> partners = m.partners().keySet().stream().filter(this::exists).toList();
    comment(
        "LINKED by "
            + m.rule()
            + ": \""
            + m.form()
            + "\""
            + (places.isEmpty() ? "" : "; places by pilot-places-in-sentence")
            + (partners.isEmpty() ? "" : "; partners by partners-in-sentence"));
    out.append("  - id: ").append(m.id()).append('\n');
    out.append("    type: ").append(m.type()).append('\n');
    references("municipalities", places, m.places());
    references("partners", partners, m.partners());
    quotes(m.quotes());
  }

  /** References that cite the sentence saying them, not every quote of the record. */
  private void references(String field, List<String> ids, java.util.Map<String, Passage> saidIn) {
    if (ids.isEmpty()) {
      return;
    }
    out.append("    ").append(field).append(":\n");
    for (String id : ids) {
      out.append("      - id: ").append(id).append('\n');
      out.append("        quotes:\n");
      quote(out, saidIn.get(id), "          ");
    }
  }

  private void figure(Draft.Figure f) {
    comment(f.rule() + (f.approximate() ? "; an approximation, kept as one" : ""));
    out.append("  - id: ").append(f.id()).append('\n');
    out.append("    type: Measurement\n");
    out.append("    metric: ").append(quoted(f.metric())).append('\n');
    out.append("    value: ").append(number(f.value())).append('\n');
    out.append("    unit: ").append(quoted(f.unit())).append('\n');
    if (f.date() != null) {
      out.append("    date: ").append(quoted(f.date())).append('\n');
    }
    if (f.approximate()) {
      out.append("    approximate: true\n");
    }
    quotes(List.of(f.quote()));
  }

  private boolean exists(String id) {
    return gazetteer.byId(id).isPresent()
        || draft.actors().stream().anyMatch(a -> a.id().equals(id));
  }

  private void comment(String text) {
    out.append("  # ").append(text.replace('\n', ' ')).append('\n');
  }

  private void quotes(List<Passage> passages) {
    out.append("    quotes:\n");
    Set<String> seen = new LinkedHashSet<>();
    for (Passage p : passages) {
      if (seen.add(p.quote())) {
        quote(out, p, "      ");
      }
    }
  }

  private static void quote(StringBuilder s, Passage p, String indent) {
    s.append(indent).append("- text: ").append(quoted(p.quote())).append('\n');
    s.append(indent).append("  at: ").append(quoted(p.at())).append('\n');
  }

  /** Every quote the draft proposes, for checking. */
  static List<String> quotes(Draft draft) {
    List<String> quotes = new ArrayList<>();
    draft.actors().forEach(a -> a.quotes().forEach(p -> quotes.add(p.quote())));
    draft.motions().forEach(m -> m.quotes().forEach(p -> quotes.add(p.quote())));
    draft.statusEvents().forEach(e -> quotes.add(e.quote().quote()));
    draft.commitments().forEach(c -> quotes.add(c.quote().quote()));
    draft.mentions().forEach(m -> m.quotes().forEach(p -> quotes.add(p.quote())));
    draft.figures().forEach(f -> quotes.add(f.quote().quote()));
    draft.references().forEach(r -> quotes.add(r.quotes().get(0).quote()));
    draft.document().quotes().forEach(p -> quotes.add(p.quote()));
    if (draft.document().title() != null) {
      quotes.add(draft.document().title());
    }
    return quotes;
  }

  private static String paperWords(String paper) {
    return switch (paper) {
      case "LETTER" -> "a letter, as the sentence citing it says";
      case "REPORT" -> "a report, monitor or advice, as the sentence citing it says";
      case "BILL" -> "a bill, as the sentence citing it says";
      default -> "cited without saying it is a motion or amendment: check";
    };
  }

  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  /** A YAML double-quoted scalar on one line. */
  static String quoted(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return "\""
        + oneLine
            .chars()
            .mapToObj(c -> c == '"' ? "\\\"" : c == '\\' ? "\\\\" : Character.toString(c))
            .collect(Collectors.joining())
        + "\"";
  }
}
