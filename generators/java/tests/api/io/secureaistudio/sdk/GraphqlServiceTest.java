package io.secureaistudio.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secureaistudio.sdk.model.GraphqlResponse;
import io.secureaistudio.sdk.runtime.BadRequestException;
import io.secureaistudio.sdk.runtime.GraphqlSubscription;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.ResponseValidationException;
import io.secureaistudio.sdk.runtime.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code client.graphql().query/subscribe} (R13) of this API, against a real local server. */
class GraphqlServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SecureAIStudioClient client() {
    return SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey("sk_test_gql").build();
  }

  @Test
  void queryPostsTheGivenFieldsOnlyAndDecodesTheResult() throws Exception {
    server.respond(200, "application/graphql-response+json", "{\"data\":{\"me\":{\"id\":\"usr_1\"}}}");
    GraphqlResponse result = client().graphql().query("{ me { id } }");
    assertEquals("usr_1", JSON.valueToTree(result.getData()).path("me").path("id").asText());
    TestServer.Recorded r = server.last();
    assertEquals("POST", r.method);
    assertEquals("/api/v1/graphql", r.pathAndQuery);
    assertEquals("application/graphql-response+json, application/json;q=0.9", r.header("Accept"));
    assertEquals(JSON.readTree("{\"query\":\"{ me { id } }\"}"), JSON.readTree(r.bodyText()));

    client().graphql().query("query Q($n: Int) { jobs(limit: $n) { nextCursor } }", Map.of("n", 2), "Q");
    assertEquals(JSON.readTree("{\"query\":\"query Q($n: Int) { jobs(limit: $n) { nextCursor } }\",\"variables\":{\"n\":2},\"operationName\":\"Q\"}"),
        JSON.readTree(server.last().bodyText()));
    client().graphql().query("{ me { id } }", Map.of());
    assertEquals(JSON.readTree("{\"query\":\"{ me { id } }\",\"variables\":{}}"), JSON.readTree(server.last().bodyText()));
  }

  @Test
  void fieldErrorsOfASuccessfulAnswerAreReturnedNotThrown() {
    server.respond(200, "application/json",
        "{\"data\":{\"job\":null},\"errors\":[{\"message\":\"No job job_1 exists.\",\"path\":[\"job\",0],\"extensions\":{\"code\":\"not_found\"}}]}");
    GraphqlResponse result = client().graphql().query("{ job(id: \"job_1\") { id } }");
    assertEquals(1, result.getErrors().size());
    assertEquals("No job job_1 exists.", result.getErrors().get(0).getMessage());
    assertEquals(List.of("job", 0), result.getErrors().get(0).getPath(), "path items are strings and integers");
  }

  @Test
  void anInvalidDocumentRaisesBadRequestWithTheGraphqlMessage() {
    server.respond(400, "application/graphql-response+json",
        "{\"errors\":[{\"message\":\"Cannot query field \\\"title\\\" on type \\\"Job\\\".\",\"locations\":[{\"line\":1,\"column\":3}],"
            + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}");
    BadRequestException e = assertThrows(BadRequestException.class, () -> client().graphql().query("{ jobs { title } }"));
    assertEquals("400 GRAPHQL_VALIDATION_FAILED: Cannot query field \"title\" on type \"Job\".", e.getMessage());
    assertEquals("GRAPHQL_VALIDATION_FAILED", e.getCode());
  }

  @Test
  void aMutationCarriesTheCallersIdempotencyKeyOnly() {
    server.respond(200, "application/json", "{\"data\":{}}");
    client().graphql().query("mutation { x }");
    assertNull(server.last().header("Idempotency-Key"));
    client().graphql().withOptions(RequestOptions.builder().idempotencyKey("idem-7").build()).query("mutation { x }");
    assertEquals("idem-7", server.last().header("Idempotency-Key"));
  }

  @Test
  void subscribeYieldsTypedPayloadsUntilComplete() {
    server.respond(200, "text/event-stream", "event: next\ndata: {\"data\":{\"jobEvents\":{\"progress\":0}}}\n\n"
        + "event: next\ndata: {\"data\":{\"jobEvents\":{\"progress\":100}}}\n\nevent: complete\ndata:\n\n");
    List<Integer> progress = new ArrayList<>();
    try (GraphqlSubscription<GraphqlResponse> s = client().graphql().subscribe("subscription { jobEvents(jobId: \"j\") { progress } }",
        Map.of("jobId", "j"))) {
      for (GraphqlResponse payload : s) progress.add(JSON.<JsonNode>valueToTree(payload.getData()).path("jobEvents").path("progress").asInt());
    }
    assertEquals(List.of(0, 100), progress);
    assertEquals("text/event-stream", server.last().header("Accept"));
  }

  @Test
  void aPayloadThatIsNoResultFailsStrictValidation() {
    server.respond(200, "text/event-stream", "event: next\ndata: {\"errors\":\"not a list\"}\n\n");
    SecureAIStudioClient strict = SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey("k").validation(Validation.STRICT).build();
    try (GraphqlSubscription<GraphqlResponse> s = strict.graphql().subscribe("subscription { x }")) {
      ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> s.iterator().next());
      assertTrue(e.getMessage().contains("errors"), e.getMessage());
    }
  }

  @Test
  void theAsyncClientQueriesAndSubscribes() throws Exception {
    server.respond(200, "application/json", "{\"data\":{\"me\":{\"id\":\"usr_2\"}}}");
    GraphqlResponse result = client().async().graphql().query("{ me { id } }").get(5, TimeUnit.SECONDS);
    assertEquals("usr_2", JSON.valueToTree(result.getData()).path("me").path("id").asText());
    server.respond(200, "text/event-stream", "event: next\ndata: {\"data\":{\"n\":1}}\n\nevent: complete\ndata:\n\n");
    List<GraphqlResponse> payloads = new java.util.concurrent.CopyOnWriteArrayList<>();
    client().async().graphql().subscribe("subscription { n }").subscribe(payloads::add).get(5, TimeUnit.SECONDS);
    assertEquals(1, payloads.size());
    assertEquals(1, JSON.valueToTree(payloads.get(0).getData()).path("n").asInt());
  }
}
