package io.secureaistudio.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.secureaistudio.sdk.SecureAIStudioClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java SDK's conformance driver (docs/contracts.md, Drivers): one dynamic test per contract
 * of the bundle. Each opens a mock-server session, calls the SDK as the contract says, compares
 * the outcome with {@code expect}, reads the session's verdict on the traffic, and records
 * pass/fail with a reason in {@code SAIS_RESULTS} for the matrix.
 */
class ConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Sorted, and written after every contract, so a crash still leaves the results so far. */
  private static final Map<String, Map<String, String>> RESULTS = new TreeMap<>();

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(name + " is not set: run this driver through test/conformance/run.mjs");
    }
    return value;
  }

  @TestFactory
  Stream<DynamicTest> contracts() throws IOException {
    String bundle = env("SAIS_CONTRACTS_BUNDLE");
    MockSessions sessions = new MockSessions(env("SAIS_MOCK_URL"), MAPPER);
    File results = new File(env("SAIS_RESULTS"));
    Path root = Path.of(System.getProperty("sais.repoRoot", "../../..")).toAbsolutePath().normalize();

    JsonNode contracts = MAPPER.readTree(new File(bundle));
    if (!contracts.isArray()) throw new IllegalStateException(bundle + ": expected a JSON array of contracts");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode contract : contracts) {
      String id = contract.path("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        String reason = run(contract, sessions, root);
        Map<String, String> result = new LinkedHashMap<>();
        result.put("status", reason == null ? "pass" : "fail");
        if (reason != null) result.put("reason", reason);
        synchronized (RESULTS) {
          RESULTS.put(id, result);
          MAPPER.writeValue(results, RESULTS);
        }
        assertEquals("pass", reason == null ? "pass" : reason, id);
      }));
    }
    return tests.stream();
  }

  /** Runs one contract; null when it passes, else the reason (outcome: ... | traffic: ...). */
  private static String run(JsonNode contract, MockSessions sessions, Path root) {
    try {
      MockSessions.Session session = sessions.open(contract.path("id").asText());
      ContractCall call = new ContractCall(contract, root);
      SecureAIStudioClient client = call.buildClient(session.baseURL());
      Outcome outcome = call.perform(client);
      String reason = OutcomeCheck.verdict(OutcomeCheck.outcomeMismatch(contract.path("expect"), outcome), sessions.read(session.id()));
      if (reason != null && !call.missingOptions.isEmpty()) reason += " | note: " + String.join("; ", call.missingOptions);
      return reason;
    } catch (ContractCall.InputMismatch e) {
      return "driver: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "driver: interrupted";
    } catch (Exception e) {
      return "driver: " + e;
    }
  }
}
