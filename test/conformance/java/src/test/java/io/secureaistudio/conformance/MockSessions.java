package io.secureaistudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mock server's contract-mode session API (docs/contracts.md): open a session, read its verdict. */
final class MockSessions {
  /** An open session: its id and the base URL the SDK is pointed at. */
  record Session(String id, String baseURL) {}

  /** What the mock server saw in one session. */
  record Report(int expected, int received, boolean complete, List<String> mismatches) {}

  private final String mockURL;
  private final ObjectMapper mapper;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  MockSessions(String mockURL, ObjectMapper mapper) {
    this.mockURL = mockURL.replaceAll("/+$", "");
    this.mapper = mapper;
  }

  Session open(String contractId) throws IOException, InterruptedException {
    byte[] body = mapper.writeValueAsBytes(Map.of("contract", contractId));
    HttpRequest request = HttpRequest.newBuilder(URI.create(mockURL + "/_contracts/sessions"))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    JsonNode json = send(request, "opening a session for " + contractId);
    return new Session(json.path("session").asText(), json.path("baseURL").asText());
  }

  Report read(String session) throws IOException, InterruptedException {
    String path = "/_contracts/sessions/" + URLEncoder.encode(session, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(mockURL + path)).timeout(Duration.ofSeconds(10)).GET().build();
    JsonNode json = send(request, "reading session " + session);
    List<String> mismatches = new ArrayList<>();
    json.path("mismatches").forEach(m -> mismatches.add(m.asText()));
    return new Report(json.path("expected").asInt(), json.path("received").asInt(), json.path("complete").asBoolean(), mismatches);
  }

  private JsonNode send(HttpRequest request, String what) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String body = response.body();
      throw new IOException(what + ": the mock server answered " + response.statusCode() + " "
          + (body.length() > 300 ? body.substring(0, 300) : body));
    }
    return mapper.readTree(response.body());
  }
}
