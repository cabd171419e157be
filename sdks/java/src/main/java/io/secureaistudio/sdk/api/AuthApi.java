// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.Principal;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.RefreshTokenRequest;
import io.secureaistudio.sdk.model.RevokeTokenRequest;
import io.secureaistudio.sdk.model.TokenRequest;
import io.secureaistudio.sdk.model.TokenResponse;
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
 * Operations tagged {@code Auth}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#auth()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class AuthApi {
  private final Transport transport;

  public AuthApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public AuthApi withOptions(RequestOptions options) {
    return new AuthApi(transport.withOptions(options));
  }

  /**
   * Issue an access token
   * <p>Exchanges credentials for a short-lived JWT access token and a refresh token. Supports the &#x60;password&#x60; grant (a user&#39;s email and password) and the &#x60;client_credentials&#x60; grant (a service client&#39;s ID and secret). Credentials travel in the body, so this operation takes no other authentication. 
   *
   * @param tokenRequest TokenRequest
   * @return TokenResponse
   */
  public TokenResponse createToken(TokenRequest tokenRequest) {
    return createTokenWithHttpInfo(tokenRequest).getData();
  }

  /**
   * Issue an access token, with the response status and headers.
   *
   * @param tokenRequest TokenRequest
   * @return the decoded body with status code and headers
   */
  public ApiResponse<TokenResponse> createTokenWithHttpInfo(TokenRequest tokenRequest) {
    ApiRequest request = createTokenRequest(tokenRequest);
    return transport.execute(request, new TypeReference<TokenResponse>() {});
  }


  private ApiRequest createTokenRequest(TokenRequest tokenRequest) {
    return ApiRequest.of("createToken", "POST", "/auth/token")
        .require("TokenRequest", tokenRequest)
        .jsonBody(tokenRequest, "application/json")
        .accept("application/json, application/problem+json")
        ;
  }

  /**
   * Get the current principal
   * <p>Returns the user or API key the request is authenticated as, with its roles and effective permissions.
   *
   * @return Principal
   */
  public Principal getCurrentPrincipal() {
    return getCurrentPrincipalWithHttpInfo().getData();
  }

  /**
   * Get the current principal, with the response status and headers.
   *
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Principal> getCurrentPrincipalWithHttpInfo() {
    ApiRequest request = getCurrentPrincipalRequest();
    return transport.execute(request, new TypeReference<Principal>() {});
  }


  private ApiRequest getCurrentPrincipalRequest() {
    return ApiRequest.of("getCurrentPrincipal", "GET", "/auth/me")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Refresh an access token
   * <p>Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are single use: the old one stops working once this succeeds. 
   *
   * @param refreshTokenRequest RefreshTokenRequest
   * @return TokenResponse
   */
  public TokenResponse refreshToken(RefreshTokenRequest refreshTokenRequest) {
    return refreshTokenWithHttpInfo(refreshTokenRequest).getData();
  }

  /**
   * Refresh an access token, with the response status and headers.
   *
   * @param refreshTokenRequest RefreshTokenRequest
   * @return the decoded body with status code and headers
   */
  public ApiResponse<TokenResponse> refreshTokenWithHttpInfo(RefreshTokenRequest refreshTokenRequest) {
    ApiRequest request = refreshTokenRequest(refreshTokenRequest);
    return transport.execute(request, new TypeReference<TokenResponse>() {});
  }


  private ApiRequest refreshTokenRequest(RefreshTokenRequest refreshTokenRequest) {
    return ApiRequest.of("refreshToken", "POST", "/auth/refresh")
        .require("RefreshTokenRequest", refreshTokenRequest)
        .jsonBody(refreshTokenRequest, "application/json")
        .accept("application/json, application/problem+json")
        ;
  }

  /**
   * Revoke a token
   * <p>Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
   *
   * @param revokeTokenRequest RevokeTokenRequest
   */
  public void revokeToken(RevokeTokenRequest revokeTokenRequest) {
    revokeTokenWithHttpInfo(revokeTokenRequest);
  }

  /**
   * Revoke a token, with the response status and headers.
   *
   * @param revokeTokenRequest RevokeTokenRequest
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Void> revokeTokenWithHttpInfo(RevokeTokenRequest revokeTokenRequest) {
    ApiRequest request = revokeTokenRequest(revokeTokenRequest);
    return transport.executeVoid(request);
  }


  private ApiRequest revokeTokenRequest(RevokeTokenRequest revokeTokenRequest) {
    return ApiRequest.of("revokeToken", "POST", "/auth/revoke")
        .require("RevokeTokenRequest", revokeTokenRequest)
        .jsonBody(revokeTokenRequest, "application/json")
        .accept("application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
