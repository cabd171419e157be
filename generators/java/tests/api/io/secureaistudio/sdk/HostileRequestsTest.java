package io.secureaistudio.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.secureaistudio.sdk.params.AssetUploadParams;
import io.secureaistudio.sdk.params.TemplateUpdateParams;
import com.fasterxml.jackson.databind.JsonNode;
import io.secureaistudio.sdk.model.ApiKeyWithSecret;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.RoleAssignment;
import io.secureaistudio.sdk.model.TemplateUpdate;
import io.secureaistudio.sdk.runtime.Json;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.ResponseValidationException;
import io.secureaistudio.sdk.runtime.Validation;
import io.secureaistudio.sdk.services.AssetsService;
import io.secureaistudio.sdk.services.TemplatesService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client against a real local server with inputs nobody had tried (issue 10):
 * dot path segments, bad header values, a job type this SDK does not know, unset defaults,
 * uploads without a telling name, and secrets in models and options.
 */
class HostileRequestsTest {
  private static final String KEY = "sk_test_4f9a2b7c1d8e3f6a5b0c9d2e7f1a4b8c";
  /** A job of a type a newer server added: unknown to this SDK, with a property it does not know. */
  static final String AUDIO_JOB = "{\"id\":\"job_abcdefgh12\",\"type\":\"audio\",\"status\":\"running\","
      + "\"progress\":40,\"createdAt\":\"2026-01-02T03:04:05Z\",\"updatedAt\":\"2026-01-02T03:04:06Z\","
      + "\"completedAt\":null,\"error\":null,\"outputAssetIds\":[],\"params\":{\"prompt\":\"a song\"},\"voice\":\"alto\"}";
  private TestServer server;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SecureAIStudioClient client() {
    System.Logger recorder = new System.Logger() {
      @Override public String getName() { return "recorder"; }
      @Override public boolean isLoggable(Level level) { return true; }
      @Override public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) { warnings.add(msg); }
      @Override public void log(Level level, ResourceBundle bundle, String format, Object... params) { warnings.add(format); }
    };
    return SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey(KEY).logger(recorder).build();
  }

  /** R9.1: `.` and `..` would address another endpoint; they fail before sending, naming operation and parameter. */
  @Test
  void dotPathSegmentsFailBeforeSending() {
    IllegalArgumentException dot = assertThrows(IllegalArgumentException.class, () -> client().templates().retrieve("."));
    assertTrue(dot.getMessage().contains("'templateId'") && dot.getMessage().contains("getTemplate"), dot.getMessage());
    IllegalArgumentException dots = assertThrows(IllegalArgumentException.class,
        () -> client().roles().assign("..", new RoleAssignment()));
    assertTrue(dots.getMessage().contains("'userId'") && dots.getMessage().contains("assignUserRoles"), dots.getMessage());
    assertEquals(0, server.requests.size());
  }

  /** R9.1: encodeURIComponent semantics: !'()*~ stay, everything else reserved is encoded. */
  @Test
  void pathSegmentsUseEncodeUriComponentSemantics() {
    server.respond(200, "application/json", "{\"id\":\"tpl_01JD5A1B2C3D4E5F6G7H8J9K0M\",\"name\":\"x\"}");
    client().templates().retrieve("a b!'()*~/..");
    assertEquals("/api/v1/templates/a%20b!'()*~%2F..", server.last().pathAndQuery);
  }

  /** R9.4: a header parameter with a non-ASCII or control character fails before sending, naming it. */
  @Test
  void badHeaderValuesFailBeforeSending() {
    IllegalArgumentException ifMatch = assertThrows(IllegalArgumentException.class,
        () -> client().templates().update("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M", new TemplateUpdate(),
            TemplateUpdateParams.builder().ifMatch("\"cl\u00e9\"").build()));
    assertTrue(ifMatch.getMessage().contains("'If-Match'") && ifMatch.getMessage().contains("updateTemplate"), ifMatch.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> client().jobs().withOptions(RequestOptions.builder().idempotencyKey("key\n").build()));
    assertTrue(key.getMessage().contains("idempotencyKey"), key.getMessage());
    assertEquals(0, server.requests.size());
  }

  /** R7.3: a job type this SDK does not know comes back whole as the base type, with a warning. */
  @Test
  void anUnknownJobTypeIsKeptWholeWithAWarning() {
    server.respond(200, "application/json", AUDIO_JOB);
    Job job = client().jobs().retrieve("job_abcdefgh12");
    assertInstanceOf(Job.Unknown.class, job);
    assertEquals("job_abcdefgh12", job.getId());
    assertEquals("audio", job.getTypeValue());
    assertEquals(JobStatus.RUNNING, job.getStatus());
    assertEquals(40, job.getProgress());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05Z"), job.getCreatedAt());
    assertEquals("alto", ((Job.Unknown) job).getProperty("voice"), "unknown properties are kept");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("Response of getJob does not match openapi.yaml"), warnings.get(0));

    server.respond(200, "application/json", "{\"data\":[" + AUDIO_JOB + "," + ModelSerializationTest.IMAGE_JOB + "],\"nextCursor\":null}");
    List<Job> page = client().jobs().list().data();
    assertInstanceOf(Job.Unknown.class, page.get(0));
    assertEquals("job_abcdefgh12", page.get(1).getId());
  }

  @Test
  void anUnknownJobTypeIsAValidationErrorInStrictMode() {
    server.respond(200, "application/json", AUDIO_JOB);
    ResponseValidationException e = assertThrows(ResponseValidationException.class, () -> client().jobs()
        .withOptions(RequestOptions.builder().validation(Validation.STRICT).build()).retrieve("job_abcdefgh12"));
    assertEquals("getJob", e.getOperationId());
  }

  /** An unknown job is written back as the object that was received. */
  @Test
  void anUnknownJobRoundTrips() throws Exception {
    Json json = new Json();
    Job job = json.mapper().readValue(AUDIO_JOB, Job.class);
    assertEquals(json.mapper().readTree(AUDIO_JOB), json.mapper().readTree(json.write(job)));
  }

  /** R3.7: a request body carries exactly the fields the caller set; the server applies its defaults. */
  @Test
  void requestBodiesCarryOnlyWhatTheCallerSet() throws Exception {
    server.respond(202, "application/json", ModelSerializationTest.IMAGE_JOB);
    client().jobs().createImage(ImageJobRequest.builder().prompt("a red fox").build());
    JsonNode body = new Json().mapper().readTree(server.last().body);
    assertEquals(new Json().mapper().readTree("{\"prompt\":\"a red fox\"}"), body);
  }

  /** R3.7: a nullable property set to null is sent as null (seed null: a random one); unset ones are left out. */
  @Test
  void explicitNullsAreSentAndUnsetPropertiesAreNot() throws Exception {
    server.respond(202, "application/json", ModelSerializationTest.IMAGE_JOB);
    client().jobs().createImage(ImageJobRequest.builder().prompt("a red fox").seed(null).count(2).build());
    assertEquals(new Json().mapper().readTree("{\"prompt\":\"a red fox\",\"seed\":null,\"count\":2}"),
        new Json().mapper().readTree(server.last().body));
    ImageJobRequest read = new Json().mapper().readValue("{\"prompt\":\"p\",\"templateId\":null}", ImageJobRequest.class);
    assertEquals(new Json().mapper().readTree("{\"prompt\":\"p\",\"templateId\":null}"), new Json().mapper().readTree(new Json().write(read)),
        "what was read is written back: the null that came in, nothing that did not");
  }

  /** The base type carries the variants' common properties: no cast to read a job's id or status. */
  @Test
  void theBaseTypeOfAJobHasTheCommonProperties() {
    server.respond(200, "application/json", ModelSerializationTest.IMAGE_JOB);
    Job job = client().jobs().retrieve("job_abcdefgh12");
    String id = job.getId();
    JobStatus status = job.getStatus();
    assertEquals("job_abcdefgh12", id);
    assertEquals(JobStatus.RUNNING, status);
    assertEquals("image", job.getTypeValue());
    assertEquals(List.of(), job.getOutputAssetIds());
  }

  /** R9.3: bytes named without an image extension go with the type their magic number tells. */
  @Test
  void uploadContentTypeComesFromTheMagicNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reference");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
    server.respond(201, "application/json", "{\"id\":\"ast_abcdefgh12\",\"kind\":\"reference\",\"contentType\":\"image/png\","
        + "\"sizeBytes\":10,\"sha256\":\"" + "a".repeat(64) + "\",\"createdAt\":\"2026-01-02T03:04:05Z\"}");
    client().assets().upload(AssetUploadParams.builder().file(file).build());
    assertTrue(server.last().bodyText().contains("filename=\"reference\"\r\nContent-Type: image/png\r\n"), server.last().bodyText());
  }

  @Test
  void anUploadOfUnknownTypeFailsBeforeSending(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.bin");
    Files.write(file, new byte[] {0, 1, 2, 3});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client().assets().upload(AssetUploadParams.builder().file(file).build()));
    assertTrue(e.getMessage().contains("'file'") && e.getMessage().contains("uploadReferenceImage"), e.getMessage());
    assertEquals(0, server.requests.size());
  }

  /** R5.5: format: password properties are masked in toString(); the getter still gives the value. */
  @Test
  void newKeySecretsAreMaskedInToString() throws Exception {
    String secret = "sk_live_" + "0123456789abcdef".repeat(2);
    ApiKeyWithSecret created = new Json().mapper().readValue("{\"id\":\"key_abcdefgh12\",\"name\":\"ci\",\"prefix\":\"sk_live_0123\","
        + "\"scopes\":[\"templates:read\"],\"createdAt\":\"2026-01-02T03:04:05Z\",\"secret\":\"" + secret + "\"}", ApiKeyWithSecret.class);
    assertEquals(secret, created.getSecret());
    assertFalse(created.toString().contains(secret), created.toString());
    assertTrue(created.toString().contains("ci"), created.toString());
  }

  /** R5.5: an unknown variant still masks the properties its siblings declare format: password. */
  @Test
  void anUnknownVariantMasksPasswordProperties() throws Exception {
    io.secureaistudio.sdk.model.TokenRequest grant = new Json().mapper().readValue(
        "{\"grantType\":\"device_code\",\"password\":\"hunter2-hunter2\",\"deviceCode\":\"dc_1\"}", io.secureaistudio.sdk.model.TokenRequest.class);
    assertInstanceOf(io.secureaistudio.sdk.model.TokenRequest.Unknown.class, grant);
    assertEquals("hunter2-hunter2", grant.getPassword());
    assertFalse(grant.toString().contains("hunter2"), grant.toString());
    assertTrue(grant.toString().contains("dc_1"), grant.toString());
  }

  /** R5.5: neither the client nor its options show the key or tokens. */
  @Test
  void theClientsToStringShowsNoCredentials() {
    SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey(KEY)
        .accessToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln").refreshToken("rt_contractrefreshtoken0001").build();
    for (String shown : List.of(client.toString(), client.options().toString())) {
      assertFalse(shown.contains(KEY) || shown.contains("eyJhbGciOiJIUzI1NiJ9") || shown.contains("rt_contract"), shown);
      assertTrue(shown.contains(server.baseURL()), shown);
    }
    assertNotNull(client.options().apiKey());
  }
}
