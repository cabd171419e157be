// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listApiKeys`. */
export interface ApiKeyListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listApiKeys"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listApiKeys"]['parameters']['query']>["limit"];
}

/** Response body of `listApiKeys` (HTTP 200). */
export type ListApiKeysResponse = operations["listApiKeys"]['responses'][200]['content']['application/json'];

/** One item of a `listApiKeys` page. */
export type ListApiKeysItem = ListApiKeysResponse["data"][number];

/** Request body of `createApiKey`. */
export type CreateApiKeyBody = NonNullable<operations["createApiKey"]['requestBody']>['content']['application/json'];

/** Response body of `createApiKey` (HTTP 201). */
export type CreateApiKeyResponse = operations["createApiKey"]['responses'][201]['content']['application/json'];

/** Response body of `getApiKey` (HTTP 200). */
export type GetApiKeyResponse = operations["getApiKey"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `apiKeys`: Long-lived API keys for services. The secret is shown once, at creation.
 * Generated base of the hand-written resource class; reach it as
 * `client.apiKeys`.
 */
export class ApiKeysBase extends APIResource {
  /**
   * List API keys.
   *
   * Lists the organisation's API keys, newest first. Secrets are never returned here.
   *
   * `GET /api-keys` (operation `listApiKeys`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.apiKeys.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: ApiKeyListParams, options?: RequestOptions): PagePromise<ListApiKeysItem> {
    return this._client.requestPage<ListApiKeysItem>(ops.listApiKeys, { params }, options);
  }

  /**
   * Create an API key.
   *
   * Creates an API key. The response is the only time the full secret is shown; store it safely.
   *
   * `POST /api-keys` (operation `createApiKey`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.apiKeys.create({
   *   name: "CI pipeline",
   *   scopes: [
   *     "jobs:write",
   *     "assets:read"
   *   ],
   *   expiresAt: "2027-11-21T00:00:00Z"
   * });
   * ```
   */
  create(body: CreateApiKeyBody, options?: RequestOptions): APIPromise<CreateApiKeyResponse> {
    return this._client.request<CreateApiKeyResponse>(ops.createApiKey, { body }, options);
  }

  /**
   * Get an API key.
   *
   * Returns one API key, without its secret.
   *
   * `GET /api-keys/{keyId}` (operation `getApiKey`).
   * @param keyId - The API key's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.apiKeys.retrieve('key_01JD7A2B3C4D5E6F7G8H9J0K1M');
   * ```
   */
  retrieve(keyId: string, options?: RequestOptions): APIPromise<GetApiKeyResponse> {
    return this._client.request<GetApiKeyResponse>(ops.getApiKey, { path: { keyId } }, options);
  }

  /**
   * Revoke an API key.
   *
   * Revokes an API key at once. Requests made with it afterwards fail with 401.
   *
   * `DELETE /api-keys/{keyId}` (operation `revokeApiKey`).
   * @param keyId - The API key's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * await client.apiKeys.revoke('key_01JD7A2B3C4D5E6F7G8H9J0K1M');
   * ```
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(ops.revokeApiKey, { path: { keyId } }, options);
  }
}
