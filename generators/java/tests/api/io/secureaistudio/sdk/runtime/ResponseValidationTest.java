package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** R7.1-R7.3: successful bodies are checked against openapi.yaml; the data is never changed. */
class ResponseValidationTest {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  /** The spec's own example of getJob's 200 answer. */
  private static final String JOB = "{\"id\":\"job_01JD8K2M4P6R8T0V2X4Z6B8D0F\",\"type\":\"image\",\"status\":\"succeeded\","
      + "\"progress\":100,\"createdAt\":\"2026-11-21T10:15:00Z\",\"updatedAt\":\"2026-11-21T10:15:42Z\","
      + "\"completedAt\":\"2026-11-21T10:15:42Z\",\"error\":null,\"outputAssetIds\":[\"ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G\"],"
      + "\"params\":{\"prompt\":\"A lighthouse\",\"width\":1024,\"height\":768,\"style\":\"photographic\",\"count\":1,\"templateId\":null}}";

  /** A System.Logger that keeps what it is told. */
  private static final class Recorder implements System.Logger {
    final List<String> warnings = new CopyOnWriteArrayList<>();
    @Override public String getName() { return "recorder"; }
    @Override public boolean isLoggable(Level level) { return true; }
    @Override public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) { warnings.add(msg); }
    @Override public void log(Level level, ResourceBundle bundle, String format, Object... params) { warnings.add(format); }
  }

  private final Recorder logger = new Recorder();

  private Transport transport(String baseURL, Validation mode) {
    return ClientOptions.builder(Transport::new).baseURL(baseURL).apiKey("k").validation(mode).logger(logger).build();
  }

  private static ApiRequest getJob() {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}").pathParam("jobId", "job_01JD8K2M4P6R8T0V2X4Z6B8D0F");
  }

  private static ScriptedServer serving(String body) throws Exception {
    return new ScriptedServer(json(200, body));
  }

  @Test
  void aMatchingBodyWithUnknownFieldsPassesUnchanged() throws Exception {
    try (ScriptedServer server = serving(JOB.replace("\"progress\":100,", "\"progress\":100,\"priority\":\"high\","))) {
      ApiResponse<Map<String, Object>> typed = transport(server.baseURL(), Validation.STRICT)
          .execute(getJob(), new TypeReference<Map<String, Object>>() {});
      assertEquals("high", typed.getData().get("priority"), "unknown properties are never an error");
      assertEquals("high", typed.getJson().path("priority").asText(), "the body as received stays visible");
    }
  }

  @Test
  void emailsNeedOnlyTheMailboxShape() throws Exception {
    String user = "{\"id\":\"usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K\",\"email\":\"ada@acme.example\",\"displayName\":\"Ada Lovelace\","
        + "\"status\":\"active\",\"roleIds\":[\"rol_01JD6V9ADM1N000000000000AA\"],\"createdAt\":\"2026-03-02T08:00:00Z\","
        + "\"lastLoginAt\":\"2026-11-21T07:45:12Z\",\"deactivatedAt\":null}";
    ApiRequest getUser = ApiRequest.of("getUser", "GET", "/users/{userId}").pathParam("userId", "usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K");
    try (ScriptedServer server = serving(user)) {
      transport(server.baseURL(), Validation.STRICT).execute(getUser, TREE); // a reserved TLD is still a mailbox
    }
    try (ScriptedServer server = serving(user.replace("ada@acme.example", "not an email"))) {
      ResponseValidationException e = assertThrows(ResponseValidationException.class,
          () -> transport(server.baseURL(), Validation.STRICT).execute(getUser, TREE));
      assertEquals("/email", e.getIssues().get(0).getPath());
    }
  }

  @Test
  void strictModeRaisesWithJsonPointersAndTheRequestId() throws Exception {
    try (ScriptedServer server = serving(JOB.replace("\"succeeded\"", "\"paused_for_review\""))) {
      ResponseValidationException e = assertThrows(ResponseValidationException.class,
          () -> transport(server.baseURL(), Validation.STRICT).execute(getJob(), TREE));
      assertTrue(e.getMessage().startsWith("Response of getJob does not match openapi.yaml at /status: "), e.getMessage());
      assertTrue(e.getIssues().stream().anyMatch(i -> i.getPath().equals("/status") && i.getMessage().contains("enumeration")),
          () -> "issues: " + e.getIssues());
    }
  }

  @Test
  void warnModeLogsTheSameErrorAndReturnsTheDataAsReceived() throws Exception {
    try (ScriptedServer server = serving(JOB.replace("\"succeeded\"", "\"paused_for_review\""))) {
      JsonNode job = transport(server.baseURL(), Validation.WARN).execute(getJob(), TREE).getData();
      assertEquals("paused_for_review", job.path("status").asText());
      assertEquals(1, logger.warnings.size());
      assertTrue(logger.warnings.get(0).startsWith("Response of getJob does not match openapi.yaml"), logger.warnings.get(0));
    }
  }

  @Test
  void offSkipsTheCheckAndPerCallModeOverridesTheClients() throws Exception {
    try (ScriptedServer server = serving(JOB.replace("\"succeeded\"", "\"paused_for_review\""))) {
      Transport off = transport(server.baseURL(), Validation.OFF);
      off.execute(getJob(), TREE);
      assertTrue(logger.warnings.isEmpty());
      Supplier<Transport> strict = () -> off.withOptions(RequestOptions.builder().validation(Validation.STRICT).build());
      assertThrows(ResponseValidationException.class, () -> strict.get().execute(getJob(), TREE));
    }
  }
}
