package nl.langerthuis.graph.seed;

/**
 * How much of a date a document gives: a day ({@code 2015-06-24}), a month ({@code 2020-06}) or
 * only a year ({@code 2023}). Stored beside each date as {@code <field>Precision}.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  /**
   * The precision of a seed date in the form {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   */
  public static DatePrecision of(String date) {
    return switch (date.split("-").length) {
      case 1 -> YEAR;
      case 2 -> MONTH;
      default -> DAY;
    };
  }
}
