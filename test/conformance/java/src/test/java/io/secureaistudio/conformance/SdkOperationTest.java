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
    assertEquals("uploadReferenceImage(form file, header Idempotency-Key, form description)",
        SdkOperation.find(client, "uploadReferenceImage").describe());
    assertEquals("updateTemplate(path templateId, header If-Match, body )", SdkOperation.find(client, "updateTemplate").describe());
    assertEquals("createToken(body )", SdkOperation.find(client, "createToken").describe());
  }
}
