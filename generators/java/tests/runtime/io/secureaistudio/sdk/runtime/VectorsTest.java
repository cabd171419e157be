package io.secureaistudio.sdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every file of the shared behaviour vectors ({@code test/vectors/}, one
 * file per pure rule of docs/sdk-behavior.md) through the runtime's own functions. Adding a case
 * needs no code here; a file or a case shape this test does not know fails, as does a run that
 * cannot find the folder ({@code SAIS_VECTORS}, else a {@code test/vectors} folder above the
 * working directory).
 */
class VectorsTest {
  private static final Json JSON = new Json();
  /** How each file's cases run: (input, expected) of one case. */
  private static final Map<String, BiConsumer<JsonNode, JsonNode>> RUNNERS = new LinkedHashMap<>();

  static {
    RUNNERS.put("retry-after.json", VectorsTest::retryAfter);
    RUNNERS.put("backoff.json", VectorsTest::backoff);
    RUNNERS.put("retry-decision.json", VectorsTest::retryDecision);
    RUNNERS.put("path-segment.json", VectorsTest::pathSegment);
    RUNNERS.put("header-value.json", VectorsTest::headerValue);
    RUNNERS.put("error-message.json", VectorsTest::errorMessage);
    RUNNERS.put("redaction.json", VectorsTest::redaction);
    RUNNERS.put("content-range.json", VectorsTest::contentRange);
    RUNNERS.put("sse.json", VectorsTest::sse);
    RUNNERS.put("graphql-sse.json", VectorsTest::graphqlSse);
    RUNNERS.put("pagination.json", VectorsTest::pagination);
    RUNNERS.put("upload-content-type.json", VectorsTest::uploadContentType);
  }

  @TestFactory
  Stream<DynamicNode> everyCaseOfEveryVectorFile() throws IOException {
    Path dir = vectorsDir();
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertTrue(!files.isEmpty(), "no vector files in " + dir);
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      BiConsumer<JsonNode, JsonNode> runner = RUNNERS.get(name);
      if (runner == null) {
        nodes.add(DynamicTest.dynamicTest(name, () -> fail(name + ": no runner for this vector file (add one to VectorsTest)")));
        continue;
      }
      JsonNode doc = JSON.mapper().readTree(file.toFile());
      List<DynamicTest> cases = new ArrayList<>();
      for (JsonNode c : doc.path("cases")) {
        String label = name + " › " + c.path("name").asText();
        cases.add(DynamicTest.dynamicTest(label, () -> {
          try {
            keys(label, c, Set.of("name", "input", "expected"), Set.of());
            runner.accept(c.get("input"), c.get("expected"));
          } catch (AssertionError | RuntimeException e) {
            // Surefire's console shows dynamic tests by index: the message says which case broke.
            throw new AssertionError(label + ": " + e.getMessage(), e);
          }
        }));
      }
      if (cases.isEmpty()) cases.add(DynamicTest.dynamicTest(name, () -> fail(name + " has no cases")));
      nodes.add(DynamicContainer.dynamicContainer(name, cases));
    }
    return nodes.stream();
  }

  /** {@code SAIS_VECTORS}, else the first {@code test/vectors} above the working directory; never skipped. */
  static Path vectorsDir() {
    String env = System.getenv("SAIS_VECTORS");
    if (env != null && !env.isEmpty()) {
      Path dir = Path.of(env);
      if (!Files.isDirectory(dir)) throw new AssertionError("SAIS_VECTORS=" + env + " is not a folder");
      return dir;
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("test").resolve("vectors");
      if (Files.isDirectory(candidate)) return candidate;
    }
    throw new AssertionError("the behaviour vectors were not found: set SAIS_VECTORS to the test/vectors folder");
  }

  // --- one runner per file ---------------------------------------------------------------

  private static void retryAfter(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("value", "now"), Set.of());
    keys("expected", out, Set.of("delayMs"), Set.of());
    Optional<Duration> wait = RetryPolicy.parseRetryAfter(text(in.get("value")), Instant.parse(in.get("now").asText()));
    if (out.get("delayMs").isNull()) {
      assertEquals(Optional.empty(), wait, "ignored (backoff applies)");
    } else {
      assertTrue(wait.isPresent(), "expected a wait of " + out.get("delayMs") + " ms");
      assertWithin(out.get("delayMs").asDouble(), wait.get().toMillis(), "delayMs");
    }
  }

  private static void backoff(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("retry", "random"), Set.of());
    keys("expected", out, Set.of("delayMs", "minMs", "maxMs"), Set.of());
    int retry = in.get("retry").asInt();
    assertWithin(out.get("delayMs").asDouble(), RetryPolicy.backoff(retry, in.get("random").asDouble()).toMillis(), "delayMs");
    // U in [0, 1): the longest wait is at U = 0, the shortest approaches U = 1.
    assertWithin(out.get("maxMs").asDouble(), RetryPolicy.backoff(retry, 0).toMillis(), "maxMs");
    assertWithin(out.get("minMs").asDouble(), RetryPolicy.backoff(retry, 1).toMillis(), "minMs");
  }

  private static void retryDecision(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("failure", "method", "idempotencyKey", "retriesLeft"), Set.of());
    keys("expected", out, Set.of("retry"), Set.of());
    JsonNode failure = in.get("failure");
    Integer status = null;
    String code = null;
    if (failure.has("status")) {
      keys("failure", failure, Set.of("status"), Set.of("code"));
      status = failure.get("status").asInt();
      code = text(failure.get("code"));
    } else if (failure.has("connectionError")) {
      keys("failure", failure, Set.of("connectionError"), Set.of());
    } else {
      keys("failure", failure, Set.of("timeout"), Set.of());
    }
    assertEquals(out.get("retry").asBoolean(), RetryPolicy.shouldRetry(status, code, in.get("method").asText(),
        in.get("idempotencyKey").asBoolean(), in.get("retriesLeft").asInt()));
  }

  /** Through the real request building: a path parameter of getTemplate, then the URL the transport would send. */
  private static void pathSegment(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("value"), Set.of());
    String value = in.get("value").asText();
    if (out.has("error")) {
      keys("expected", out, Set.of("error"), Set.of());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ApiRequest.of("getTemplate", "GET", "/templates/{templateId}").pathParam("templateId", value));
      assertTrue(e.getMessage().contains("'templateId'") && e.getMessage().contains("getTemplate"), e.getMessage());
      return;
    }
    keys("expected", out, Set.of("encoded"), Set.of());
    HttpRequest sent = transport().toHttpRequest(ApiRequest.of("getTemplate", "GET", "/templates/{templateId}").pathParam("templateId", value));
    assertEquals("/api/v1/templates/" + out.get("encoded").asText(), sent.uri().getRawPath());
  }

  /** Through the real request building: an If-Match header parameter of updateTemplate. */
  private static void headerValue(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("value"), Set.of());
    keys("expected", out, Set.of("valid"), Set.of());
    String value = in.get("value").asText();
    if (out.get("valid").asBoolean()) {
      HttpRequest sent = transport().toHttpRequest(ApiRequest.of("updateTemplate", "PATCH", "/templates/x").header("If-Match", value));
      assertEquals(Optional.of(value), sent.headers().firstValue("If-Match"));
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ApiRequest.of("updateTemplate", "PATCH", "/templates/x").header("If-Match", value));
      assertTrue(e.getMessage().contains("'If-Match'") && e.getMessage().contains("updateTemplate"), e.getMessage());
    }
  }

  private static void errorMessage(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("status", "headers", "body"), Set.of());
    keys("expected", out, Set.of("message"), Set.of("code", "requestId", "detail", "title", "errors"));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    in.get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
    APIException error = APIException.from(in.get("status").asInt(), headers, text(in.get("body")), List.of());
    assertEquals(out.get("message").asText(), error.getMessage(), "message");
    if (out.has("code")) assertEquals(text(out.get("code")), error.getCode(), "code");
    if (out.has("requestId")) assertEquals(text(out.get("requestId")), error.getRequestId(), "requestId");
    if (out.has("detail")) assertEquals(text(out.get("detail")), error.getDetail(), "detail");
    if (out.has("title")) assertEquals(text(out.get("title")), error.getTitle(), "title");
    if (out.has("errors")) {
      List<List<String>> expected = new ArrayList<>();
      for (JsonNode e : out.get("errors")) {
        keys("errors[]", e, Set.of("location", "name", "message"), Set.of());
        expected.add(Arrays.asList(text(e.get("location")), text(e.get("name")), text(e.get("message"))));
      }
      List<List<String>> actual = error.getErrors().stream()
          .map(e -> Arrays.asList(e.getLocation(), e.getName(), e.getMessage())).collect(Collectors.toList());
      assertEquals(expected, actual, "errors");
    }
  }

  private static void redaction(JsonNode in, JsonNode out) {
    String kind = in.path("kind").asText();
    List<String> secrets = new ArrayList<>();
    for (JsonNode s : in.path("secrets")) secrets.add(text(s));
    switch (kind) {
      case "text":
        keys("input", in, Set.of("kind", "secrets", "text"), Set.of());
        keys("expected", out, Set.of("text"), Set.of());
        assertEquals(out.get("text").asText(), Redaction.redact(in.get("text").asText(), secrets));
        break;
      case "headers": {
        keys("input", in, Set.of("kind", "secrets", "headers"), Set.of());
        keys("expected", out, Set.of("headers"), Set.of());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        in.get("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), List.of(e.getValue().asText())));
        // As an error exposes them: APIException.getHeaders() of a response with these headers.
        Map<String, List<String>> exposed = APIException.from(401, headers, null, secrets).getHeaders();
        Map<String, List<String>> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.get("headers").fields().forEachRemaining(e -> expected.put(e.getKey(), List.of(e.getValue().asText())));
        Map<String, List<String>> actual = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        actual.putAll(exposed);
        assertEquals(expected, actual);
        break;
      }
      case "causes": {
        keys("input", in, Set.of("kind", "secrets", "messages"), Set.of());
        keys("expected", out, Set.of("messages"), Set.of());
        List<String> messages = new ArrayList<>();
        in.get("messages").forEach(m -> messages.add(m.asText()));
        Throwable cause = null;
        for (int i = messages.size() - 1; i >= 1; i--) cause = new IOException(messages.get(i), cause);
        APIConnectionException error = APIConnectionException.redacted(messages.get(0), cause, secrets);
        List<String> exposed = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) exposed.add(t.getMessage());
        List<String> expected = new ArrayList<>();
        out.get("messages").forEach(m -> expected.add(m.asText()));
        assertEquals(expected, exposed);
        break;
      }
      default:
        fail("unknown redaction kind '" + kind + "'");
    }
  }

  private static void contentRange(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("value"), Set.of());
    BinaryResponse.ContentRange range = BinaryResponse.ContentRange.parse(text(in.get("value")));
    if (out.isNull()) {
      assertNull(range, "not a Content-Range");
      return;
    }
    keys("expected", out, Set.of("unit"), Set.of("start", "end", "size"));
    assertNotNull(range, "a Content-Range");
    assertEquals(out.get("unit").asText(), range.unit(), "unit");
    assertEquals(optional(out.get("start")), range.start().isPresent() ? Optional.of(range.start().getAsLong()) : Optional.empty(), "start");
    assertEquals(optional(out.get("end")), range.end().isPresent() ? Optional.of(range.end().getAsLong()) : Optional.empty(), "end");
    assertEquals(optional(out.get("size")), range.size().isPresent() ? Optional.of(range.size().getAsLong()) : Optional.empty(), "size");
  }

  /** Fed whole, one byte at a time and split in two at every byte offset; each way must give the same events. */
  private static void sse(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("stream"), Set.of());
    keys("expected", out, Set.of("events"), Set.of());
    List<Map<String, String>> expected = new ArrayList<>();
    for (JsonNode e : out.get("events")) {
      keys("events[]", e, Set.of("event", "data"), Set.of("id"));
      Map<String, String> event = new LinkedHashMap<>();
      event.put("event", e.get("event").asText());
      event.put("data", e.get("data").asText());
      if (e.has("id")) event.put("id", e.get("id").asText());
      expected.add(event);
    }
    byte[] bytes = in.get("stream").asText().getBytes(StandardCharsets.UTF_8);
    List<List<byte[]>> ways = new ArrayList<>();
    ways.add(List.of(bytes));
    List<byte[]> single = new ArrayList<>();
    for (byte b : bytes) single.add(new byte[] {b});
    ways.add(single);
    for (int i = 1; i < bytes.length; i++) ways.add(List.of(Arrays.copyOfRange(bytes, 0, i), Arrays.copyOfRange(bytes, i, bytes.length)));
    for (List<byte[]> chunks : ways) {
      List<Map<String, String>> events = new ArrayList<>();
      try (SseParser parser = new SseParser(new Chunks(chunks))) {
        for (SseParser.Message m; (m = parser.next()) != null; ) {
          Map<String, String> event = new LinkedHashMap<>();
          event.put("event", m.event);
          event.put("data", m.data);
          if (m.id != null) event.put("id", m.id);
          events.add(event);
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(expected, events, chunks.size() + " chunk(s), the first of " + chunks.get(0).length + " bytes");
    }
  }

  /**
   * Fed whole and one byte at a time through the SSE reader and the subscription's own reading
   * ({@link GraphqlSubscription}, what {@code subscribe} returns); payloads compared as JSON.
   */
  private static void graphqlSse(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("stream"), Set.of());
    keys("expected", out, Set.of("payloads"), Set.of());
    byte[] bytes = in.get("stream").asText().getBytes(StandardCharsets.UTF_8);
    List<byte[]> single = new ArrayList<>();
    for (byte b : bytes) single.add(new byte[] {b});
    for (List<byte[]> chunks : List.of(List.of(bytes), single)) {
      List<JsonNode> payloads = new ArrayList<>();
      ApiResponse<InputStream> response = new ApiResponse<>(200, Map.of(), new Chunks(chunks));
      try (GraphqlSubscription<JsonNode> subscription = new GraphqlSubscription<>("subscribe", response, JSON, JsonNode.class, data -> {})) {
        subscription.forEach(payloads::add);
      }
      List<JsonNode> expected = new ArrayList<>();
      out.get("payloads").forEach(expected::add);
      assertEquals(expected, payloads, chunks.size() + " chunk(s)");
    }
  }

  private static void pagination(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("requestCursor", "response"), Set.of());
    keys("response", in.get("response"), Set.of("data"), Set.of("nextCursor"));
    keys("expected", out, Set.of("continue"), Set.of());
    assertEquals(out.get("continue").asBoolean(),
        Page.shouldContinue(text(in.get("requestCursor")), text(in.get("response").get("nextCursor"))));
  }

  private static void uploadContentType(JsonNode in, JsonNode out) {
    keys("input", in, Set.of("filename", "bytesHex", "contentType"), Set.of());
    byte[] head = hex(in.get("bytesHex").asText());
    String filename = text(in.get("filename"));
    String explicit = text(in.get("contentType"));
    if (out.has("error")) {
      keys("expected", out, Set.of("error"), Set.of());
      keys("error", out.get("error"), Set.of("option"), Set.of());
      String option = out.get("error").get("option").asText();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Multipart.contentTypeOf("uploadReferenceImage", "file", filename, head, explicit));
      assertTrue(e.getMessage().contains("'" + option + "'"), e.getMessage());
    } else {
      keys("expected", out, Set.of("contentType"), Set.of());
      assertEquals(out.get("contentType").asText(), Multipart.contentTypeOf("uploadReferenceImage", "file", filename, head, explicit));
    }
  }

  // --- helpers ------------------------------------------------------------------------------

  private static Transport transport() {
    return ClientOptions.builder(Transport::new).baseURL("http://127.0.0.1:9/api/v1").apiKey("k_vectors").build();
  }

  /** Fails unless {@code node} is an object with every {@code required} key and no key outside {@code required} and {@code optional}. */
  private static void keys(String where, JsonNode node, Set<String> required, Set<String> optional) {
    if (node == null || !node.isObject()) fail(where + " must be an object (got " + node + ")");
    for (String key : required) {
      if (!node.has(key)) fail(where + " has no '" + key + "': a case shape this test does not know");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!required.contains(key) && !optional.contains(key)) fail(where + " has '" + key + "': a case shape this test does not know");
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Optional<Long> optional(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asLong());
  }

  private static void assertWithin(double expectedMs, long actualMs, String what) {
    assertTrue(Math.abs(expectedMs - actualMs) <= 1, what + ": expected " + expectedMs + " ms within 1 ms, got " + actualMs);
  }

  private static byte[] hex(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < s.length(); i += 2) out.write(Integer.parseInt(s.substring(i, i + 2), 16));
    return out.toByteArray();
  }

  /** An input stream that hands out its chunks one read at a time, as a network would. */
  private static final class Chunks extends InputStream {
    private final Iterator<byte[]> chunks;
    private byte[] current = new byte[0];
    private int at;

    Chunks(List<byte[]> chunks) {
      this.chunks = chunks.iterator();
    }

    private boolean more() {
      while (at >= current.length) {
        if (!chunks.hasNext()) return false;
        current = chunks.next();
        at = 0;
      }
      return true;
    }

    @Override
    public int read() {
      return more() ? current[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) return 0;
      if (!more()) return -1;
      int n = Math.min(len, current.length - at);
      System.arraycopy(current, at, b, off, n);
      at += n;
      return n;
    }
  }
}
