package io.secureaistudio.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secureaistudio.sdk.SecureAIStudioClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver's own pieces, without a mock server: the argument layout it reads off the SDK, and
 * reasons worded as test/conformance/lib/outcome.mjs words them.
 */
class DriverSelfTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL("http://127.0.0.1:9/api/v1").build();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  @Test
  void readsWhereEachArgumentGoesOffTheSdk() throws Exception {
    // A multipart operation (file part, header, form field) and a oneOf-interface JSON body.
    assertEquals("uploadReferenceImage(form file, header Idempotency-Key, form description)",
        SdkOperation.find(client, "uploadReferenceImage").describe());
    assertEquals("updateTemplate(path templateId, header If-Match, body )", SdkOperation.find(client, "updateTemplate").describe());
    assertEquals("createToken(body )", SdkOperation.find(client, "createToken").describe());
  }

  @Test
  void mapsTypeScriptErrorNamesToJava() {
    assertEquals("NotFoundException", OutcomeCheck.javaErrorName("NotFoundError"));
    assertEquals("APIConnectionTimeoutException", OutcomeCheck.javaErrorName("APIConnectionTimeoutError"));
  }

  @Test
  void comparesResultsAsASubsetWithOutcomeMjsWording() throws Exception {
    JsonNode expect = json("{'result': {'id': 'a', 'n': 100, 'tags': ['x'], 'm': null}}");
    assertNull(OutcomeCheck.outcomeMismatch(expect, Outcome.result(json("{'id': 'a', 'n': 100.0, 'tags': ['x'], 'm': null, 'extra': 1}"))));
    assertEquals("result /n: expected 100, got 7", OutcomeCheck.outcomeMismatch(expect, Outcome.result(json("{'id': 'a', 'n': 7, 'tags': ['x'], 'm': null}"))));
    assertEquals("result /m: missing (expected null)", OutcomeCheck.outcomeMismatch(expect, Outcome.result(json("{'id': 'a', 'n': 100, 'tags': ['x']}"))));
    assertEquals("result /tags: expected 1 items, got 0", OutcomeCheck.outcomeMismatch(expect, Outcome.result(json("{'id': 'a', 'n': 100, 'tags': [], 'm': null}"))));
  }

  @Test
  void comparesErrorsWithOutcomeMjsWording() throws Exception {
    JsonNode expect = json("{'error': {'type': 'NotFoundError', 'status': 404, 'code': 'not_found'}}");
    assertEquals("error type: expected \"NotFoundException\", got \"APIException\": HTTP 404",
        OutcomeCheck.outcomeMismatch(expect, Outcome.raised(new Outcome.Raised("APIException", 404, "not_found", null, "HTTP 404"))));
    assertEquals("error code: expected \"not_found\", got undefined (raised NotFoundException)",
        OutcomeCheck.outcomeMismatch(expect, Outcome.raised(new Outcome.Raised("NotFoundException", 404, null, null, "m"))));
    assertEquals("expected NotFoundException, but the call succeeded", OutcomeCheck.outcomeMismatch(expect, Outcome.result(json("{}"))));
  }

  @Test
  void givesTheVerdictFromOutcomeAndTraffic() {
    assertNull(OutcomeCheck.verdict(null, new MockSessions.Report(2, 2, true, List.of())));
    assertEquals("outcome: x | traffic: sent 1 of 2 recorded requests",
        OutcomeCheck.verdict("x", new MockSessions.Report(2, 1, false, List.of())));
    assertEquals("traffic: exchange 0: a; exchange 1: b",
        OutcomeCheck.verdict(null, new MockSessions.Report(2, 3, false, List.of("exchange 0: a", "exchange 1: b"))));
  }
}
