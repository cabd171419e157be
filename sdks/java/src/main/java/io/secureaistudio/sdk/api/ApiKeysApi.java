// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.ApiKey;
import io.secureaistudio.sdk.model.ApiKeyCreate;
import io.secureaistudio.sdk.model.ApiKeyList;
import io.secureaistudio.sdk.model.ApiKeyWithSecret;
import io.secureaistudio.sdk.model.Problem;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import io.secureaistudio.sdk.runtime.Transport;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations tagged {@code ApiKeys}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#apiKeys()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ApiKeysApi {
  private final Transport transport;

  public ApiKeysApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public ApiKeysApi withOptions(RequestOptions options) {
    return new ApiKeysApi(transport.withOptions(options));
  }

  /**
   * Create an API key
   * <p>Creates an API key. The response is the only time the full secret is shown; store it safely.
   *
   * @param apiKeyCreate ApiKeyCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return ApiKeyWithSecret
   */
  public ApiKeyWithSecret createApiKey(ApiKeyCreate apiKeyCreate, String idempotencyKey) {
    return createApiKeyWithHttpInfo(apiKeyCreate, idempotencyKey).getData();
  }

  /**
   * Create an API key, with the response status and headers.
   *
   * @param apiKeyCreate ApiKeyCreate
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ApiKeyWithSecret> createApiKeyWithHttpInfo(ApiKeyCreate apiKeyCreate, String idempotencyKey) {
    ApiRequest request = createApiKeyRequest(apiKeyCreate, idempotencyKey);
    return transport.execute(request, new TypeReference<ApiKeyWithSecret>() {});
  }


  private ApiRequest createApiKeyRequest(ApiKeyCreate apiKeyCreate, String idempotencyKey) {
    return ApiRequest.of("createApiKey", "POST", "/api-keys")
        .require("ApiKeyCreate", apiKeyCreate)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(apiKeyCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get an API key
   * <p>Returns one API key, without its secret.
   *
   * @param keyId The API key&#39;s ID.
   * @return ApiKey
   */
  public ApiKey getApiKey(String keyId) {
    return getApiKeyWithHttpInfo(keyId).getData();
  }

  /**
   * Get an API key, with the response status and headers.
   *
   * @param keyId The API key&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ApiKey> getApiKeyWithHttpInfo(String keyId) {
    ApiRequest request = getApiKeyRequest(keyId);
    return transport.execute(request, new TypeReference<ApiKey>() {});
  }


  private ApiRequest getApiKeyRequest(String keyId) {
    return ApiRequest.of("getApiKey", "GET", "/api-keys/{keyId}")
        .require("keyId", keyId)
        .pathParam("keyId", keyId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List API keys
   * <p>Lists the organisation&#39;s API keys, newest first. Secrets are never returned here.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return ApiKeyList
   */
  public ApiKeyList listApiKeys(String cursor, Integer limit) {
    return listApiKeysWithHttpInfo(cursor, limit).getData();
  }

  /**
   * List API keys, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ApiKeyList> listApiKeysWithHttpInfo(String cursor, Integer limit) {
    ApiRequest request = listApiKeysRequest(cursor, limit);
    return transport.execute(request, new TypeReference<ApiKeyList>() {});
  }

  /**
   * List API keys: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listApiKeysAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @return the first page, a {@code Page} of the items in {@code ApiKeyList.data}
   */
  public ApiKeyList.DataPage listApiKeysAutoPaging(String cursor, Integer limit) {
    return new ApiKeyList.DataPage(transport, listApiKeysRequest(cursor, limit),
        "cursor", ApiKeyList::getNextCursor);
  }


  private ApiRequest listApiKeysRequest(String cursor, Integer limit) {
    return ApiRequest.of("listApiKeys", "GET", "/api-keys")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Revoke an API key
   * <p>Revokes an API key at once. Requests made with it afterwards fail with 401.
   *
   * @param keyId The API key&#39;s ID.
   */
  public void revokeApiKey(String keyId) {
    revokeApiKeyWithHttpInfo(keyId);
  }

  /**
   * Revoke an API key, with the response status and headers.
   *
   * @param keyId The API key&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Void> revokeApiKeyWithHttpInfo(String keyId) {
    ApiRequest request = revokeApiKeyRequest(keyId);
    return transport.executeVoid(request);
  }


  private ApiRequest revokeApiKeyRequest(String keyId) {
    return ApiRequest.of("revokeApiKey", "DELETE", "/api-keys/{keyId}")
        .require("keyId", keyId)
        .pathParam("keyId", keyId)
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
