import { HealthBase } from '../generated/resources/health.js';

/**
 * Liveness and readiness probes (no credentials sent): `client.health`.
 *
 * @example
 * ```ts
 * const { status } = await client.health.readiness();
 * ```
 */
export class Health extends HealthBase {}
