package nl.langerthuis.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store as {@code serve} and {@code load} open it by default: read and written in this
 * JVM, with no port open to anyone, and reads that cannot write.
 */
class EmbeddedStoreIT {

  @Test
  void withoutABoltPortTheStoreListensOnNoPort(@TempDir Path data) throws IOException {
    try (ServerSocket control = new ServerSocket(0)) {
      Set<String> withControl = listeningSockets();
      assertTrue(
          withControl.stream()
              .anyMatch(s -> s.contains(":%04X ".formatted(control.getLocalPort()))),
          "the check sees a socket this JVM listens on: " + withControl);
    }
    Set<String> before = listeningSockets();
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0))) {
      store.applySchema();
      Set<String> opened = listeningSockets();
      opened.removeAll(before);
      assertEquals(Set.of(), opened, "sockets this JVM listens on since the store opened");
      assertTrue(store.boltUri().isEmpty());
      assertTrue(store.boltPasswordFile().isEmpty());
      assertTrue(Files.notExists(data.resolve(EmbeddedNeo4j.PASSWORD_FILE)));
    }
  }

  @Test
  void aReadTransactionCannotWrite(@TempDir Path data) {
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0))) {
      CypherRunner runner = store.runner();
      StoreException refused =
          assertThrows(
              StoreException.class,
              () -> runner.read(Duration.ofSeconds(5), tx -> tx.run("CREATE (:Entity {id: 'x'})")));
      assertTrue(refused.getMessage().contains("Neo4j read failed"), refused.getMessage());
      assertEquals(
          List.of(0L),
          runner
              .read(Duration.ofSeconds(5), tx -> tx.run("RETURN COUNT { (:Entity) } AS n"))
              .stream()
              .map(row -> row.get("n"))
              .toList());
    }
  }

  @Test
  void valuesComeBackAsTheDriverGivesThem(@TempDir Path data) {
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0))) {
      store.runner().write(tx -> tx.run("CREATE (:Entity {id: 'x', ints: [1, 2], n: 3, f: 1.5})"));
      var row =
          store
              .runner()
              .read(
                  Duration.ofSeconds(5),
                  tx -> tx.run("MATCH (n:Entity {id: 'x'}) RETURN n.ints AS ints, n {.n, .f} AS m"))
              .get(0);
      assertEquals(List.of(1L, 2L), row.get("ints"));
      assertEquals(java.util.Map.of("n", 3L, "f", 1.5), row.get("m"));
    }
  }

  /** Inodes of the TCP sockets this process listens on (Linux). */
  private static Set<String> listeningSockets() throws IOException {
    Set<String> mine = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            mine.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException gone) {
          // a descriptor closed while we looked
        }
      }
    }
    Set<String> listening = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        if (columns[3].equals("0A") && mine.contains(columns[9])) {
          listening.add(columns[1] + " inode " + columns[9]);
        }
      }
    }
    return listening;
  }
}
