package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static io.secureaistudio.sdk.runtime.ScriptedServer.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** R1.4 token refresh, R8.2/R8.3 waiters and R8.4 server-sent events, against real local servers. */
class LongRunningAndEventsTest {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final Waiter THINGS = Waiter.of("getThing", "status", List.of("done", "failed"));
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<ClientOptions.TokenRefresh> refreshes = new CopyOnWriteArrayList<>();

  private Transport transport(String baseURL) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).accessToken("old_access_token").refreshToken("rt_first")
        .onTokenRefresh(refreshes::add).timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
  }

  private static ApiRequest me() {
    return ApiRequest.of("getCurrentPrincipal", "GET", "/auth/me").accept("application/json").security(AuthScheme.bearer("bearerAuth"));
  }

  @Test
  void a401RefreshesOnceAndRepeatsTheAttemptWithTheNewToken() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(401, "{\"status\":401,\"code\":\"token_expired\"}", Map.of()),
        json(200, "{\"accessToken\":\"new_access_token\",\"refreshToken\":\"rt_second\"}"),
        json(200, "{\"id\":\"usr_1\"}"))) {
      JsonNode me = transport(server.baseURL()).execute(me(), TREE).getData();
      assertEquals("usr_1", me.path("id").asText());
      assertEquals(3, server.requests.size());
      ScriptedServer.Seen refresh = server.requests.get(1);
      assertEquals("POST", refresh.method);
      assertEquals("/api/v1/auth/refresh", refresh.uri.getPath());
      assertEquals("{\"refreshToken\":\"rt_first\"}", refresh.body);
      assertNull(refresh.header("Authorization"));
      assertEquals("Bearer new_access_token", server.requests.get(2).header("Authorization"));
      assertEquals(1, refreshes.size());
      assertEquals("rt_second", refreshes.get(0).refreshToken());
      assertTrue(waits.isEmpty(), "the repeat is not a retry: no backoff");
    }
  }

  @Test
  void concurrent401sShareOneRefresh() throws Exception {
    java.util.concurrent.atomic.AtomicInteger refreshCalls = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/api/v1/auth/refresh", ex -> {
      refreshCalls.incrementAndGet();
      reply(ex, 200, "{\"accessToken\":\"new_access_token\"}");
    });
    server.createContext("/api/v1/auth/me", ex -> {
      boolean fresh = "Bearer new_access_token".equals(ex.getRequestHeaders().getFirst("Authorization"));
      reply(ex, fresh ? 200 : 401, fresh ? "{\"id\":\"usr_1\"}" : "{\"status\":401}");
    });
    server.start();
    try {
      Transport transport = transport("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1");
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      List<java.util.concurrent.Future<JsonNode>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) calls.add(pool.submit(() -> transport.execute(me(), TREE).getData()));
      for (java.util.concurrent.Future<JsonNode> call : calls) assertEquals("usr_1", call.get().path("id").asText());
      pool.shutdown();
      assertEquals(1, refreshCalls.get(), "one refresh request serves every call that got 401 with the old token");
    } finally {
      server.stop(0);
    }
  }

  private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws java.io.IOException {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (java.io.OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void aSecond401IsRaisedWithoutAnotherRefresh() throws Exception {
    try (ScriptedServer server = new ScriptedServer(problem(401, "{\"status\":401}", Map.of()),
        json(200, "{\"accessToken\":\"new_access_token\"}"),
        problem(401, "{\"status\":401,\"detail\":\"still no\"}", Map.of()))) {
      assertThrows(AuthenticationException.class, () -> transport(server.baseURL()).execute(me(), TREE));
      assertEquals(3, server.requests.size());
    }
  }

  @Test
  void waitForPollsWithGrowingIntervalsUntilATerminalState() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, "{\"status\":\"queued\"}"),
        json(200, "{\"status\":\"running\"}"), json(200, "{\"status\":\"running\"}"), json(200, "{\"status\":\"failed\"}"))) {
      Transport transport = transport(server.baseURL());
      WaitOptions options = WaitOptions.defaults().withInterval(Duration.ofMillis(1000)).withMaxInterval(Duration.ofMillis(2000));
      JsonNode thing = THINGS.waitFor(transport, options,
          () -> transport.execute(ApiRequest.of("getThing", "GET", "/things/1"), TREE));
      assertEquals("failed", thing.path("status").asText(), "a failed resource is returned, not raised");
      assertEquals(List.of(Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofMillis(2000)), waits);
    }
  }

  @Test
  void waitForHonoursRetryAfterAndRaisesWaitTimeoutWithTheLastState() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        new ScriptedServer.Reply(200, "application/json", "{\"status\":\"queued\"}", Map.of("Retry-After", "2"), 0))) {
      Transport transport = transport(server.baseURL());
      WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> THINGS.waitFor(transport,
          WaitOptions.defaults().withTimeout(Duration.ofMillis(5000)),
          () -> transport.execute(ApiRequest.of("getThing", "GET", "/things/1"), TREE)));
      assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), waits);
      assertEquals("queued", e.getLastState(JsonNode.class).path("status").asText());
      assertTrue(e.getMessage().startsWith("getThing: still queued after "), e.getMessage());
      ClassCastException wrongType = assertThrows(ClassCastException.class, () -> e.getLastState(String.class));
      assertTrue(wrongType.getMessage().endsWith("not a java.lang.String"), wrongType.getMessage());
    }
  }

  @Test
  void eventsAreParsedAsWhatwgServerSentEvents() throws Exception {
    String stream = ": keep-alive\n"
        + "retry: 5000\n"
        + "event: job.progress\nid: 1\ndata: {\"progress\":\ndata: 40}\n\n"
        + "data: {\"progress\":100}\r\n\r\n"
        + "event: job.completed\ndata: {\"unfinished\":true}\n";
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "text/event-stream", stream, Map.of(), 0))) {
      List<ServerSentEvent<JsonNode>> events = new ArrayList<>();
      try (EventStream<JsonNode> es = transport(server.baseURL()).executeEvents(
          ApiRequest.of("streamThings", "GET", "/things/1/events").accept("text/event-stream"), JsonNode.class)) {
        es.forEach(events::add);
        assertThrows(IllegalStateException.class, es::iterator, "a stream can be iterated once");
      }
      assertEquals(2, events.size(), "the unfinished last event is dropped");
      assertEquals("job.progress", events.get(0).getEvent());
      assertEquals("1", events.get(0).getId());
      assertEquals(40, events.get(0).getData().path("progress").asInt(), "multi-line data is joined with a newline");
      assertEquals("message", events.get(1).getEvent());
      assertNull(events.get(1).getId());
    }
  }

  @Test
  void eventDataThatIsNotJsonRaisesResponseValidation() throws Exception {
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "text/event-stream", "data: {oops\n\n", Map.of(), 0))) {
      EventStream<JsonNode> es = transport(server.baseURL()).executeEvents(
          ApiRequest.of("streamThings", "GET", "/things/1/events"), JsonNode.class);
      ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> es.iterator().next());
      assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
  }
}
