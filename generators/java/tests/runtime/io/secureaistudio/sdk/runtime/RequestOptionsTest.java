package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static io.secureaistudio.sdk.runtime.ScriptedServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** R2.2 per-call options and R2.3 cancellation by interruption. */
class RequestOptionsTest {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final String UNAVAILABLE = "{\"title\":\"Service Unavailable\",\"status\":503}";
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private Transport transport(String baseURL) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k").maxRetries(2)
        .timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
  }

  private static ApiRequest getJob() {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_1");
  }

  @Test
  void perCallMaxRetriesAndHeadersOverrideTheClientsForThatViewOnly() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(503, UNAVAILABLE, Map.of()))) {
      Transport client = transport(server.baseURL());
      Transport once = client.withOptions(RequestOptions.builder().maxRetries(0).header("X-Trace", "t-1").build());
      assertThrows(InternalServerException.class, () -> once.execute(getJob(), TREE));
      assertEquals(1, server.requests.size());
      assertEquals("t-1", server.requests.get(0).header("X-Trace"));
      assertThrows(InternalServerException.class, () -> client.execute(getJob(), TREE));
      assertEquals(4, server.requests.size(), "the client itself still retries twice");
      assertEquals(null, server.requests.get(3).header("X-Trace"));
    }
  }

  @Test
  void perCallTimeoutBoundsEachAttempt() throws Exception {
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.slow(2000, 200, "{}"))) {
      Transport quick = transport(server.baseURL())
          .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(0).build());
      long start = System.nanoTime();
      assertThrows(APIConnectionTimeoutException.class, () -> quick.execute(getJob(), TREE));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1500);
    }
  }

  @Test
  void anInterruptedThreadSendsNothing() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, "{}"))) {
      Transport transport = transport(server.baseURL());
      Thread.currentThread().interrupt();
      try {
        assertThrows(APIUserAbortException.class, () -> transport.execute(getJob(), TREE));
      } finally {
        Thread.interrupted(); // clear the flag for the next tests
      }
      assertEquals(0, server.requests.size());
    }
  }

  @Test
  void badPerCallOptionsFailWhenBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().maxRetries(-1).build());
    assertEquals("maxRetries must be an integer >= 0 (got -1)", e.getMessage());
  }
}
