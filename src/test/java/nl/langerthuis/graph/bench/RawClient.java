package nl.langerthuis.graph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The yardstick: a client with its own driver that sends each question to the store as one
 * hand-written Cypher statement over Bolt, in a read transaction with the service's timeout, and
 * writes the answer as JSON, as a minimal service would. No GraphQL, no HTTP.
 */
final class RawClient implements AutoCloseable {
  private static final SessionConfig READ =
      SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
  private final TransactionConfig timeout;
  private final Driver driver;
  private final ObjectMapper json = new ObjectMapper();

  RawClient(String boltUri, String user, String password, Duration timeout) {
    this.timeout = TransactionConfig.builder().withTimeout(timeout).build();
    Config config = Config.builder().withLogging(Logging.none()).build();
    this.driver =
        user == null
            ? GraphDatabase.driver(boltUri, AuthTokens.none(), config)
            : GraphDatabase.driver(boltUri, AuthTokens.basic(user, password), config);
    driver.verifyConnectivity();
  }

  Driver driver() {
    return driver;
  }

  /**
   * The answer, shaped and encoded as the service's {@code data}. A statement that timed out is run
   * again (twice at most), as the service client does: cold statements can be slow on a busy
   * machine.
   */
  JsonNode answer(Workload workload) {
    for (int attempt = 1; ; attempt++) {
      try {
        return json.valueToTree(data(workload));
      } catch (ClientException e) {
        if (attempt == 3 || !String.valueOf(e.code()).contains("TransactionTimedOut")) {
          throw e;
        }
        System.out.println(
            "  " + workload.name() + ": the raw statement timed out, running it again");
      }
    }
  }

  LoadRun.Request request(Workload workload) {
    return () -> json.writeValueAsBytes(data(workload)).length > 0;
  }

  private Object data(Workload workload) {
    try (Session session = driver.session(READ)) {
      Map<String, Object> data =
          session.executeRead(
              tx -> tx.run(workload.cypher(), workload.parameters()).single().get("data").asMap(),
              timeout);
      return Cursors.encodeEndCursors(data);
    }
  }

  /**
   * The sort key after which the last {@code pageSize} programmes follow: the cursor of the last
   * full page.
   */
  String sortKeyBeforeLastPage(int pageSize) {
    try (Session session = driver.session(READ)) {
      long total =
          session
              .executeRead(tx -> tx.run("RETURN COUNT { (:Programme) } AS n").single())
              .get("n")
              .asLong();
      if (total <= pageSize) {
        throw new IllegalStateException("too few programmes for a last page: " + total);
      }
      return session
          .executeRead(
              tx ->
                  tx.run(
                          "MATCH (p:Programme) RETURN p.sortKey AS key ORDER BY key SKIP $skip LIMIT 1",
                          Map.of("skip", total - pageSize - 1))
                      .single())
          .get("key")
          .asString();
    }
  }

  @Override
  public void close() {
    driver.close();
  }
}
