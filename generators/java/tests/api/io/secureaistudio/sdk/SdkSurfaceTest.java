package io.secureaistudio.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.secureaistudio.sdk.params.AssetUploadParams;
import io.secureaistudio.sdk.params.TemplateDeleteParams;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.JobEvent;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.runtime.APIUserAbortException;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.NotFoundException;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.ServerSentEvent;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.Validation;
import io.secureaistudio.sdk.services.AssetsService;
import io.secureaistudio.sdk.services.TemplatesService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource surface (issue 13): params builders, raw responses, typed events, uploads, async. */
class SdkSurfaceTest {
  private static final String TEMPLATE = "{\"id\":\"tpl_01JD5A1B2C3D4E5F6G7H8J9K0M\",\"name\":\"Product shot\"}";
  private static final String ASSET = "{\"id\":\"ast_abcdefgh12\",\"kind\":\"reference\",\"contentType\":\"image/png\","
      + "\"sizeBytes\":8,\"sha256\":\"" + "a".repeat(64) + "\",\"createdAt\":\"2026-01-02T03:04:05Z\"}";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SecureAIStudioClient client() {
    return SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey("sk_test_surface").maxRetries(0)
        .validation(Validation.OFF).build();
  }

  @Test
  void rawResponsesCarryStatusHeadersAndTheTypedBody() {
    server.withHeaders(java.util.Map.of("ETag", "\"v1\"", "X-Request-Id", "req_7")).respond(200, "application/json", TEMPLATE);
    HttpResponseFor<Template> raw = client().templates().withRawResponse().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M");
    assertEquals(200, raw.getStatusCode());
    assertEquals("\"v1\"", raw.etag().orElseThrow());
    assertEquals("Product shot", raw.getData().getName());
  }

  @Test
  void requiredParamsAndModelPropertiesFailAtBuildNamingThem() {
    IllegalArgumentException params = assertThrows(IllegalArgumentException.class, () -> TemplateDeleteParams.builder().build());
    assertEquals("the header parameter 'If-Match' of deleteTemplate is required", params.getMessage());
    IllegalArgumentException model = assertThrows(IllegalArgumentException.class, () -> ImageJobRequest.builder().count(2).build());
    assertEquals("ImageJobRequest: the property 'prompt' is required", model.getMessage());
    ImageJobRequest.Builder once = ImageJobRequest.builder().prompt("p");
    once.build();
    assertThrows(IllegalStateException.class, () -> once.prompt("again"), "a builder builds one object");
  }

  @Test
  void theIdempotencyKeyOptionIsSentAsTheHeader() {
    server.respond(202, "application/json", ModelSerializationTest.IMAGE_JOB);
    client().jobs().withOptions(RequestOptions.builder().idempotencyKey("idem-42").build())
        .createImage(ImageJobRequest.builder().prompt("a red fox").build());
    assertEquals("idem-42", server.last().header("Idempotency-Key"));
    client().jobs().createImage(ImageJobRequest.builder().prompt("a red fox").build());
    assertTrue(server.last().header("Idempotency-Key").matches("[0-9a-f-]{36}"), "a fresh UUID without the option");
  }

  /** R8.4: the event stream is typed by the operation's x-event-schema; EventStream<String> would not compile. */
  @Test
  void eventStreamsAreTypedByTheirSchema() {
    server.respond(200, "text/event-stream", "id: 1\nevent: job.progress\ndata: {\"event\":\"job.progress\",\"jobId\":\"job_abcdefgh12\","
        + "\"status\":\"running\",\"progress\":40,\"occurredAt\":\"2026-01-02T03:04:05Z\"}\n\n");
    List<Integer> progress = new ArrayList<>();
    try (EventStream<JobEvent> events = client().jobs().events("job_abcdefgh12")) {
      for (ServerSentEvent<JobEvent> e : events) {
        assertEquals("job.progress", e.getEvent());
        assertEquals(JobStatus.RUNNING, e.getData().getStatus());
        progress.add(e.getData().getProgress());
      }
    }
    assertEquals(List.of(40), progress);
    assertEquals("/api/v1/jobs/job_abcdefgh12/events", server.last().pathAndQuery);
  }

  @Test
  void uploadsTakeBytesASupplierAndAnExplicitContentType() {
    server.respond(201, "application/json", ASSET);
    client().assets().upload(AssetUploadParams.builder().file(PNG).build());
    assertTrue(server.last().bodyText().contains("filename=\"file\"\r\nContent-Type: image/png\r\n"), server.last().bodyText());

    AtomicInteger opened = new AtomicInteger();
    client().assets().upload(AssetUploadParams.builder()
        .file(() -> { opened.incrementAndGet(); return new ByteArrayInputStream(PNG); }).build());
    assertEquals(1, opened.get());
    assertTrue(server.last().bodyText().contains("Content-Type: image/png\r\n"), server.last().bodyText());

    client().assets().upload(AssetUploadParams.builder()
        .file(UploadFile.of("frame.bin", "not really".getBytes(StandardCharsets.US_ASCII)).withContentType("image/webp")).build());
    assertTrue(server.last().bodyText().contains("filename=\"frame.bin\"\r\nContent-Type: image/webp\r\n"), server.last().bodyText());
  }

  @Test
  void asyncMirrorsTheResourcesWithFutures() throws Exception {
    server.respond(200, "application/json", TEMPLATE);
    CompletableFuture<Template> f = client().async().templates().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M");
    assertEquals("Product shot", f.get(5, TimeUnit.SECONDS).getName());

    server.respond(404, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"code\":\"not_found\"}");
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client().async().templates().retrieve("tpl_missing").get(5, TimeUnit.SECONDS));
    assertInstanceOf(NotFoundException.class, e.getCause(), "the SDK's own exception, not a wrapper");
    CompletionException joined = assertThrows(CompletionException.class, () -> client().async().templates().retrieve("tpl_missing").join());
    assertInstanceOf(NotFoundException.class, joined.getCause());
  }

  /** R2.3: cancelling the future interrupts the call: it ends at once with APIUserAbortException, sending nothing more. */
  @Test
  void cancellingAnAsyncCallCancelsTheCall() throws Exception {
    server.delay(4_000).respond(200, "application/json", TEMPLATE);
    AtomicReference<Throwable> callEnded = new AtomicReference<>();
    CountDownLatch ended = new CountDownLatch(1);
    Executor recording = task -> new Thread(() -> {
      task.run();
      ended.countDown();
    }).start();
    SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey("k").maxRetries(2)
        .validation(Validation.OFF).build();
    SecureAIStudioClient.Async async = new SecureAIStudioClient.Async(client, recording);
    CompletableFuture<Template> f = async.templates().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M");
    f.whenComplete((t, err) -> callEnded.set(err));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.requests.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
    assertEquals(1, server.requests.size(), "the call was sent");
    long cancelledAt = System.nanoTime();
    assertTrue(f.cancel(true));
    assertTrue(ended.await(2, TimeUnit.SECONDS), "the call's thread stopped within 2 s of the cancel, not after the 4 s reply");
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt) < 2000);
    assertInstanceOf(CancellationException.class, callEnded.get());
    assertEquals(1, server.requests.size(), "no retry after the cancel");
  }

  /** The interrupt reaches the transport: the call itself ends with APIUserAbortException. */
  @Test
  void anInterruptedCallEndsWithTheAbortException() throws Exception {
    server.delay(4_000).respond(200, "application/json", TEMPLATE);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        client().templates().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M");
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    caller.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.requests.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
    caller.interrupt();
    caller.join(2000);
    assertInstanceOf(APIUserAbortException.class, thrown.get());
  }
}
