package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A connection dropped before any response byte: only the SDK's retries (R3.1) reach the server,
 * not java.net.http's own silent re-send of GETs (see SingleSendPublisher).
 */
class ConnectionDropTest {
  /** Reads each request's head, then resets the connection (SO_LINGER 0) without answering. */
  private static final class ResettingServer implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor = new Thread(this::serve, "resetting-server");

    ResettingServer() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseURL() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v1";
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          InputStream in = s.getInputStream();
          byte[] head = new byte[4096];
          int n = in.read(head);
          if (n > 0 && new String(head, 0, n).contains("HTTP/1.1")) requests.incrementAndGet();
          s.setSoLinger(true, 0);
        } catch (IOException e) {
          // closed, or the client went away: nothing to count
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private Transport transport(String baseURL, int maxRetries) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k").maxRetries(maxRetries)
        .timeout(Duration.ofSeconds(5)).sleeper(waits::add).build();
  }

  private static ApiRequest getJob() {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_1");
  }

  @Test
  void aResetGetIsSentOnceWhenRetriesAreOff() throws Exception {
    try (ResettingServer server = new ResettingServer()) {
      APIConnectionException e = assertThrows(APIConnectionException.class,
          () -> transport(server.baseURL(), 0).execute(getJob(), new TypeReference<JsonNode>() {}));
      assertTrue(e.getMessage().contains("before any response"), e.getMessage());
      Thread.sleep(100); // let the server count a late second request, were there one
      assertEquals(1, server.requests.get());
    }
  }

  @Test
  void aResetGetIsSentOncePerSdkAttempt() throws Exception {
    try (ResettingServer server = new ResettingServer()) {
      assertThrows(APIConnectionException.class,
          () -> transport(server.baseURL(), 2).execute(getJob(), new TypeReference<JsonNode>() {}));
      Thread.sleep(100);
      assertEquals(3, server.requests.get());
      assertEquals(2, waits.size());
    }
  }

  @Test
  void withoutTheGuardTheJdkResendsTheGetItself() throws Exception {
    // The JDK behaviour the guard exists for: a client that follows redirects is left unguarded,
    // and java.net.http repeats the reset GET on its own although maxRetries is 0.
    try (ResettingServer server = new ResettingServer()) {
      HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      Transport transport = ClientOptions.builder(Transport::new).baseURL(server.baseURL()).apiKey("k").maxRetries(0)
          .httpClient(following).build();
      assertThrows(APIConnectionException.class, () -> transport.execute(getJob(), new TypeReference<JsonNode>() {}));
      Thread.sleep(100);
      assertEquals(2, server.requests.get());
    }
  }

  @Test
  void theDefaultClientDoesNotFollowRedirects() {
    ClientOptions options = ClientOptions.builder(o -> o).baseURL("http://127.0.0.1:1/api/v1").build();
    assertEquals(HttpClient.Redirect.NEVER, options.httpClient().followRedirects());
  }
}
