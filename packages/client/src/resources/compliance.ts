import { pollUntilTerminal, type WaitForOptions } from '../core/polling.js';
import { createComplianceReport, getComplianceReport } from '../generated/operations.js';
import { ComplianceBase, type GetComplianceReportResponse } from '../generated/resources/compliance.js';
import type { LongRunningSpec } from '../internal/operation.js';

/**
 * SOC 2, ISO 27001, GDPR and HIPAA compliance reports: `client.compliance`.
 *
 * @example
 * ```ts
 * const report = await client.compliance.createReport({ framework: 'soc2', from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' });
 * const ready = await client.compliance.waitForReport(report.id);
 * ```
 */
export class Compliance extends ComplianceBase {
  /**
   * Polls `getComplianceReport` until the report is `ready` or `failed`, then returns it (R8.2).
   *
   * @param reportId - The compliance report's ID.
   * @param options - Poll interval, overall timeout and abort signal.
   * @example
   * ```ts
   * const report = await client.compliance.waitForReport('rpt_01JDB5F6G7H8J9K0M1N2P3Q4R5');
   * ```
   */
  waitForReport(reportId: string, options?: WaitForOptions): Promise<GetComplianceReportResponse> {
    return pollUntilTerminal(
      (requestOptions) => this._client.request<GetComplianceReportResponse>(getComplianceReport, { path: { reportId } }, requestOptions),
      createComplianceReport.longRunning as LongRunningSpec,
      options,
    );
  }
}
