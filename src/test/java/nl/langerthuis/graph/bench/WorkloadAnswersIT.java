package nl.langerthuis.graph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.langerthuis.graph.store.StoreConfig;
import nl.langerthuis.graph.support.BoltLogin;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmark's hand-written Cypher answers exactly what the service answers, on the seed graph:
 * so the benchmark compares equal work, and a change in the API's answers shows here before the
 * benchmark refuses to run.
 */
@ExtendWith(TestGraphExtension.class)
class WorkloadAnswersIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static RawClient raw;

  @BeforeAll
  static void connect() {
    StoreConfig config = TestGraph.get().store().config();
    raw =
        new RawClient(
            TestGraph.get().store().boltUri().orElseThrow(),
            config.isEmbedded() ? BoltLogin.USER : config.user(),
            config.isEmbedded() ? BoltLogin.password(TestGraph.get().store()) : config.password(),
            Duration.ofSeconds(30));
  }

  @AfterAll
  static void disconnect() {
    if (raw != null) {
      raw.close();
    }
  }

  static Stream<Named<Workload>> workloads() {
    List<Workload> all = new Workloads(Path.of("")).all(raw.sortKeyBeforeLastPage(Workloads.PAGE));
    return all.stream().map(w -> Named.of(w.name(), w));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workloads")
  void rawCypherAnswersWhatTheServiceAnswers(Workload workload) {
    ExecutionResult result =
        TestGraph.get().graphQL().execute(workload.graphql(), null, workload.variables());
    assertEquals(List.of(), result.getErrors());
    JsonNode service = Answers.normalised(JSON.valueToTree(result.getData()));
    JsonNode fromRaw = Answers.normalised(raw.answer(workload));

    assertTrue(service.toString().length() > 100, "a real answer: " + service);
    assertEquals(Optional.empty(), Answers.firstDifference(service, fromRaw));
  }
}
