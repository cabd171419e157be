package io.secureaistudio.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real local HTTP server (JDK built-in) that records requests and answers with canned responses. */
final class TestServer implements AutoCloseable {
  /** A request as the server saw it. */
  static final class Recorded {
    final String method;
    final String pathAndQuery;
    final Map<String, List<String>> headers;
    final byte[] body;

    Recorded(HttpExchange ex, byte[] body) {
      this.method = ex.getRequestMethod();
      this.pathAndQuery = ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      this.headers = ex.getRequestHeaders();
      this.body = body;
    }

    String header(String name) {
      List<String> values = headers.get(name); // com.sun Headers normalise the case
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String contentType = "application/json";
  private volatile byte[] body = new byte[0];
  private volatile Map<String, String> extraHeaders = Map.of();
  private volatile long delayMillis;

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseURL() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  TestServer respond(int status, String contentType, String body) {
    return respond(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  TestServer respond(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    return this;
  }

  TestServer withHeaders(Map<String, String> headers) {
    this.extraHeaders = headers;
    return this;
  }

  TestServer delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  Recorded last() {
    return requests.get(requests.size() - 1);
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.add(new Recorded(ex, ex.getRequestBody().readAllBytes()));
    try {
      if (delayMillis > 0) Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (contentType != null) ex.getResponseHeaders().add("Content-Type", contentType);
    extraHeaders.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
