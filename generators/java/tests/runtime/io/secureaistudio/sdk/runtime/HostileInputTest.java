package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Inputs nobody had tried (issue 10), against a real local server: obsolete Retry-After dates,
 * secrets in URL user-info and response headers, a BOM and CR line ends in an event stream.
 */
class HostileInputTest {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String KEY = "sk_test_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c";
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private Transport transport(String baseURL, int maxRetries) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey(KEY)
        .maxRetries(maxRetries).timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
  }

  private static ApiRequest getJob() {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_1").accept("application/json");
  }

  /** R3.5: the RFC 850 and asctime forms of an HTTP-date are honoured, not replaced by the backoff. */
  @Test
  void retryAfterInTheObsoleteDateFormsIsHonoured() throws Exception {
    ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20);
    String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).format(at);
    String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).format(at);
    String busy = "{\"title\":\"Service Unavailable\",\"status\":503}";
    try (ScriptedServer server = new ScriptedServer(problem(503, busy, Map.of("Retry-After", rfc850)),
        problem(503, busy, Map.of("Retry-After", asctime)), ScriptedServer.json(200, "{\"id\":\"job_1\"}"))) {
      transport(server.baseURL(), 2).execute(getJob(), MAP);
      assertEquals(2, waits.size());
      for (Duration wait : waits) {
        // 20 s ahead at second precision, minus the time the test took: far above any backoff (<= 1 s here).
        assertTrue(wait.toMillis() > 15_000 && wait.toMillis() <= 20_000, rfc850 + " / " + asctime + " -> " + waits);
      }
    }
  }

  /** R5.5: URL user-info never reaches a connection error's message nor any cause it exposes. */
  @Test
  void urlUserInfoIsNotInConnectionErrors() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    Transport transport = transport("http://ada:pa55word-" + KEY + "@127.0.0.1:" + port + "/api/v1", 0);
    APIConnectionException e = assertThrows(APIConnectionException.class, () -> transport.execute(getJob(), MAP));
    assertTrue(e.getMessage().contains("http://[REDACTED]@127.0.0.1:" + port + "/api/v1/jobs/job_1"), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t).contains("pa55word") || String.valueOf(t).contains(KEY), String.valueOf(t));
    }
    assertFalse(transport.options().toString().contains("pa55word"), transport.options().toString());
  }

  /** R5.5: a cause whose message carries a secret is replaced by one with the redacted message. */
  @Test
  void aCauseCarryingTheKeyIsRedactedInTheChain() {
    java.io.IOException platform = new java.io.IOException("proxy said: key " + KEY + " refused",
        new IllegalStateException("no secret here"));
    APIConnectionException e = APIConnectionException.redacted("listTemplates: cannot reach the server", platform, List.of(KEY));
    assertEquals("proxy said: key [REDACTED] refused", e.getCause().getMessage());
    assertTrue(e.getCause().toString().startsWith("java.io.IOException: "), e.getCause().toString());
    assertTrue(e.getCause().getCause() == platform.getCause(), "a clean cause below is kept as it was");
  }

  /** R5.5: error headers keep no secret; credential headers are replaced whole. */
  @Test
  void errorHeadersAreRedacted() throws Exception {
    Map<String, String> headers = Map.of("WWW-Authenticate", "ApiKey realm=\"api\", key=\"" + KEY + "\"",
        "Set-Cookie", "session=abc123; HttpOnly", "X-Request-Id", "req_1");
    try (ScriptedServer server = new ScriptedServer(problem(401,
        "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"bad key " + KEY + "\",\"code\":\"invalid_api_key\"}", headers))) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> transport(server.baseURL(), 0).execute(getJob(), MAP));
      assertEquals("401 invalid_api_key: bad key [REDACTED]", e.getMessage());
      assertEquals("ApiKey realm=\"api\", key=\"[REDACTED]\"", e.header("WWW-Authenticate").orElseThrow());
      assertEquals("[REDACTED]", e.header("Set-Cookie").orElseThrow());
      assertEquals("req_1", e.getRequestId());
      assertFalse(e.getHeaders().toString().contains(KEY), e.getHeaders().toString());
    }
  }

  /** R8.4: a leading BOM and CR-only line ends frame events like LF; each event has its own id only. */
  @Test
  void eventStreamsWithABomAndCrLineEnds() throws Exception {
    String stream = "\uFEFFid: 1\rdata: {\"n\":1}\r\rdata: {\"n\":2}\r\n\r\n";
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "text/event-stream", stream, Map.of(), 0))) {
      List<ServerSentEvent<JsonNode>> events = new ArrayList<>();
      try (EventStream<JsonNode> es = transport(server.baseURL(), 0).executeEvents(
          ApiRequest.of("streamThings", "GET", "/things/1/events").accept("text/event-stream"), JsonNode.class)) {
        es.forEach(events::add);
      }
      assertEquals(2, events.size(), events.toString());
      assertEquals("1", events.get(0).getId(), "the BOM is not part of the first field name");
      assertEquals(1, events.get(0).getData().path("n").asInt());
      assertNull(events.get(1).getId(), "an id belongs to its own message");
      assertEquals(2, events.get(1).getData().path("n").asInt());
    }
  }

  /** R9.4: header values that cannot go on the wire fail, naming the option, before anything is sent. */
  @Test
  void badHeaderOptionsFailAtConstruction() {
    IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder(Transport::new).baseURL("http://127.0.0.1:9/api/v1").defaultHeader("X-Tenant", "acme\r\nX-Evil: 1").build());
    assertTrue(option.getMessage().contains("defaultHeader option 'X-Tenant'"), option.getMessage());
    IllegalArgumentException perCall = assertThrows(IllegalArgumentException.class,
        () -> RequestOptions.builder().header("X-Trace", "caf\u00e9").build());
    assertTrue(perCall.getMessage().contains("'X-Trace'"), perCall.getMessage());
  }
}
