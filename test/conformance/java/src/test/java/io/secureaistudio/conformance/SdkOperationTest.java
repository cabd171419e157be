package io.secureaistudio.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.secureaistudio.sdk.SecureAIStudioClient;
import org.junit.jupiter.api.Test;

/** The argument layout the driver reads off the SDK, checked without a mock server. */
class SdkOperationTest {
  private final SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL("http://127.0.0.1:9/api/v1").build();

  @Test
  void readsWhereEachArgumentGoesOffTheSdk() throws Exception {
    // A multipart operation (file part, header, form field) and a oneOf-interface JSON body.
    // Idempotency-Key is a per-call option of the SDK, not a parameter (R3.6).
    assertEquals("uploadReferenceImage(form description, form file)", SdkOperation.find(client, "uploadReferenceImage").describe());
    assertEquals("updateTemplate(path templateId, body, header If-Match)", SdkOperation.find(client, "updateTemplate").describe());
    assertEquals("createToken(body)", SdkOperation.find(client, "createToken").describe());
    assertEquals("listJobs(query cursor, query limit, query status, query type)", SdkOperation.find(client, "listJobs").describe());
    assertEquals("getJob", SdkOperation.find(client, "getJob").waiter().getAnnotation(io.secureaistudio.sdk.runtime.ApiOperation.class).value());
  }
}
