/**
 * How responses are checked against the schemas derived from openapi.yaml (R7):
 * `'strict'` throws {@link ResponseValidationError}, `'warn'` logs it and returns the data,
 * `'off'` skips the check.
 *
 * @example
 * ```ts
 * const client = new SecureAIStudio({ apiKey: 'sk_test', validation: 'strict' });
 * ```
 */
export type ValidationMode = 'strict' | 'warn' | 'off';

import type { ResponseValidationError } from './errors.js';

/**
 * Per-call overrides accepted as the last argument of every resource method.
 *
 * @example
 * ```ts
 * const ac = new AbortController();
 * await client.jobs.list({ status: 'running' }, { timeout: 5_000, maxRetries: 0, signal: ac.signal });
 * ```
 */
export interface RequestOptions {
  /** Per-attempt timeout in milliseconds (R2.1); overrides the client's `timeout`. */
  timeout?: number;
  /** Retries after the first attempt (R3.1); overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Aborts the call, including any backoff wait, with {@link APIUserAbortError} (R2.3). */
  signal?: AbortSignal;
  /** Extra request headers; a `null` value removes a header the SDK would send. */
  headers?: Record<string, string | null | undefined>;
  /** `Idempotency-Key` to send instead of a generated one (R3.6). */
  idempotencyKey?: string;
  /** Overrides the client's validation mode for this call. */
  validation?: ValidationMode;
}

/**
 * Receives diagnostics the SDK does not throw: validation reports in `'warn'` mode.
 *
 * @example
 * ```ts
 * const logger: Logger = { warn: (msg, err) => myLog.warn(msg, { err }) };
 * ```
 */
export interface Logger {
  /** Called with a one-line message and, for validation reports, the error object. */
  warn(message: string, error?: ResponseValidationError): void;
}
