// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listComplianceReports`. */
export interface ComplianceListReportsParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listComplianceReports"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listComplianceReports"]['parameters']['query']>["limit"];
  /** Only reports for this framework. */
  framework?: NonNullable<operations["listComplianceReports"]['parameters']['query']>["framework"];
}

/** Response body of `listComplianceReports` (HTTP 200). */
export type ListComplianceReportsResponse = operations["listComplianceReports"]['responses'][200]['content']['application/json'];

/** One item of a `listComplianceReports` page. */
export type ListComplianceReportsItem = ListComplianceReportsResponse["data"][number];

/** Request body of `createComplianceReport`. */
export type CreateComplianceReportBody = NonNullable<operations["createComplianceReport"]['requestBody']>['content']['application/json'];

/** Response body of `createComplianceReport` (HTTP 202). */
export type CreateComplianceReportResponse = operations["createComplianceReport"]['responses'][202]['content']['application/json'];

/** Response body of `getComplianceReport` (HTTP 200). */
export type GetComplianceReportResponse = operations["getComplianceReport"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `compliance`: SOC 2, ISO 27001, GDPR and HIPAA compliance reports.
 * Generated base of the hand-written resource class; reach it as
 * `client.compliance`.
 */
export class ComplianceBase extends APIResource {
  /**
   * List compliance reports.
   *
   * Lists compliance reports, newest first, optionally for one framework.
   *
   * `GET /compliance/reports` (operation `listComplianceReports`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.compliance.listReports()) {
   *   console.log(item);
   * }
   * ```
   */
  listReports(params?: ComplianceListReportsParams, options?: RequestOptions): PagePromise<ListComplianceReportsItem> {
    return this._client.requestPage<ListComplianceReportsItem>(ops.listComplianceReports, { params }, options);
  }

  /**
   * Request a compliance report.
   *
   * Starts generating a compliance report for a framework and period. Poll
   * `getComplianceReport` until it is `ready` (then `downloadUrl` is set) or `failed`.
   *
   * `POST /compliance/reports` (operation `createComplianceReport`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.compliance.createReport({
   *   framework: "iso27001",
   *   periodStart: "2026-01-01",
   *   periodEnd: "2026-06-30",
   *   format: "json"
   * });
   * ```
   */
  createReport(body: CreateComplianceReportBody, options?: RequestOptions): APIPromise<CreateComplianceReportResponse> {
    return this._client.request<CreateComplianceReportResponse>(ops.createComplianceReport, { body }, options);
  }

  /**
   * Get a compliance report.
   *
   * Returns a compliance report with its status and, once ready, its summary and download URL.
   *
   * `GET /compliance/reports/{reportId}` (operation `getComplianceReport`).
   * @param reportId - The compliance report's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.compliance.retrieveReport('rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5');
   * ```
   */
  retrieveReport(reportId: string, options?: RequestOptions): APIPromise<GetComplianceReportResponse> {
    return this._client.request<GetComplianceReportResponse>(ops.getComplianceReport, { path: { reportId } }, options);
  }
}
