package nl.langerthuis.graph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks the service over HTTP, as a GraphQL client does: {@code POST /graphql} with a JSON body,
 * over kept-alive HTTP/1.1 connections (one per concurrent worker). Loopback only.
 */
final class ServiceClient {
  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI endpoint;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  ServiceClient(URI endpoint) {
    String host = endpoint.getHost();
    if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
      throw new IllegalArgumentException("the benchmark loads loopback only, not " + endpoint);
    }
    this.endpoint = endpoint;
  }

  /**
   * The {@code data} of the service's answer; an error answer is an exception naming it. A request
   * that timed out is asked again (twice at most): on a busy machine the first, cold requests can
   * take longer than the service allows.
   */
  JsonNode answer(Workload workload) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response =
          http.send(post(workload), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = json.readTree(response.body());
      if (succeeded(response.statusCode(), response.body())) {
        return body.get("data");
      }
      if (attempt == 3 || !"TIMEOUT".equals(body.at("/errors/0/extensions/code").asText())) {
        throw new IllegalStateException(
            workload.name() + ": the service answered " + response.statusCode() + " " + body);
      }
      System.out.println("  " + workload.name() + ": timed out, asking again");
    }
  }

  LoadRun.Request request(Workload workload) throws IOException {
    HttpRequest request = post(workload);
    return () -> {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return succeeded(response.statusCode(), response.body());
    };
  }

  private HttpRequest post(Workload workload) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", workload.graphql());
    body.put("variables", workload.variables());
    return HttpRequest.newBuilder(endpoint)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
        .build();
  }

  /**
   * A success is a 2xx answer whose JSON object has a non-null {@code data} and no {@code errors}
   * at its top level (a GraphQL error answers 200 with {@code errors} under {@code
   * application/json}). Only top-level names are read: a quote that says "errors" is data.
   */
  static boolean succeeded(int status, byte[] body) {
    if (status < 200 || status > 299) {
      return false;
    }
    boolean data = false;
    try (JsonParser parser = JSON_FACTORY.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("errors".equals(name)) {
          return false;
        }
        if ("data".equals(name)) {
          data = value != JsonToken.VALUE_NULL;
        }
        parser.skipChildren();
      }
      return data;
    } catch (IOException e) {
      return false;
    }
  }
}
