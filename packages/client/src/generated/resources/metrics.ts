// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Response body of `getSystemMetrics` (HTTP 200). */
export type GetSystemMetricsResponse = operations["getSystemMetrics"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `getUsageMetrics`. */
export interface MetricUsageParams {
  /** Start of the series (inclusive). */
  from: NonNullable<operations["getUsageMetrics"]['parameters']['query']>["from"];
  /** End of the series (exclusive). */
  to: NonNullable<operations["getUsageMetrics"]['parameters']['query']>["to"];
  /** Bucket size. */
  granularity?: NonNullable<operations["getUsageMetrics"]['parameters']['query']>["granularity"];
}

/** Response body of `getUsageMetrics` (HTTP 200). */
export type GetUsageMetricsResponse = operations["getUsageMetrics"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `metrics`: System metrics and usage time series.
 * Generated base of the hand-written resource class; reach it as
 * `client.metrics`.
 */
export class MetricsBase extends APIResource {
  /**
   * Get system metrics.
   *
   * A point-in-time snapshot of the organisation's generation capacity and queue.
   *
   * `GET /metrics/system` (operation `getSystemMetrics`).
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.metrics.system();
   * ```
   */
  system(options?: RequestOptions): APIPromise<GetSystemMetricsResponse> {
    return this._client.request<GetSystemMetricsResponse>(ops.getSystemMetrics, {  }, options);
  }

  /**
   * Get usage metrics.
   *
   * Usage as a time series between `from` (inclusive) and `to` (exclusive), one point per `granularity` bucket.
   *
   * `GET /metrics/usage` (operation `getUsageMetrics`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.metrics.usage({ from: "2026-11-18T00:00:00Z", to: "2026-11-21T00:00:00Z" });
   * ```
   */
  usage(params: MetricUsageParams, options?: RequestOptions): APIPromise<GetUsageMetricsResponse> {
    return this._client.request<GetUsageMetricsResponse>(ops.getUsageMetrics, { params }, options);
  }
}
