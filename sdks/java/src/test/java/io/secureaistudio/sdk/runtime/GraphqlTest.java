package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The GraphQL methods' runtime (R13): the request {@code query} and {@code subscribe} send, the
 * subscription's payloads (GraphQL over SSE), errors before the first payload, and that stopping
 * early or {@code complete} closes the connection; against real local servers, API-agnostic.
 */
class GraphqlTest {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final String NEXT_1 = "event: next\ndata: {\"data\":{\"n\":1}}\n\n";
  private static final String NEXT_2 = "event: next\ndata: {\"data\":{\"n\":2}}\n\n";
  private static final String COMPLETE = "event: complete\ndata:\n\n";

  private static Transport transport(String baseURL) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k_graphql").timeout(Duration.ofSeconds(5)).build();
  }

  private static ApiRequest request(String document, Map<String, ?> variables, String operationName, String accept) {
    return GraphqlOverHttp.request("runGraphql", "/graphql", document, variables, operationName, accept)
        .security(AuthScheme.apiKey("key", AuthScheme.Location.HEADER, "X-API-Key"));
  }

  @Test
  void queryPostsOnlyTheGivenFieldsAndAsksForTheGraphqlMediaTypeFirst() throws Exception {
    String answer = "{\"data\":null,\"errors\":[{\"message\":\"boom\",\"path\":[\"jobs\",0]}]}";
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "application/graphql-response+json", answer, Map.of(), 0))) {
      Transport transport = transport(server.baseURL());
      JsonNode result = transport.execute(request("{ me { id } }", null, null, GraphqlOverHttp.QUERY_ACCEPT), TREE).getData();
      assertEquals("boom", result.path("errors").path(0).path("message").asText(), "errors of a 2xx are returned");
      ScriptedServer.Seen first = server.requests.get(0);
      assertEquals("POST", first.method);
      assertEquals("/api/v1/graphql", first.uri.getPath());
      assertEquals("application/graphql-response+json, application/json;q=0.9", first.header("Accept"));
      assertEquals("application/json", first.header("Content-Type"));
      assertEquals("k_graphql", first.header("X-API-Key"));
      assertEquals(new Json().mapper().readTree("{\"query\":\"{ me { id } }\"}"), new Json().mapper().readTree(first.body));
      assertNull(first.header("Idempotency-Key"), "no key unless the caller gives one");

      transport.withOptions(RequestOptions.builder().idempotencyKey("idem-gql").build())
          .execute(request("query Q($n: Int) { x(n: $n) }", Map.of("n", 1), "Q", GraphqlOverHttp.QUERY_ACCEPT), TREE);
      ScriptedServer.Seen second = server.requests.get(1);
      assertEquals(new Json().mapper().readTree("{\"query\":\"query Q($n: Int) { x(n: $n) }\",\"variables\":{\"n\":1},\"operationName\":\"Q\"}"),
          new Json().mapper().readTree(second.body));
      assertEquals("idem-gql", second.header("Idempotency-Key"), "the caller's key makes a mutation retryable (R13.1)");

      Map<String, Object> withNull = new java.util.LinkedHashMap<>();
      withNull.put("cursor", null);
      withNull.put("filter", Map.of("status", "running"));
      transport.execute(request("query Q($cursor: String) { x }", withNull, null, GraphqlOverHttp.QUERY_ACCEPT), TREE);
      assertEquals(new Json().mapper().readTree("{\"query\":\"query Q($cursor: String) { x }\",\"variables\":{\"cursor\":null,\"filter\":{\"status\":\"running\"}}}"),
          new Json().mapper().readTree(server.requests.get(2).body), "a variable given as null is sent as null");
    }
  }

  @Test
  void aMissingOrBlankDocumentIsAnArgumentErrorNamingIt() {
    for (String document : new String[] {null, "  "}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> request(document, null, null, GraphqlOverHttp.QUERY_ACCEPT));
      assertTrue(e.getMessage().contains("runGraphql") && e.getMessage().contains("'document'"), e.getMessage());
    }
  }

  @Test
  void aGraphqlRequestErrorRaisesWithItsMessagesAndCode() throws Exception {
    String body = "{\"errors\":[{\"message\":\"Cannot query field \\\"title\\\" on type \\\"Job\\\".\",\"path\":[\"jobs\",0],"
        + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}},{\"message\":\"second\"}]}";
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(400, "application/graphql-response+json", body, Map.of(), 0))) {
      BadRequestException e = assertThrows(BadRequestException.class,
          () -> transport(server.baseURL()).execute(request("{ jobs { title } }", null, null, GraphqlOverHttp.QUERY_ACCEPT), TREE));
      assertEquals("400 GRAPHQL_VALIDATION_FAILED: Cannot query field \"title\" on type \"Job\".; second", e.getMessage());
      assertEquals("GRAPHQL_VALIDATION_FAILED", e.getCode());
      assertEquals(2, e.getErrors().size(), "GraphQL errors decode without failing");
      assertEquals("second", e.getErrors().get(1).getMessage());
      assertTrue(e.getProblem().isPresent(), "the body is the problem");
    }
  }

  @Test
  void subscribeYieldsNextPayloadsUntilCompleteAndIgnoresOtherEvents() throws Exception {
    String stream = ": keep-alive\n\nevent: ping\ndata: {}\n\ndata: {\"data\":{\"n\":0}}\n\n" + NEXT_1 + NEXT_2 + COMPLETE + NEXT_1;
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "text/event-stream", stream, Map.of(), 0))) {
      List<Integer> seen = new ArrayList<>();
      try (GraphqlSubscription<JsonNode> subscription = transport(server.baseURL()).executeSubscription(
          request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null)) {
        subscription.forEach(p -> seen.add(p.path("data").path("n").asInt()));
        assertThrows(IllegalStateException.class, subscription::iterator, "a subscription is iterated once");
      }
      assertEquals(List.of(1, 2), seen, "only next events, nothing after complete");
      assertEquals("text/event-stream", server.requests.get(0).header("Accept"));
    }
  }

  @Test
  void anErrorStatusRaisesBeforeTheFirstPayload() throws Exception {
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.problem(403, "{\"title\":\"Forbidden\",\"status\":403}", Map.of()))) {
      PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> transport(server.baseURL())
          .executeSubscription(request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null));
      assertEquals("403: Forbidden", e.getMessage());
    }
  }

  @Test
  void nextDataThatIsNotJsonRaisesResponseValidation() throws Exception {
    try (ScriptedServer server = new ScriptedServer(new ScriptedServer.Reply(200, "text/event-stream", "event: next\ndata: {oops\n\n", Map.of(), 0))) {
      GraphqlSubscription<JsonNode> subscription = transport(server.baseURL())
          .executeSubscription(request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null);
      ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> subscription.iterator().next());
      assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
      subscription.close();
    }
  }

  @Test
  void closingASubscriptionEarlyClosesTheConnection() throws Exception {
    try (HeldOpenServer server = new HeldOpenServer(NEXT_1 + NEXT_2)) {
      GraphqlSubscription<JsonNode> subscription = transport(server.baseURL())
          .executeSubscription(request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null);
      Iterator<JsonNode> payloads = subscription.iterator();
      assertEquals(1, payloads.next().path("data").path("n").asInt());
      assertFalse(server.closed.await(200, TimeUnit.MILLISECONDS), "the connection stays open while the caller reads");
      subscription.close();
      assertTrue(server.closed.await(5, TimeUnit.SECONDS), "closing the subscription closed the connection");
    }
  }

  @Test
  void theStreamOfPayloadsClosesTheConnectionWhenClosed() throws Exception {
    try (HeldOpenServer server = new HeldOpenServer(NEXT_1 + NEXT_2)) {
      GraphqlSubscription<JsonNode> subscription = transport(server.baseURL())
          .executeSubscription(request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null);
      try (java.util.stream.Stream<JsonNode> payloads = subscription.stream()) {
        assertEquals(1, payloads.findFirst().orElseThrow().path("data").path("n").asInt());
      }
      assertTrue(server.closed.await(5, TimeUnit.SECONDS), "closing the stream closed the connection");
    }
  }

  @Test
  void asyncPayloadsArePushedAndCompleteEndsTheSubscriptionAndClosesTheConnection() throws Exception {
    try (HeldOpenServer server = new HeldOpenServer(NEXT_1 + "event: ping\ndata: x\n\n" + NEXT_2 + COMPLETE + NEXT_1)) {
      List<Integer> seen = new CopyOnWriteArrayList<>();
      AsyncGraphqlSubscription<JsonNode> subscription = new AsyncGraphqlSubscription<>(transport(server.baseURL()),
          request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null);
      CompletableFuture<Void> done = subscription.subscribe(p -> seen.add(p.path("data").path("n").asInt()));
      done.get(5, TimeUnit.SECONDS); // the server holds the connection open: only complete ends it
      assertEquals(List.of(1, 2), seen);
      assertTrue(server.closed.await(5, TimeUnit.SECONDS), "complete closed the connection");
      assertThrows(IllegalStateException.class, () -> subscription.subscribe(p -> {}));
    }
  }

  @Test
  void cancellingAnAsyncSubscriptionClosesTheConnection() throws Exception {
    try (HeldOpenServer server = new HeldOpenServer(NEXT_1)) {
      CountDownLatch first = new CountDownLatch(1);
      CompletableFuture<Void> done = new AsyncGraphqlSubscription<>(transport(server.baseURL()),
          request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null)
          .subscribe(p -> first.countDown());
      assertTrue(first.await(5, TimeUnit.SECONDS));
      done.cancel(true);
      assertTrue(server.closed.await(5, TimeUnit.SECONDS), "cancelling closed the connection");
    }
  }

  @Test
  void anAsyncErrorStatusFailsTheFutureWithTheTypedError() throws Exception {
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.problem(404, "{\"title\":\"Not Found\",\"status\":404}", Map.of()))) {
      CompletableFuture<Void> done = new AsyncGraphqlSubscription<>(transport(server.baseURL()),
          request("subscription { n }", null, null, GraphqlOverHttp.SUBSCRIBE_ACCEPT), JsonNode.class, null).subscribe(p -> {});
      ExecutionException failed = assertThrows(ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS));
      assertInstanceOf(NotFoundException.class, failed.getCause());
    }
  }

  /**
   * One HTTP/1.1 answer written by hand: the headers, {@code events}, then the connection held
   * open (no length, no end) until the client closes it, which {@link #closed} records.
   */
  private static final class HeldOpenServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;

    HeldOpenServer(String events) throws IOException {
      thread = new Thread(() -> serve(events), "held-open-server");
      thread.setDaemon(true);
      thread.start();
    }

    String baseURL() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v1";
    }

    private void serve(String events) {
      try (Socket client = socket.accept()) {
        InputStream in = client.getInputStream();
        readRequest(in);
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] data = events.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Never ends the body: a read returns -1 (or fails) only once the client closes.
        while (in.read() >= 0) {
          // the client sends nothing more
        }
      } catch (IOException e) {
        // a reset is the client closing too
      }
      closed.countDown();
    }

    /** Reads the request head and its Content-Length body. */
    private static void readRequest(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) throw new IOException("the request ended early");
        head.write(b);
      }
      int length = 0;
      for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
      }
      in.readNBytes(length);
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(5000);
    }
  }
}
