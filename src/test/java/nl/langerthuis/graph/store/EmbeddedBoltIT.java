package nl.langerthuis.graph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import nl.langerthuis.graph.api.GraphQLService;
import nl.langerthuis.graph.api.QueryLimits;
import nl.langerthuis.graph.app.SeedLoading;
import nl.langerthuis.graph.support.FreePort;
import nl.langerthuis.graph.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded store's Bolt connector needs the password generated for the store and kept beside
 * it, readable only by its owner; a change made through Bolt is noticed at the next start and
 * undone by a reload.
 */
class EmbeddedBoltIT {
  @Test
  void boltNeedsTheStorePasswordAndATamperedGraphIsReloaded(@TempDir Path data) throws Exception {
    String motion;
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, FreePort.find()))) {
      new SeedLoading(store, System.out).ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false);
      Path file = store.boltPasswordFile().orElseThrow();
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      String uri = store.boltUri().orElseThrow();
      try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
        assertThrows(AuthenticationException.class, anonymous::verifyConnectivity);
      }
      try (Driver wrong = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "neo4j"))) {
        assertThrows(AuthenticationException.class, wrong::verifyConnectivity);
      }
      String password = Files.readString(file).strip();
      try (Driver tool = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password));
          Session session = tool.session()) {
        motion =
            session
                .run(
                    "MATCH (m:Motion) WITH m ORDER BY m.id LIMIT 1"
                        + " SET m.title = 'changed through Bolt' RETURN m.id AS id")
                .single()
                .get("id")
                .asString();
      }
      assertTrue(!store.contentUnchanged(), "the checksum notices the change");
    }
    try (GraphStore store = GraphStore.open(StoreConfig.embedded(data, 0))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean reloaded =
          new SeedLoading(store, new PrintStream(out, true, StandardCharsets.UTF_8))
              .ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false);
      assertTrue(reloaded, out.toString(StandardCharsets.UTF_8));
      assertTrue(
          out.toString(StandardCharsets.UTF_8).contains("changed outside the loader"),
          out.toString(StandardCharsets.UTF_8));
      assertTrue(store.contentUnchanged());
      try (GraphQLService service = new GraphQLService(store, QueryLimits.DEFAULTS)) {
        Object answer =
            service
                .execute("query($id: ID!) { node(id: $id) { label } }", null, Map.of("id", motion))
                .getData();
        assertTrue(
            !String.valueOf(answer).contains("changed through Bolt"), String.valueOf(answer));
      }
      assertTrue(
          !new SeedLoading(store, System.out)
              .ensureLoaded(TestGraph.SEED, TestGraph.DOCUMENTS, false),
          "after the repair the graph is up to date");
    }
  }
}
