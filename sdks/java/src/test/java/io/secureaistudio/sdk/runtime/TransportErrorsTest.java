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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the transport reports failures: error statuses, timeouts, unreachable servers, bad options. */
class TransportErrorsTest {
  private static Transport transport(String baseURL, Duration timeout) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k").timeout(timeout).build();
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
      APIException e = assertThrows(APIException.class, () -> transport(base(server), Duration.ofSeconds(5))
          .execute(ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_x"), new TypeReference<Map<String, Object>>() {}));
      assertEquals(404, e.getStatus());
      assertEquals("job_not_found", e.getCode());
      assertEquals("req_123", e.getRequestId());
      assertEquals("No job job_x.", e.getDetail());
      assertEquals("getJob failed with HTTP 404: Not Found - No job job_x.", e.getMessage());
      assertTrue(e instanceof SecureAIStudioException);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void nonJsonErrorBodiesAreKeptAndRequestIdComesFromTheHeader() throws Exception {
    HttpServer server = serve(502, "text/html", "<h1>bad gateway</h1>", 0);
    try {
      APIException e = assertThrows(APIException.class, () -> transport(base(server), Duration.ofSeconds(5))
          .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
      assertEquals(502, e.getStatus());
      assertEquals("<h1>bad gateway</h1>", e.getBody());
      assertEquals("req_from_header", e.getRequestId());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void slowServersRaiseTheTimeoutException() throws Exception {
    HttpServer server = serve(200, "application/json", "{}", 1500);
    try {
      assertThrows(APIConnectionTimeoutException.class, () -> transport(base(server), Duration.ofMillis(200))
          .executeVoid(ApiRequest.of("getLiveness", "GET", "/health/live")));
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
}
