package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static io.secureaistudio.sdk.runtime.ScriptedServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Rulebook R3 end to end against a real local server; waits are recorded instead of slept. */
class TransportRetriesTest {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String UNAVAILABLE = "{\"title\":\"Service Unavailable\",\"status\":503}";
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private Transport transport(String baseURL, int maxRetries) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("sk_test_secret")
        .maxRetries(maxRetries).timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
  }

  private static ApiRequest getJob() {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_1").accept("application/json");
  }

  private static ApiRequest createTemplate(String idempotencyKey) {
    return ApiRequest.of("createTemplate", "POST", "/templates").header("Idempotency-Key", idempotencyKey)
        .jsonBody(Map.of("name", "t"), "application/json");
  }

  @Test
  void defaultsAreTwoRetriesAndSixtySeconds() {
    ClientOptions options = ClientOptions.builder(o -> o).baseURL("http://127.0.0.1:1/api/v1").build();
    assertEquals(2, options.maxRetries());
    assertEquals(Duration.ofSeconds(60), options.timeout());
  }

  @Test
  void retryableStatusesAreRetriedUntilSuccessWithBackoff() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()),
        problem(502, UNAVAILABLE, Map.of()), json(200, "{\"id\":\"job_1\"}"))) {
      Map<String, Object> job = transport(server.baseURL(), 2).execute(getJob(), MAP).getData();
      assertEquals("job_1", job.get("id"));
      assertEquals(3, server.requests.size());
      assertEquals(2, waits.size());
      assertTrue(waits.get(0).toMillis() >= 375 && waits.get(0).toMillis() <= 500, waits.toString());
      assertTrue(waits.get(1).toMillis() >= 750 && waits.get(1).toMillis() <= 1000, waits.toString());
    }
  }

  @Test
  void whenRetriesRunOutTheLastFailureIsRaised() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(500, "{\"title\":\"a\",\"status\":500}", Map.of()),
        problem(504, "{\"title\":\"b\",\"status\":504,\"code\":\"upstream_timeout\"}", Map.of()))) {
      InternalServerException e = assertThrows(InternalServerException.class,
          () -> transport(server.baseURL(), 1).execute(getJob(), MAP));
      assertEquals(504, e.getStatus());
      assertEquals("504 upstream_timeout: b", e.getMessage());
      assertEquals(2, server.requests.size());
    }
  }

  @Test
  void maxRetriesZeroMakesOneAttempt() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()))) {
      assertThrows(InternalServerException.class, () -> transport(server.baseURL(), 0).execute(getJob(), MAP));
      assertEquals(1, server.requests.size());
      assertEquals(List.of(), waits);
    }
  }

  @Test
  void nonRetryableStatusesFailAtOnce() throws Exception {
    int[] statuses = {400, 401, 403, 404, 412, 416, 422, 501, 505};
    for (int status : statuses) {
      try (ScriptedServer server = new ScriptedServer(problem(status, "{\"status\":" + status + "}", Map.of()))) {
        APIException e = assertThrows(APIException.class, () -> transport(server.baseURL(), 2).execute(getJob(), MAP));
        assertEquals(status, e.getStatus());
        assertEquals(1, server.requests.size(), "status " + status);
      }
    }
  }

  @Test
  void conflictIsRetriedOnlyForTransientLocks() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(409, "{\"code\":\"resource_locked\"}", Map.of()),
        json(200, "{\"id\":\"job_1\"}"))) {
      transport(server.baseURL(), 2).execute(getJob(), MAP);
      assertEquals(2, server.requests.size());
    }
    try (ScriptedServer server = new ScriptedServer(problem(409, "{\"code\":\"duplicate_name\"}", Map.of()))) {
      ConflictException e = assertThrows(ConflictException.class, () -> transport(server.baseURL(), 2).execute(getJob(), MAP));
      assertEquals("duplicate_name", e.getCode());
      assertEquals(1, server.requests.size());
    }
  }

  @Test
  void retryAfterReplacesTheBackoffAndIsClamped() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(429, "{}", Map.of("Retry-After", "3")),
        problem(503, "{}", Map.of("Retry-After", "3600")), problem(503, "{}", Map.of("Retry-After", "junk")),
        json(200, "{}"))) {
      transport(server.baseURL(), 3).execute(getJob(), MAP);
      assertEquals(4, server.requests.size());
      assertEquals(Duration.ofSeconds(3), waits.get(0));
      assertEquals(Duration.ofSeconds(60), waits.get(1));
      assertTrue(waits.get(2).toMillis() >= 1500 && waits.get(2).toMillis() <= 2000, waits.toString()); // junk: backoff of retry 3
    }
  }

  @Test
  void postWithoutIdempotencyKeyIsNotRetried() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()))) {
      ApiRequest post = ApiRequest.of("revokeToken", "POST", "/auth/revoke").jsonBody(Map.of("token", "x"), "application/json");
      assertThrows(InternalServerException.class, () -> transport(server.baseURL(), 2).executeVoid(post));
      assertEquals(1, server.requests.size());
      assertEquals(null, server.requests.get(0).header("Idempotency-Key"));
    }
  }

  @Test
  void declaredIdempotencyKeyIsGeneratedOncePerCallAndResentOnEveryAttempt() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()),
        problem(503, UNAVAILABLE, Map.of()), json(201, "{\"id\":\"tpl_1\"}"))) {
      Transport transport = transport(server.baseURL(), 2);
      transport.execute(createTemplate(null), MAP);
      assertEquals(3, server.requests.size());
      String key = server.requests.get(0).header("Idempotency-Key");
      assertTrue(key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), key);
      for (ScriptedServer.Seen seen : server.requests) {
        assertEquals(key, seen.header("Idempotency-Key"));
        assertEquals("{\"name\":\"t\"}", seen.body); // R3.7: byte-identical body
      }
      transport.execute(createTemplate(null), MAP);
      assertNotEquals(key, server.requests.get(3).header("Idempotency-Key"), "each call gets a new key");
    }
  }

  @Test
  void callerIdempotencyKeyIsSentAsGiven() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()), json(201, "{}"))) {
      transport(server.baseURL(), 2).execute(createTemplate("my-key-1"), MAP);
      assertEquals(2, server.requests.size());
      assertEquals("my-key-1", server.requests.get(1).header("Idempotency-Key"));
    }
  }

  @Test
  void timeoutsAreRetriedAndTheLastOneRaisesTheTimeoutException() throws Exception {
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.slow(2_000, 200, "{}"), json(200, "{\"ok\":true}"))) {
      Transport transport = ClientOptions.builder(Transport::new).baseURL(server.baseURL())
          .timeout(Duration.ofMillis(200)).sleeper(waits::add).build();
      assertEquals(true, transport.execute(getJob(), MAP).getData().get("ok"));
      assertEquals(1, waits.size());
    }
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.slow(2_000, 200, "{}"))) {
      Transport transport = ClientOptions.builder(Transport::new).baseURL(server.baseURL())
          .timeout(Duration.ofMillis(200)).maxRetries(0).build();
      assertThrows(APIConnectionTimeoutException.class, () -> transport.execute(getJob(), MAP));
    }
  }

  @Test
  void connectionResetsAreRetriedThenRaisedAsConnectionErrors() throws Exception {
    try (ServerSocket listener = new ServerSocket(0)) {
      Thread resetter = new Thread(() -> {
        while (!listener.isClosed()) {
          try (Socket s = listener.accept()) {
            s.setSoLinger(true, 0); // close with RST, before any response byte
          } catch (java.io.IOException e) {
            return;
          }
        }
      });
      resetter.setDaemon(true);
      resetter.start();
      Transport transport = transport("http://127.0.0.1:" + listener.getLocalPort() + "/api/v1", 2);
      ApiRequest post = createTemplate(null);
      APIConnectionException e = assertThrows(APIConnectionException.class, () -> transport.execute(post, MAP));
      assertTrue(e.getMessage().startsWith("createTemplate: cannot reach"), e.getMessage());
      assertEquals(2, waits.size());
    }
  }

  @Test
  void interruptingTheWaitAbortsTheCall() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()), json(200, "{}"))) {
      Transport transport = ClientOptions.builder(Transport::new).baseURL(server.baseURL())
          .sleeper(d -> { throw new InterruptedException(); }).build();
      assertThrows(APIUserAbortException.class, () -> transport.execute(getJob(), MAP));
      assertTrue(Thread.interrupted(), "the interrupt flag is restored");
      assertEquals(1, server.requests.size());
    }
  }

  @Test
  void invalidOptionsFailAtConstructionNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder(Transport::new).baseURL("http://127.0.0.1:1").maxRetries(-1).build());
    assertEquals("maxRetries must be an integer >= 0 (got -1)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder(Transport::new).baseURL("http://127.0.0.1:1").timeout(Duration.ofSeconds(-1)).build());
    assertEquals("timeout must be a positive duration (got PT-1S)", e.getMessage());
  }
}
