package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the transport reports failures: error statuses, timeouts, unreachable servers, bad options. */
class TransportErrorsTest {
  private static Transport transport(String baseURL, Duration timeout) {
    // No retries here: these tests are about what one failed attempt raises.
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k").timeout(timeout).maxRetries(0).build();
  }

  private static HttpServer serve(int status, String contentType, String body, long delayMillis) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", contentType);
      ex.getResponseHeaders().add("X-Request-Id", "req_from_header");
      ex.sendResponseHeaders(status, bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    server.start();
    return server;
  }

  private static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  @Test
  void problemDetailsBecomeAnApiException() throws Exception {
    HttpServer server = serve(404, "application/problem+json",
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No job job_x.\","
            + "\"code\":\"job_not_found\",\"requestId\":\"req_123\"}", 0);
    try {
      NotFoundException e = assertThrows(NotFoundException.class, () -> transport(base(server), Duration.ofSeconds(5))
          .execute(ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_x"), new TypeReference<Map<String, Object>>() {}));
      assertEquals(404, e.getStatus());
      assertEquals("job_not_found", e.getCode());
      assertEquals("req_from_header", e.getRequestId(), "the X-Request-Id header wins over the body (R5.3)");
      assertEquals("No job job_x.", e.getDetail());
      assertEquals("Not Found", e.getTitle());
      assertEquals("about:blank", e.getType());
      assertEquals("404 job_not_found: No job job_x.", e.getMessage());
      assertTrue(e instanceof APIException);
      assertTrue(e instanceof SecureAIStudioException);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void nonJsonErrorBodiesAreKeptAndRequestIdComesFromTheHeader() throws Exception {
    HttpServer server = serve(502, "text/html", "<h1>bad gateway</h1>", 0);
    try {
      InternalServerException e = assertThrows(InternalServerException.class, () -> transport(base(server), Duration.ofSeconds(5))
          .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
      assertEquals(502, e.getStatus());
      assertEquals("<h1>bad gateway</h1>", e.getBody());
      assertEquals("<h1>bad gateway</h1>", e.getDetail(), "a non-JSON body becomes the detail");
      assertEquals("502: <h1>bad gateway</h1>", e.getMessage());
      assertEquals("req_from_header", e.getRequestId());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void slowServersRaiseTheTimeoutException() throws Exception {
    HttpServer server = serve(200, "application/json", "{}", 1500);
    try {
      APIConnectionTimeoutException e = assertThrows(APIConnectionTimeoutException.class, () -> transport(base(server), Duration.ofMillis(200))
          .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
      // The message names the cause and the limit as people write it, not PT0.2S.
      assertTrue(e.getMessage().startsWith("getLiveness: timed out after 200 ms waiting for http://127.0.0.1:"), e.getMessage());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableServersRaiseAConnectionException() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    APIConnectionException e = assertThrows(APIConnectionException.class, () ->
        transport("http://127.0.0.1:" + port + "/api/v1", Duration.ofSeconds(5))
            .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
    assertTrue(e.getMessage().startsWith("getLiveness: cannot reach http://127.0.0.1:" + port), e.getMessage());
    assertTrue(e.getMessage().contains(": connection refused"), e.getMessage());
  }

  /** A refused port and an unknown host are both ConnectExceptions in java.net.http; the message tells them apart. */
  @Test
  void anUnknownHostIsNamedAsSuch() {
    APIConnectionException e = assertThrows(APIConnectionException.class, () ->
        transport("http://no-such-host.invalid/api/v1", Duration.ofSeconds(5))
            .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
    assertTrue(e.getMessage().startsWith("getLiveness: cannot reach http://no-such-host.invalid/api/v1/health/live: unknown host"), e.getMessage());
  }

  @Test
  void timeoutsAreWrittenAsPeopleWriteThem() {
    assertEquals("5 s", ConnectionFailure.describe(Duration.ofSeconds(5)));
    assertEquals("250 ms", ConnectionFailure.describe(Duration.ofMillis(250)));
    assertEquals("1.5 s", ConnectionFailure.describe(Duration.ofMillis(1500)));
  }

  @Test
  void textResponsesAreReturnedVerbatimForStringOperations() throws Exception {
    HttpServer server = serve(200, "text/event-stream", "event: job.progress\ndata: {\"progress\":10}\n\n", 0);
    try {
      String text = transport(base(server), Duration.ofSeconds(5))
          .execute(ApiRequest.of("streamJobEvents", "GET", "/jobs/x/events"), new TypeReference<String>() {}).getData();
      assertEquals("event: job.progress\ndata: {\"progress\":10}\n\n", text);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void relativeBaseUrlIsRejectedWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder(Transport::new).baseURL("api/v1").build());
    assertTrue(e.getMessage().contains("absolute"), e.getMessage());
  }

  @ParameterizedTest(name = "R5.2: {0} -> {1}")
  @CsvSource({
      "400,BadRequestException", "401,AuthenticationException", "403,PermissionDeniedException",
      "404,NotFoundException", "409,ConflictException", "412,PreconditionFailedException",
      "422,UnprocessableEntityException", "429,RateLimitException", "500,InternalServerException",
      "501,InternalServerException", "503,InternalServerException", "599,InternalServerException",
      "405,APIException", "416,APIException", "418,APIException"})
  void eachStatusHasItsExceptionClass(int status, String className) {
    APIException e = APIException.from(status, Map.of(), "{\"title\":\"T\"}", List.of());
    assertEquals(className, e.getClass().getSimpleName());
    assertEquals(status, e.getStatus());
  }

  @Test
  void messagesFollowTheRulebook() {
    assertEquals("409 resource_locked: Locked", APIException.from(409, Map.of(),
        "{\"title\":\"Locked\",\"code\":\"resource_locked\"}", List.of()).getMessage());
    assertEquals("403: Forbidden", APIException.from(403, Map.of(), "{\"title\":\"Forbidden\"}", List.of()).getMessage());
    assertEquals("500 status code (no problem details)", APIException.from(500, Map.of(), null, List.of()).getMessage());
    assertEquals("418 teapot status code (no problem details)",
        APIException.from(418, Map.of(), "{\"code\":\"teapot\"}", List.of()).getMessage());
    String longText = "x".repeat(800);
    APIException e = APIException.from(502, Map.of(), longText, List.of());
    assertEquals(500, e.getDetail().length());
    assertEquals(Boolean.FALSE, e.getProblem().isPresent());
  }

  @Test
  void problemMembersAndFieldErrorsAreExposed() {
    UnprocessableEntityException e = (UnprocessableEntityException) APIException.from(422,
        Map.of("x-request-id", List.of("req_h")),
        "{\"type\":\"https://e/validation\",\"title\":\"Invalid\",\"status\":422,\"instance\":\"/templates\","
            + "\"code\":\"validation_failed\",\"requestId\":\"req_b\","
            + "\"errors\":[{\"location\":\"body\",\"name\":\"name\",\"message\":\"is required\"}]}", List.of());
    assertEquals("https://e/validation", e.getType());
    assertEquals("/templates", e.getInstance());
    assertEquals("req_h", e.getRequestId());
    assertEquals(1, e.getErrors().size());
    assertEquals("body.name: is required", e.getErrors().get(0).toString());
    assertEquals("validation_failed", e.getProblem().get().get("code").asText());
    assertEquals("req_b", APIException.from(422, Map.of(), "{\"requestId\":\"req_b\"}", List.of()).getRequestId());
  }

  @Test
  void secretsAreRedactedFromMessagesAndFields() throws Exception {
    HttpServer server = serve(401, "application/problem+json",
        "{\"title\":\"Unauthorized\",\"detail\":\"Key sk_live_1234 and token eyJ.tok are not valid\",\"code\":\"bad sk_live_1234\"}", 0);
    try {
      Transport transport = ClientOptions.builder(Transport::new).baseURL(base(server))
          .apiKey("sk_live_1234").bearerToken("eyJ.tok").maxRetries(0).build();
      AuthenticationException e = assertThrows(AuthenticationException.class,
          () -> transport.executeVoid(ApiRequest.of("getCurrentPrincipal", "GET", "/auth/me")));
      assertEquals("401 bad [REDACTED]: Key [REDACTED] and token [REDACTED] are not valid", e.getMessage());
      assertEquals("bad [REDACTED]", e.getCode());
      assertTrue(!e.getBody().contains("sk_live_1234") && !e.toString().contains("eyJ.tok"), e.getBody());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aTruncatedJsonBodyRaisesResponseValidationWithTheRequestId() throws Exception {
    HttpServer server = serve(200, "application/json", "{\"id\":\"job_1\",\"sta", 0);
    try {
      ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> transport(base(server), Duration.ofSeconds(5))
          .execute(ApiRequest.of("getJob", "GET", "/jobs/x"), new TypeReference<Map<String, Object>>() {}));
      assertEquals("getJob", e.getOperationId());
      assertEquals("req_from_header", e.getRequestId());
      assertEquals("", e.getIssues().get(0).getPath());
      assertTrue(e.getIssues().get(0).getMessage().startsWith("the body is not valid JSON"), e.getMessage());
      assertTrue(e.getMessage().startsWith("Response of getJob does not match openapi.yaml at /: the body is not valid JSON"), e.getMessage());
      assertTrue(!APIException.class.isInstance(e), "not an APIException (R5.6)");
    } finally {
      server.stop(0);
    }
  }
}
