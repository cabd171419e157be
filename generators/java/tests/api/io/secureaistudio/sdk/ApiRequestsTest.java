package io.secureaistudio.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.secureaistudio.sdk.params.AssetDownloadParams;
import io.secureaistudio.sdk.params.AssetUploadParams;
import io.secureaistudio.sdk.params.JobListParams;
import io.secureaistudio.sdk.params.TemplateDeleteParams;
import io.secureaistudio.sdk.model.Asset;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.PasswordGrant;
import io.secureaistudio.sdk.model.TokenRequest;
import io.secureaistudio.sdk.model.TokenResponse;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.Page;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.services.AssetsService;
import io.secureaistudio.sdk.services.JobsService;
import io.secureaistudio.sdk.services.TemplatesService;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated operations against a real local HTTP server: what goes on the wire, what comes back. */
class ApiRequestsTest {
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SecureAIStudioClient client(String apiKey, String bearer) {
    return SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey(apiKey).bearerToken(bearer).build();
  }

  @Test
  void getJobSendsTheApiKeyAndDecodesTheSubtype() {
    server.respond(200, "application/json", ModelSerializationTest.IMAGE_JOB);
    Job job = client("sk_test_123", null).jobs().retrieve("job_abcdefgh12");
    assertInstanceOf(ImageJob.class, job);
    TestServer.Recorded r = server.last();
    assertEquals("GET", r.method);
    assertEquals("/api/v1/jobs/job_abcdefgh12", r.pathAndQuery);
    assertEquals("sk_test_123", r.header("X-API-Key"));
    assertNull(r.header("Authorization"));
    assertTrue(r.header("Accept").startsWith("application/json"), r.header("Accept"));
    assertTrue(r.header("User-Agent").startsWith("secure-ai-studio-sdk/"), r.header("User-Agent"));
  }

  @Test
  void bearerTokenIsSentAsAuthorizationHeader() {
    server.respond(200, "application/json", ModelSerializationTest.IMAGE_JOB);
    client(null, "eyJhbGciOi.payload.sig").jobs().retrieve("job_abcdefgh12");
    assertEquals("Bearer eyJhbGciOi.payload.sig", server.last().header("Authorization"));
    assertNull(server.last().header("X-API-Key"));
  }

  @Test
  void publicOperationsSendNoCredentials() {
    server.respond(200, "application/json", "{\"status\":\"ok\",\"version\":\"1.0.0\",\"checks\":[]}");
    client("sk_test_123", "tok").health().liveness();
    assertNull(server.last().header("X-API-Key"));
    assertNull(server.last().header("Authorization"));
    assertEquals("/api/v1/health/live", server.last().pathAndQuery);
  }

  @Test
  void queryParametersUseWireValuesAndSkipNulls() {
    server.respond(200, "application/json", "{\"data\":[],\"nextCursor\":null}");
    JobListParams params = JobListParams.builder()
        .cursor("abc def").limit(10).status(JobStatus.SUCCEEDED).type(JobType.VIDEO).build();
    Page<Job> page = client("k", null).jobs().list(params);
    assertEquals(0, page.data().size());
    assertEquals("/api/v1/jobs?cursor=abc%20def&limit=10&status=succeeded&type=video", server.last().pathAndQuery);
    client("k", null).jobs().list();
    assertEquals("/api/v1/jobs", server.last().pathAndQuery);
    // toBuilder copies; the original is unchanged (immutable params).
    JobListParams fewer = params.toBuilder().limit(2).type(null).build();
    assertEquals(Integer.valueOf(10), params.limit());
    assertEquals(Integer.valueOf(2), fewer.limit());
    assertNull(fewer.type());
    assertEquals(params, params.toBuilder().build());
    client("k", null).jobs().list(fewer);
    assertEquals("/api/v1/jobs?cursor=abc%20def&limit=2&status=succeeded", server.last().pathAndQuery);
  }

  @Test
  void createImageJobPostsJsonWithIdempotencyKey() throws Exception {
    server.respond(202, "application/json", ModelSerializationTest.IMAGE_JOB)
        .withHeaders(Map.of("Location", "/api/v1/jobs/job_abcdefgh12", "X-Request-Id", "req_42"));
    ApiResponse<ImageJob> response = client("k", null).jobs()
        .withOptions(RequestOptions.builder().idempotencyKey("idem-1").build())
        .withRawResponse().createImage(ImageJobRequest.builder().prompt("a red fox").build());
    assertEquals(202, response.getStatusCode());
    assertEquals("/api/v1/jobs/job_abcdefgh12", response.header("location").orElseThrow());
    assertEquals("req_42", response.requestId().orElseThrow());
    TestServer.Recorded r = server.last();
    assertEquals("POST", r.method);
    assertEquals("/api/v1/generate/image", r.pathAndQuery);
    assertEquals("idem-1", r.header("Idempotency-Key"));
    assertEquals("application/json", r.header("Content-Type"));
    assertEquals("a red fox", new io.secureaistudio.sdk.runtime.Json().mapper().readTree(r.body).get("prompt").asText());
  }

  @Test
  void binaryDownloadReturnsTheExactBytesAndForwardsRange() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
    server.respond(206, "image/png", png);
    byte[] body = client("k", null).assets().download("ast_abcdefgh12", AssetDownloadParams.builder().range("bytes=0-7").build());
    assertArrayEquals(png, body);
    assertEquals("bytes=0-7", server.last().header("Range"));
    try (InputStream in = client("k", null).assets().downloadAsStream("ast_abcdefgh12", null)) {
      assertArrayEquals(png, in.readAllBytes());
    }
    assertNull(server.last().header("Range"));
  }

  @Test
  void binaryDownloadExposesStatusTypeLengthAndContentRange() throws Exception {
    byte[] part = {(byte) 0x89, 'P', 'N', 'G'};
    server.withHeaders(java.util.Map.of("Content-Range", "bytes 0-3/1024")).respond(206, "image/png", part);
    try (io.secureaistudio.sdk.runtime.BinaryResponse download = client("k", null).assets()
        .downloadAsBinary("ast_abcdefgh12", AssetDownloadParams.builder().range(io.secureaistudio.sdk.runtime.ByteRange.of(0, 3)).build())) {
      assertEquals("bytes=0-3", server.last().header("Range"));
      assertTrue(download.isPartial());
      assertEquals("image/png", download.contentType().orElse(null));
      assertEquals(4L, download.contentLength().getAsLong());
      assertEquals(0L, download.contentRange().start().getAsLong());
      assertEquals(3L, download.contentRange().end().getAsLong());
      assertEquals(1024L, download.contentRange().size().getAsLong());
      assertArrayEquals(part, download.bytes());
      assertThrows(IllegalStateException.class, download::stream, "the body can be read once");
    }
    assertEquals("bytes=512-", io.secureaistudio.sdk.runtime.ByteRange.from(512));
    assertThrows(IllegalArgumentException.class, () -> io.secureaistudio.sdk.runtime.ByteRange.of(10, 2));
  }

  @Test
  void theETagIsExposedAndIfMatchIsRequiredAndSentVerbatim() throws Exception {
    server.withHeaders(java.util.Map.of("ETag", "W/\"tpl-v3\"")).respond(200, "application/json",
        "{\"id\":\"tpl_01JD5A1B2C3D4E5F6G7H8J9K0M\",\"name\":\"Product shot\"}");
    String etag = client("k", null).templates().withRawResponse().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M").etag().orElseThrow();
    assertEquals("W/\"tpl-v3\"", etag);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> client("k", null).templates().delete("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M", TemplateDeleteParams.builder().build()));
    assertTrue(missing.getMessage().contains("If-Match"), missing.getMessage());
    server.respond(204, "application/json", "");
    client("k", null).templates().delete("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M", TemplateDeleteParams.builder().ifMatch(etag).build());
    assertEquals(etag, server.last().header("If-Match"));
  }

  @Test
  void uploadSendsMultipartWithTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fox.png");
    Files.write(file, "fake-png-bytes".getBytes(StandardCharsets.US_ASCII));
    server.respond(201, "application/json", "{\"id\":\"ast_abcdefgh12\",\"kind\":\"reference\",\"contentType\":\"image/png\","
        + "\"sizeBytes\":14,\"sha256\":\"" + "a".repeat(64) + "\",\"createdAt\":\"2026-01-02T03:04:05Z\"}");
    Asset asset = client("k", null).assets().upload(AssetUploadParams.builder().file(file).description("my fox").build());
    assertEquals("ast_abcdefgh12", asset.getId());
    TestServer.Recorded r = server.last();
    String contentType = r.header("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    String boundary = contentType.substring(contentType.indexOf('=') + 1);
    String body = r.bodyText();
    assertTrue(body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"fox.png\"\r\nContent-Type: image/png\r\n\r\nfake-png-bytes\r\n"), body);
    assertTrue(body.contains("name=\"description\"\r\n\r\nmy fox\r\n"), body);
    assertTrue(body.endsWith("--" + boundary + "--\r\n"), body);
  }

  @Test
  void createTokenSendsThePolymorphicGrantWithoutCredentials() throws Exception {
    server.respond(200, "application/json",
        "{\"accessToken\":\"eyJ.a.b\",\"tokenType\":\"Bearer\",\"expiresIn\":3600,\"refreshToken\":\"rt_1\"}");
    TokenRequest grant = new PasswordGrant()
        .grantType(PasswordGrant.GrantTypeEnum.PASSWORD).username("ada@example.com").password("s3cret-pass");
    TokenResponse token = client("sk_test_123", null).auth().createToken(grant);
    assertEquals("eyJ.a.b", token.getAccessToken());
    TestServer.Recorded r = server.last();
    assertEquals("/api/v1/auth/token", r.pathAndQuery);
    assertNull(r.header("X-API-Key"));
    String body = r.bodyText();
    assertEquals(body.indexOf("\"grantType\""), body.lastIndexOf("\"grantType\""), body);
    com.fasterxml.jackson.databind.JsonNode json = new io.secureaistudio.sdk.runtime.Json().mapper().readTree(body);
    assertEquals("password", json.get("grantType").asText());
    assertEquals("ada@example.com", json.get("username").asText());
  }

  @Test
  void missingRequiredParameterFailsBeforeSending() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> client("k", null).jobs().retrieve(""));
    assertEquals("The path parameter 'jobId' of getJob must not be empty", empty.getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client("k", null).jobs().retrieve(null));
    assertTrue(e.getMessage().contains("'jobId'") && e.getMessage().contains("getJob"), e.getMessage());
    assertEquals(0, server.requests.size());
  }
}
