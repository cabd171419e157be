// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Response body of `getLiveness` (HTTP 200). */
export type GetLivenessResponse = operations["getLiveness"]['responses'][200]['content']['application/json'];

/** Response body of `getReadiness` (HTTP 200). */
export type GetReadinessResponse = operations["getReadiness"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `health`: Liveness and readiness probes, without authentication.
 * Generated base of the hand-written resource class; reach it as
 * `client.health`.
 */
export class HealthBase extends APIResource {
  /**
   * Liveness probe.
   *
   * Answers 200 while the service process is up. Takes no authentication so load balancers can call it.
   *
   * `GET /health/live` (operation `getLiveness`, no authentication).
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.health.liveness();
   * ```
   */
  liveness(options?: RequestOptions): APIPromise<GetLivenessResponse> {
    return this._client.request<GetLivenessResponse>(ops.getLiveness, {  }, options);
  }

  /**
   * Readiness probe.
   *
   * Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
   *
   * `GET /health/ready` (operation `getReadiness`, no authentication).
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.health.readiness();
   * ```
   */
  readiness(options?: RequestOptions): APIPromise<GetReadinessResponse> {
    return this._client.request<GetReadinessResponse>(ops.getReadiness, {  }, options);
  }
}
