// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.Principal;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.RefreshTokenRequest;
import io.secureaistudio.sdk.model.RevokeTokenRequest;
import io.secureaistudio.sdk.model.TokenRequest;
import io.secureaistudio.sdk.model.TokenResponse;
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
 * The {@code auth} resource.
 *
 * <p>Get it from {@code client.auth()}; {@code client.async().auth()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class AuthService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code auth} resource over {@code transport}; the client creates it ({@code client.auth()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public AuthService(Transport transport) {
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
  public AuthService withOptions(RequestOptions options) {
    return new AuthService(transport.withOptions(options));
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
   * Issue an access token ({@code POST /auth/token}, operation {@code createToken}).
   * <p>Exchanges credentials for a short-lived JWT access token and a refresh token. Supports the &#x60;password&#x60; grant (a user&#39;s email and password) and the &#x60;client_credentials&#x60; grant (a service client&#39;s ID and secret). Credentials travel in the body, so this operation takes no other authentication. 
   *
   * @param tokenRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("createToken")
  public TokenResponse createToken(@ApiParam(in = "body") TokenRequest tokenRequest) {
    return raw.createToken(tokenRequest).getData();
  }

  /**
   * Get the current principal ({@code GET /auth/me}, operation {@code getCurrentPrincipal}).
   * <p>Returns the user or API key the request is authenticated as, with its roles and effective permissions.
   *
   * @return the decoded response body
   */
  @ApiOperation("getCurrentPrincipal")
  public Principal me() {
    return raw.me().getData();
  }

  /**
   * Refresh an access token ({@code POST /auth/refresh}, operation {@code refreshToken}).
   * <p>Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are single use: the old one stops working once this succeeds. 
   *
   * @param refreshTokenRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("refreshToken")
  public TokenResponse refresh(@ApiParam(in = "body") RefreshTokenRequest refreshTokenRequest) {
    return raw.refresh(refreshTokenRequest).getData();
  }

  /**
   * Revoke a token ({@code POST /auth/revoke}, operation {@code revokeToken}).
   * <p>Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
   *
   * @param revokeTokenRequest the request body
   */
  @ApiOperation("revokeToken")
  public void revoke(@ApiParam(in = "body") RevokeTokenRequest revokeTokenRequest) {
    raw.revoke(revokeTokenRequest);
  }

  /**
   * The methods of {@link AuthService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Issue an access token, with status and headers.
     *
     * @param tokenRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<TokenResponse> createToken(@ApiParam(in = "body") TokenRequest tokenRequest) {
      ApiRequest request = createTokenRequest(tokenRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<TokenResponse>() {}));
    }

    /**
     * Get the current principal, with status and headers.
     *
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Principal> me() {
      ApiRequest request = meRequest();
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Principal>() {}));
    }

    /**
     * Refresh an access token, with status and headers.
     *
     * @param refreshTokenRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<TokenResponse> refresh(@ApiParam(in = "body") RefreshTokenRequest refreshTokenRequest) {
      ApiRequest request = refreshRequest(refreshTokenRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<TokenResponse>() {}));
    }

    /**
     * Revoke a token, with status and headers.
     *
     * @param revokeTokenRequest the request body
     * @return the status code, headers and no body ({@code getData()} is null)
     */
    public HttpResponseFor<Void> revoke(@ApiParam(in = "body") RevokeTokenRequest revokeTokenRequest) {
      ApiRequest request = revokeRequest(revokeTokenRequest);
      return HttpResponseFor.of(transport.executeVoid(request));
    }
  }

  /**
   * The methods of {@link AuthService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final AuthService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().auth()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(AuthService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link AuthService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Issue an access token: see {@link AuthService#createToken}.
     *
     * @param tokenRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<TokenResponse> createToken(@ApiParam(in = "body") TokenRequest tokenRequest) {
      return AsyncCalls.run(executor, () -> sync.createToken(tokenRequest));
    }

    /**
     * Get the current principal: see {@link AuthService#me}.
     *
     * @return a future of the decoded response body
     */
    public CompletableFuture<Principal> me() {
      return AsyncCalls.run(executor, () -> sync.me());
    }

    /**
     * Refresh an access token: see {@link AuthService#refresh}.
     *
     * @param refreshTokenRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<TokenResponse> refresh(@ApiParam(in = "body") RefreshTokenRequest refreshTokenRequest) {
      return AsyncCalls.run(executor, () -> sync.refresh(refreshTokenRequest));
    }

    /**
     * Revoke a token: see {@link AuthService#revoke}.
     *
     * @param revokeTokenRequest the request body
     * @return a future completing with null once the call succeeded
     */
    public CompletableFuture<Void> revoke(@ApiParam(in = "body") RevokeTokenRequest revokeTokenRequest) {
      return AsyncCalls.run(executor, () -> { sync.revoke(revokeTokenRequest); return null; });
    }
  }

  private static ApiRequest createTokenRequest(@ApiParam(in = "body") TokenRequest tokenRequest) {
    return ApiRequest.of("createToken", "POST", "/auth/token")
        .require("TokenRequest", tokenRequest)
        .jsonBody(tokenRequest, "application/json")
        .accept("application/json, application/problem+json")
        ;
  }

  private static ApiRequest meRequest() {
    return ApiRequest.of("getCurrentPrincipal", "GET", "/auth/me")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest refreshRequest(@ApiParam(in = "body") RefreshTokenRequest refreshTokenRequest) {
    return ApiRequest.of("refreshToken", "POST", "/auth/refresh")
        .require("RefreshTokenRequest", refreshTokenRequest)
        .jsonBody(refreshTokenRequest, "application/json")
        .accept("application/json, application/problem+json")
        ;
  }

  private static ApiRequest revokeRequest(@ApiParam(in = "body") RevokeTokenRequest revokeTokenRequest) {
    return ApiRequest.of("revokeToken", "POST", "/auth/revoke")
        .require("RevokeTokenRequest", revokeTokenRequest)
        .jsonBody(revokeTokenRequest, "application/json")
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
