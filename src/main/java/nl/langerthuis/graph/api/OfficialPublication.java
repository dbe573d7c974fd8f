package nl.langerthuis.graph.api;

import java.util.Optional;
import nl.langerthuis.graph.seed.Kamerstuk;

/**
 * Addresses on the official publication site of the Dutch government (zoek.officielebekendmakingen
 * .nl), where every Kamerstuk has a permanent page named {@code kst-<dossier>-<number>}: the
 * dossier number without spaces, a suffix such as a budget chapter after a hyphen, then the
 * sequence number ({@code 31765-446} becomes {@code kst-31765-446}, {@code 35300-XVI-22} becomes
 * {@code kst-35300-XVI-22}). Only numbers the graph holds are turned into links; nothing is looked
 * up or guessed.
 */
final class OfficialPublication {
  static final String KAMERSTUK_PAGE = "https://zoek.officielebekendmakingen.nl/kst-";

  private OfficialPublication() {}

  /** The page of a Kamerstuk, or empty when {@code kamerstuk} is null or not a Kamerstuk number. */
  static Optional<String> kamerstukUrl(Object kamerstuk) {
    if (!(kamerstuk instanceof String text)) {
      return Optional.empty();
    }
    return Kamerstuk.parse(text).map(canonical -> KAMERSTUK_PAGE + canonical);
  }
}
