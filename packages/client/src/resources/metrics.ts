import { MetricsBase } from '../generated/resources/metrics.js';

/**
 * System metrics and usage series: `client.metrics`.
 *
 * @example
 * ```ts
 * const usage = await client.metrics.usage({ from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', granularity: 'day' });
 * ```
 */
export class Metrics extends MetricsBase {}
