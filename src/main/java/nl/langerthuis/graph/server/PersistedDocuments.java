package nl.langerthuis.graph.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import nl.langerthuis.graph.api.SavedQueries;
import nl.langerthuis.graph.api.SavedQuery;

/**
 * The saved queries as persisted documents on {@code /graphql}: a request may name one instead of
 * sending its text, by {@code documentId} as the GraphQL over HTTP persisted-documents proposal has
 * it (the saved query's name, or {@code sha256:} and the hash of its file), or by Apollo's {@code
 * extensions.persistedQuery.sha256Hash}. An unknown Apollo hash answers {@code
 * PersistedQueryNotFound}, on which Apollo clients send the query text with its hash. With {@code
 * --persisted-only} nothing else runs.
 */
final class PersistedDocuments {
  static final String NOT_FOUND = "PersistedQueryNotFound";

  private final SavedQueries queries;
  private final boolean persistedOnly;

  PersistedDocuments(SavedQueries queries, boolean persistedOnly) {
    this.queries = queries;
    this.persistedOnly = persistedOnly;
  }

  /** The text to run for a request's {@code query}, {@code documentId} and {@code extensions}. */
  String query(String query, String documentId, JsonNode extensions)
      throws GraphQLHttpHandler.Refusal {
    if (documentId != null) {
      if (query != null) {
        throw new GraphQLHttpHandler.Refusal(400, "Send 'query' or 'documentId', not both");
      }
      return byDocumentId(documentId)
          .map(SavedQuery::text)
          .orElseThrow(
              () ->
                  new GraphQLHttpHandler.Refusal(
                      404,
                      NOT_FOUND
                          + ": no saved query has documentId '"
                          + documentId
                          + "'; GET /queries lists them with their documentId"));
    }
    String hash = apolloHash(extensions);
    if (hash != null && query == null) {
      return queries
          .bySha256(hash)
          .map(SavedQuery::text)
          .orElseThrow(() -> new GraphQLHttpHandler.Refusal(200, NOT_FOUND));
    }
    if (query == null || query.isBlank()) {
      throw new GraphQLHttpHandler.Refusal(
          400, "'query' must be a non-empty string (or name a saved query with 'documentId')");
    }
    if (hash != null && !hash.equalsIgnoreCase(SavedQueries.sha256(query))) {
      throw new GraphQLHttpHandler.Refusal(400, "provided sha does not match query");
    }
    if (persistedOnly && queries.bySha256(SavedQueries.sha256(query)).isEmpty()) {
      throw new GraphQLHttpHandler.Refusal(
          403,
          "This server runs only persisted documents: send 'documentId' with a saved query's name"
              + " or sha256:HASH; GET /queries lists them");
    }
    return query;
  }

  private Optional<SavedQuery> byDocumentId(String documentId) {
    if (documentId.startsWith("sha256:")) {
      return queries.bySha256(documentId.substring("sha256:".length()));
    }
    return queries.byName(documentId);
  }

  private static String apolloHash(JsonNode extensions) throws GraphQLHttpHandler.Refusal {
    if (extensions == null || !extensions.has("persistedQuery")) {
      return null;
    }
    JsonNode hash = extensions.path("persistedQuery").path("sha256Hash");
    if (!hash.isTextual()) {
      throw new GraphQLHttpHandler.Refusal(
          400, "'extensions.persistedQuery.sha256Hash' must be a string");
    }
    return hash.asText();
  }
}
