package nl.langerthuis.graph.seed;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of seed record and the field that names each of them. Their fields, id prefixes and
 * enum values are not listed here: the schema's model declares them ({@code
 * nl.langerthuis.graph.model.NodeKind#seedFields}), so a new field is a schema edit only.
 */
enum RecordType {
  DOCUMENT("Document", "title"),
  ORGANISATION("Organisation", "name"),
  PERSON("Person", "name"),
  MOTION("Motion", "kamerstuk"),
  COMMITMENT("Commitment", "description"),
  PROGRAMME("Programme", "name"),
  PILOT("Pilot", "name"),
  SUBSIDY("Subsidy", "name"),
  MUNICIPALITY("Municipality", "name"),
  REGION("Region", "name"),
  INTEGRATED_CARE_NETWORK("IntegratedCareNetwork", "name"),
  RECOMMENDATION("Recommendation", "text"),
  MEASUREMENT("Measurement", "metric");

  final String label;

  /** The field that must be present once the records of all files are merged. */
  final String requiredField;

  RecordType(String label, String requiredField) {
    this.label = label;
    this.requiredField = requiredField;
  }

  static Optional<RecordType> byLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }
}
