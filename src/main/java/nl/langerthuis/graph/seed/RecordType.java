package nl.langerthuis.graph.seed;

import static nl.langerthuis.graph.seed.Field.bool;
import static nl.langerthuis.graph.seed.Field.date;
import static nl.langerthuis.graph.seed.Field.ins;
import static nl.langerthuis.graph.seed.Field.integer;
import static nl.langerthuis.graph.seed.Field.number;
import static nl.langerthuis.graph.seed.Field.oneOf;
import static nl.langerthuis.graph.seed.Field.out;
import static nl.langerthuis.graph.seed.Field.outs;
import static nl.langerthuis.graph.seed.Field.report;
import static nl.langerthuis.graph.seed.Field.text;
import static nl.langerthuis.graph.seed.Field.texts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of seed record, their id prefixes and their fields: the seed format's vocabulary in one
 * place.
 */
enum RecordType {
  DOCUMENT(
      "Document",
      "doc/",
      "title",
      text("title"),
      date("date"),
      oneOf(
          "kind",
          "LETTER_TO_PARLIAMENT",
          "PROGRESS_REPORT",
          "MUNICIPAL_POLICY",
          "PARLIAMENTARY_PAPER",
          "REPORT",
          "OTHER"),
      out("publisher", "PUBLISHED_BY", "org/", "mun/", "region/"),
      out("signatory", "SIGNED_BY", "person/"),
      text("kenmerk"),
      text("kamerstuk"),
      texts("renditions")),
  ORGANISATION(
      "Organisation",
      "org/",
      "name",
      text("name"),
      text("abbreviation"),
      oneOf(
          "kind",
          "MINISTRY",
          "MUNICIPALITY",
          "PROVINCE",
          "INSURER",
          "CARE_OFFICE",
          "CARE_PROVIDER",
          "AGENCY",
          "ADVISORY_BODY",
          "ASSOCIATION",
          "KNOWLEDGE_INSTITUTE",
          "POLITICAL_PARTY",
          "PARLIAMENT",
          "FOUNDATION",
          "COMPANY",
          "OTHER"),
      out("partOf", "PART_OF", "org/"),
      outs("memberOf", "MEMBER_OF", "org/")),
  PERSON(
      "Person",
      "person/",
      "name",
      text("name"),
      out("party", "MEMBER_OF", "org/"),
      texts("roles"),
      outs("memberOf", "MEMBER_OF", "org/", "mun/")),
  MOTION(
      "Motion",
      "motion/",
      "kamerstuk",
      text("kamerstuk"),
      oneOf("kind", "MOTION", "AMENDMENT"),
      text("title"),
      text("asks"),
      ins("submitters", "SUBMITTED", "person/"),
      outs("about", "CONCERNS"),
      report("report", "ADOPTED", "IN_PROGRESS", "SETTLED", "REJECTED", "HELD", "WITHDRAWN")),
  COMMITMENT(
      "Commitment",
      "commitment/",
      "description",
      text("description"),
      out("madeBy", "MADE_BY"),
      out("madeTo", "MADE_TO"),
      text("occasion"),
      date("date"),
      date("dueDate"),
      outs("motions", "CONCERNS", "motion/"),
      outs("about", "CONCERNS"),
      report(
          "report",
          "OPEN",
          "FULFILLED",
          "PARTIALLY_FULFILLED",
          "SETTLED",
          "PARTIALLY_SETTLED",
          "LAPSED")),
  PROGRAMME(
      "Programme",
      "programme/",
      "name",
      text("name"),
      oneOf(
          "kind",
          "PROGRAMME",
          "ACTION_LINE",
          "GOAL",
          "ACTION",
          "AGREEMENT",
          "APPROACH",
          "LAW",
          "CAMPAIGN"),
      outs("owners", "OWNED_BY", "org/", "mun/", "region/"),
      out("parent", "PART_OF", "programme/"),
      ins("partners", "PARTNER_IN", "org/", "mun/", "region/", "icn/"),
      outs("funders", "FUNDED_BY", "org/", "mun/", "region/", "subsidy/"),
      activity("status"),
      date("startDate"),
      date("endDate"),
      number("budgetEuro"),
      text("budgetText"),
      ins("motions", "CONCERNS", "motion/")),
  PILOT(
      "Pilot",
      "pilot/",
      "name",
      text("name"),
      out("programme", "PART_OF", "programme/"),
      outs("municipalities", "RUNS_IN", "mun/"),
      outs("regions", "RUNS_IN", "region/"),
      ins("partners", "PARTNER_IN", "org/", "mun/", "region/", "icn/"),
      outs("funders", "FUNDED_BY", "org/", "mun/", "region/", "subsidy/"),
      date("startDate"),
      date("endDate"),
      activity("status")),
  SUBSIDY(
      "Subsidy",
      "subsidy/",
      "name",
      text("name"),
      text("abbreviation"),
      ins("administeredBy", "ADMINISTERS", "org/", "mun/", "region/"),
      outs("funders", "FUNDED_BY", "org/", "mun/", "region/"),
      out("programme", "PART_OF", "programme/"),
      number("budgetEuro"),
      text("budgetText"),
      activity("status"),
      date("startDate"),
      date("endDate")),
  MUNICIPALITY(
      "Municipality",
      "mun/",
      "name",
      text("name"),
      text("cbsCode"),
      out("province", "LIES_IN", "region/"),
      outs("regions", "MEMBER_OF", "region/")),
  REGION(
      "Region",
      "region/",
      "name",
      text("name"),
      oneOf("kind", "PROVINCE", "CARE_OFFICE_REGION", "COOPERATION_REGION", "OTHER"),
      ins("municipalities", "MEMBER_OF", "mun/"),
      bool("hasIntegratedCareNetwork"),
      out("partOf", "PART_OF", "region/")),
  INTEGRATED_CARE_NETWORK(
      "IntegratedCareNetwork",
      "icn/",
      "name",
      text("name"),
      outs("municipalities", "RUNS_IN", "mun/"),
      outs("regions", "RUNS_IN", "region/"),
      ins("partners", "PARTNER_IN", "org/", "mun/", "region/", "icn/"),
      activity("status")),
  RECOMMENDATION(
      "Recommendation",
      "rec/",
      "text",
      integer("number"),
      text("text"),
      out("issuedBy", "ISSUED_BY", "org/"),
      text("response"),
      outs("programmes", "CONCERNS", "programme/")),
  MEASUREMENT(
      "Measurement",
      "fig/",
      "metric",
      text("metric"),
      number("value"),
      text("unit"),
      date("date"),
      out("subject", "MEASURES"),
      bool("approximate"));

  final String label;
  final String prefix;

  /** The field that must be present once the records of all files are merged. */
  final String requiredField;

  private final Map<String, Field> fields = new LinkedHashMap<>();

  RecordType(String label, String prefix, String requiredField, Field... own) {
    this.label = label;
    this.prefix = prefix;
    this.requiredField = requiredField;
    Stream.concat(
            Stream.of(texts("aliases"), text("description"), text("note")), Arrays.stream(own))
        .forEach(f -> fields.put(f.name(), f));
  }

  private static Field activity(String name) {
    return oneOf(name, "PLANNED", "RUNNING", "COMPLETED", "STOPPED", "UNKNOWN");
  }

  Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  static Optional<RecordType> byLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }

  static Optional<RecordType> byId(String id) {
    return Arrays.stream(values()).filter(t -> id.startsWith(t.prefix)).findFirst();
  }
}
