package nl.langerthuis.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import nl.langerthuis.graph.store.GraphStore;

/**
 * The password of an embedded store's Bolt connector, for tests and tools that log in over Bolt.
 */
public final class BoltLogin {
  public static final String USER = "neo4j";

  private BoltLogin() {}

  public static String password(GraphStore store) {
    try {
      return Files.readString(store.boltPasswordFile().orElseThrow()).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
