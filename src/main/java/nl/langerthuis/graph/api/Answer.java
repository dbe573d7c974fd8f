package nl.langerthuis.graph.api;

import graphql.ExecutionResult;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one request and the snapshot of the graph it was read from: the hash of the seed
 * the graph held for the one statement that answered it. An entity tag made of the snapshot names
 * exactly the data the answer holds, even while a reload commits. Empty when the request read
 * nothing from the graph (introspection only, a refusal, a timeout, a failure).
 */
public record Answer(ExecutionResult result, Optional<String> snapshot) {
  public Answer {
    Objects.requireNonNull(result, "result == null");
    Objects.requireNonNull(snapshot, "snapshot == null");
  }

  static Answer unread(ExecutionResult result) {
    return new Answer(result, Optional.empty());
  }
}
