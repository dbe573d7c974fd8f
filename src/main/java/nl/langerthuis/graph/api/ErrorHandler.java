package nl.langerthuis.graph.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.langerthuis.graph.store.QueryTimeoutException;
import nl.langerthuis.graph.store.StoreException;

/**
 * Turns exceptions from data fetchers into GraphQL errors. Known ones carry a clear message and a
 * code; anything else is logged once with an id and reported by that id, never with a stack trace.
 */
final class ErrorHandler implements DataFetcherExceptionHandler {
  private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());

  enum Code implements ErrorClassification {
    BAD_USER_INPUT,
    TIMEOUT,
    STORE_UNAVAILABLE,
    OVERLOADED,
    COMPLEXITY_LIMIT_EXCEEDED,
    INTERNAL_ERROR
  }

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters params) {
    Throwable cause = unwrap(params.getException());
    GraphqlErrorBuilder<?> error =
        GraphqlErrorBuilder.newError().path(params.getPath()).location(params.getSourceLocation());
    GraphQLError built;
    if (cause instanceof ArgumentException e) {
      built =
          error
              .message(e.getMessage())
              .errorType(Code.BAD_USER_INPUT)
              .extensions(Map.of("code", "BAD_USER_INPUT", "argument", e.argument()))
              .build();
    } else if (cause instanceof QueryTimeoutException e) {
      built =
          coded(
              error,
              "The request took too long and was stopped (" + e.getMessage() + ")",
              Code.TIMEOUT);
    } else if (cause instanceof StoreException e) {
      built =
          coded(error, loggedBriefly("The graph store is unavailable", e), Code.STORE_UNAVAILABLE);
    } else {
      built = coded(error, logged("Internal error", cause), Code.INTERNAL_ERROR);
    }
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult(built).build());
  }

  private static GraphQLError coded(GraphqlErrorBuilder<?> error, String message, Code code) {
    return error.message(message).errorType(code).extensions(Map.of("code", code.name())).build();
  }

  static String logged(String what, Throwable cause) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.WARNING, what + " [" + id + "]", cause);
    return what + " (error id " + id + ", see the server log)";
  }

  /** One line in the log (the store's own message), the stack only at FINE. */
  static String loggedBriefly(String what, Throwable cause) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.warning(what + " [" + id + "]: " + cause.getMessage());
    LOG.log(Level.FINE, what + " [" + id + "]", cause);
    return what + " (error id " + id + ", see the server log)";
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
