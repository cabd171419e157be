package io.secureaistudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.secureaistudio.sdk.SecureAIStudioClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java SDK's conformance driver (docs/contracts.md, Drivers): one dynamic test per contract
 * of the bundle. Each calls the SDK as the contract says, against the session baseURL the runner
 * put in the bundle, and records what the SDK produced in {@code SAIS_RESULTS}. The runner
 * (test/conformance/run.mjs) takes the verdict; a test here fails only when the driver could not
 * apply the contract.
 */
class ConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Sorted, and written after every contract, so a crash still leaves the results so far. */
  private static final Map<String, ObjectNode> RESULTS = new TreeMap<>();

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
    File results = new File(env("SAIS_RESULTS"));
    Path root = Path.of(System.getProperty("sais.repoRoot", "../../..")).toAbsolutePath().normalize();

    JsonNode contracts = MAPPER.readTree(new File(bundle));
    if (!contracts.isArray()) throw new IllegalStateException(bundle + ": expected a JSON array of contracts");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode contract : contracts) {
      String id = contract.path("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        ObjectNode result = run(contract, root);
        synchronized (RESULTS) {
          RESULTS.put(id, result);
          MAPPER.writeValue(results, RESULTS);
        }
        if (result.has("driverError")) throw new AssertionError(result.get("driverError").asText());
      }));
    }
    return tests.stream();
  }

  /** Runs one contract: {@code {outcome, notes?}}, or {@code {driverError}} when it cannot be applied. */
  private static ObjectNode run(JsonNode contract, Path root) {
    ObjectNode result = MAPPER.createObjectNode();
    try {
      ContractCall call = new ContractCall(contract, root);
      SecureAIStudioClient client = call.buildClient(contract.path("baseURL").asText());
      result.set("outcome", call.perform(client));
      if (!call.missingOptions.isEmpty()) call.missingOptions.forEach(result.putArray("notes")::add);
    } catch (ContractCall.InputMismatch e) {
      result.put("driverError", e.getMessage());
    } catch (Exception e) {
      result.removeAll();
      result.put("driverError", String.valueOf(e));
    }
    return result;
  }
}
