// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.ApiKey;
import io.secureaistudio.sdk.model.ApiKeyCreate;
import io.secureaistudio.sdk.model.ApiKeyList;
import io.secureaistudio.sdk.model.ApiKeyWithSecret;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.params.ApiKeyListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.AsyncEventStream;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@code apiKeys} resource.
 *
 * <p>Get it from {@code client.apiKeys()}; {@code client.async().apiKeys()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class ApiKeysService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code apiKeys} resource over {@code transport}; the client creates it ({@code client.apiKeys()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public ApiKeysService(Transport transport) {
    this.transport = transport;
    this.raw = new WithRawResponse(transport);
  }

  /**
   * This resource with per-call options (rulebook R2.2): {@code timeout}, {@code maxRetries},
   * {@code idempotencyKey} and extra headers. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this resource whose calls use {@code options}
   */
  public ApiKeysService withOptions(RequestOptions options) {
    return new ApiKeysService(transport.withOptions(options));
  }

  /**
   * The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}).
   *
   * @return the raw-response view of this resource
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Create an API key ({@code POST /api-keys}, operation {@code createApiKey}).
   * <p>Creates an API key. The response is the only time the full secret is shown; store it safely.
   *
   * @param apiKeyCreate the request body
   * @return the decoded response body
   */
  @ApiOperation("createApiKey")
  public ApiKeyWithSecret create(@ApiParam(in = "body") ApiKeyCreate apiKeyCreate) {
    return raw.create(apiKeyCreate).getData();
  }

  /**
   * Get an API key ({@code GET /api-keys/{keyId}}, operation {@code getApiKey}).
   * <p>Returns one API key, without its secret.
   *
   * @param keyId The API key&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getApiKey")
  public ApiKey retrieve(@ApiParam(in = "path", name = "keyId") String keyId) {
    return raw.retrieve(keyId).getData();
  }

  /**
   * List API keys ({@code GET /api-keys}, operation {@code listApiKeys}).
   * <p>Lists the organisation&#39;s API keys, newest first. Secrets are never returned here.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listApiKeys")
  public ApiKeyList.DataPage list(ApiKeyListParams params) {
    return new ApiKeyList.DataPage(transport, listRequest(params),
        "cursor", ApiKeyList::getNextCursor);
  }

  /**
   * List API keys, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listApiKeys")
  public ApiKeyList.DataPage list() {
    return list(null);
  }

  /**
   * Revoke an API key ({@code DELETE /api-keys/{keyId}}, operation {@code revokeApiKey}).
   * <p>Revokes an API key at once. Requests made with it afterwards fail with 401.
   *
   * @param keyId The API key&#39;s ID.
   */
  @ApiOperation("revokeApiKey")
  public void revoke(@ApiParam(in = "path", name = "keyId") String keyId) {
    raw.revoke(keyId);
  }

  /**
   * The methods of {@link ApiKeysService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Create an API key, with status and headers.
     *
     * @param apiKeyCreate the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<ApiKeyWithSecret> create(@ApiParam(in = "body") ApiKeyCreate apiKeyCreate) {
      ApiRequest request = createRequest(apiKeyCreate);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ApiKeyWithSecret>() {}));
    }

    /**
     * Get an API key, with status and headers.
     *
     * @param keyId The API key&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<ApiKey> retrieve(@ApiParam(in = "path", name = "keyId") String keyId) {
      ApiRequest request = retrieveRequest(keyId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ApiKey>() {}));
    }

    /**
     * List API keys, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<ApiKeyList> list(ApiKeyListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ApiKeyList>() {}));
    }

    /**
     * List API keys, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<ApiKeyList> list() {
      return list(null);
    }

    /**
     * Revoke an API key, with status and headers.
     *
     * @param keyId The API key&#39;s ID.
     * @return the status code, headers and no body ({@code getData()} is null)
     */
    public HttpResponseFor<Void> revoke(@ApiParam(in = "path", name = "keyId") String keyId) {
      ApiRequest request = revokeRequest(keyId);
      return HttpResponseFor.of(transport.executeVoid(request));
    }
  }

  /**
   * The methods of {@link ApiKeysService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final ApiKeysService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().apiKeys()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(ApiKeysService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link ApiKeysService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Create an API key: see {@link ApiKeysService#create}.
     *
     * @param apiKeyCreate the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<ApiKeyWithSecret> create(@ApiParam(in = "body") ApiKeyCreate apiKeyCreate) {
      return AsyncCalls.run(executor, () -> sync.create(apiKeyCreate));
    }

    /**
     * Get an API key: see {@link ApiKeysService#retrieve}.
     *
     * @param keyId The API key&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<ApiKey> retrieve(@ApiParam(in = "path", name = "keyId") String keyId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(keyId));
    }

    /**
     * List API keys: see {@link ApiKeysService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<ApiKeyList.DataAsyncPage> list(ApiKeyListParams params) {
      return ApiKeyList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", ApiKeyList::getNextCursor);
    }

    /**
     * List API keys, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<ApiKeyList.DataAsyncPage> list() {
      return list(null);
    }

    /**
     * Revoke an API key: see {@link ApiKeysService#revoke}.
     *
     * @param keyId The API key&#39;s ID.
     * @return a future completing with null once the call succeeded
     */
    public CompletableFuture<Void> revoke(@ApiParam(in = "path", name = "keyId") String keyId) {
      return AsyncCalls.run(executor, () -> { sync.revoke(keyId); return null; });
    }
  }

  private static ApiRequest createRequest(@ApiParam(in = "body") ApiKeyCreate apiKeyCreate) {
    return ApiRequest.of("createApiKey", "POST", "/api-keys")
        .header("Idempotency-Key", null)
        .require("ApiKeyCreate", apiKeyCreate)
        .jsonBody(apiKeyCreate, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "keyId") String keyId) {
    return ApiRequest.of("getApiKey", "GET", "/api-keys/{keyId}")
        .require("keyId", keyId)
        .pathParam("keyId", keyId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(ApiKeyListParams params) {
    return ApiRequest.of("listApiKeys", "GET", "/api-keys")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest revokeRequest(@ApiParam(in = "path", name = "keyId") String keyId) {
    return ApiRequest.of("revokeApiKey", "DELETE", "/api-keys/{keyId}")
        .require("keyId", keyId)
        .pathParam("keyId", keyId)
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
