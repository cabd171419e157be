package io.secureaistudio.sdk.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real local HTTP server answering each request with the next scripted reply (the last repeats). */
final class ScriptedServer implements AutoCloseable {
  /** One canned reply. */
  static final class Reply {
    final int status;
    final String contentType;
    final String body;
    final Map<String, String> headers;
    final long delayMillis;

    Reply(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.headers = headers;
      this.delayMillis = delayMillis;
    }
  }

  /** A request as the server saw it. */
  static final class Seen {
    final String method;
    final java.net.URI uri;
    final Map<String, List<String>> headers;
    final String body;

    Seen(String method, java.net.URI uri, Map<String, List<String>> headers, String body) {
      this.method = method;
      this.uri = uri;
      this.headers = headers;
      this.body = body;
    }

    String header(String name) {
      List<String> v = headers.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }
  }

  static Reply json(int status, String body) {
    return new Reply(status, "application/json", body, Map.of(), 0);
  }

  static Reply problem(int status, String body, Map<String, String> headers) {
    return new Reply(status, "application/problem+json", body, headers, 0);
  }

  static Reply slow(long delayMillis, int status, String body) {
    return new Reply(status, "application/json", body, Map.of(), delayMillis);
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  final List<Seen> requests = new CopyOnWriteArrayList<>();

  ScriptedServer(Reply... replies) throws IOException {
    script.addAll(List.of(replies));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  String baseURL() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.add(new Seen(ex.getRequestMethod(), ex.getRequestURI(), ex.getRequestHeaders(),
        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    Reply reply;
    synchronized (script) {
      reply = script.size() > 1 ? script.poll() : script.peek();
    }
    try {
      if (reply.delayMillis > 0) Thread.sleep(reply.delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", reply.contentType);
    reply.headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    try {
      ex.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // the client gave up on this attempt (timeout test): nothing to answer
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
