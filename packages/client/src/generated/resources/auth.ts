// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Request body of `createToken`. */
export type CreateTokenBody = NonNullable<operations["createToken"]['requestBody']>['content']['application/json'];

/** Response body of `createToken` (HTTP 200). */
export type CreateTokenResponse = operations["createToken"]['responses'][200]['content']['application/json'];

/** Request body of `refreshToken`. */
export type RefreshTokenBody = NonNullable<operations["refreshToken"]['requestBody']>['content']['application/json'];

/** Response body of `refreshToken` (HTTP 200). */
export type RefreshTokenResponse = operations["refreshToken"]['responses'][200]['content']['application/json'];

/** Request body of `revokeToken`. */
export type RevokeTokenBody = NonNullable<operations["revokeToken"]['requestBody']>['content']['application/json'];

/** Response body of `getCurrentPrincipal` (HTTP 200). */
export type GetCurrentPrincipalResponse = operations["getCurrentPrincipal"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `auth`: Issue, refresh and revoke access tokens; look up the current principal.
 * Generated base of the hand-written resource class; reach it as
 * `client.auth`.
 */
export class AuthBase extends APIResource {
  /**
   * Issue an access token.
   *
   * Exchanges credentials for a short-lived JWT access token and a refresh token. Supports the
   * `password` grant (a user's email and password) and the `client_credentials` grant (a
   * service client's ID and secret). Credentials travel in the body, so this operation takes no
   * other authentication.
   *
   * `POST /auth/token` (operation `createToken`, no authentication).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.auth.createToken({
   *   grantType: "password",
   *   username: "ada@acme.example",
   *   password: "correct-horse-battery-staple",
   *   scope: "jobs:write templates:read"
   * });
   * ```
   */
  createToken(body: CreateTokenBody, options?: RequestOptions): APIPromise<CreateTokenResponse> {
    return this._client.request<CreateTokenResponse>(ops.createToken, { body }, options);
  }

  /**
   * Refresh an access token.
   *
   * Exchanges a refresh token for a new access token and a new refresh token. Refresh tokens are
   * single use: the old one stops working once this succeeds.
   *
   * `POST /auth/refresh` (operation `refreshToken`, no authentication).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.auth.refresh({
   *   refreshToken: "rt_8c1f4a7b2e9d3c6f0a5b8e1d4c7f2a9b"
   * });
   * ```
   */
  refresh(body: RefreshTokenBody, options?: RequestOptions): APIPromise<RefreshTokenResponse> {
    return this._client.request<RefreshTokenResponse>(ops.refreshToken, { body }, options);
  }

  /**
   * Revoke a token.
   *
   * Revokes an access token or a refresh token (RFC 7009 semantics; revoking an unknown token also succeeds).
   *
   * `POST /auth/revoke` (operation `revokeToken`).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * await client.auth.revoke({
   *   token: "rt_2b9e6c3f0a7d4b1e8c5f2a9d6b3e0c7f",
   *   tokenTypeHint: "refresh_token"
   * });
   * ```
   */
  revoke(body: RevokeTokenBody, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(ops.revokeToken, { body }, options);
  }

  /**
   * Get the current principal.
   *
   * Returns the user or API key the request is authenticated as, with its roles and effective permissions.
   *
   * `GET /auth/me` (operation `getCurrentPrincipal`).
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.auth.me();
   * ```
   */
  me(options?: RequestOptions): APIPromise<GetCurrentPrincipalResponse> {
    return this._client.request<GetCurrentPrincipalResponse>(ops.getCurrentPrincipal, {  }, options);
  }
}
