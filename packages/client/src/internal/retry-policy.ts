// Pure retry decisions and timings (rulebook §R3). No I/O here so every rule is unit-testable.
import { parseHttpDate } from './http-date.js';

/** Initial backoff before the first retry, in ms (R3.4). */
export const INITIAL_RETRY_DELAY_MS = 500;
/** Upper bound of the exponential backoff, in ms (R3.4). */
export const MAX_RETRY_DELAY_MS = 8_000;
/** Largest `Retry-After` the SDK will wait, in ms (R3.5). */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Problem `code` values that mark a 409 as a transient lock conflict (R3.2). */
export const LOCK_CONFLICT_CODES: readonly string[] = ['lock_conflict', 'resource_locked'];

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** R3.3: may this request be sent again at all? */
export function isMethodRetryable(method: string, headers: Headers): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers.has('idempotency-key');
}

/** R3.2: does this status (with its problem code) invite a retry? */
export function isStatusRetryable(status: number, problemCode: string | undefined): boolean {
  if (status === 408 || status === 429) return true;
  if (status === 409) return problemCode !== undefined && LOCK_CONFLICT_CODES.includes(problemCode);
  return status >= 500 && status !== 501 && status !== 505;
}

/**
 * R3.5: parses `Retry-After` (delta-seconds or any HTTP-date form) into ms, clamped to
 * [0, MAX_RETRY_AFTER_MS]; `undefined` when absent or unparsable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const date = /^\d+(\.\d+)?$/.test(trimmed) ? now + Number(trimmed) * 1000 : parseHttpDate(trimmed, now);
  return date === undefined ? undefined : Math.min(Math.max(date - now, 0), MAX_RETRY_AFTER_MS);
}

/** Why an attempt failed, as the retry decision sees it (R3.1). */
export type AttemptFailure = { status: number; code?: string | undefined } | { connectionError: true } | { timeout: true };

/**
 * R3.1–R3.3: retry when a retry is left, the failure is retryable and the method allows it.
 * `hasIdempotencyKey` is whether the request carries an `Idempotency-Key` header.
 */
export function shouldRetry(failure: AttemptFailure, method: string, hasIdempotencyKey: boolean, retriesLeft: number): boolean {
  if (retriesLeft <= 0 || !(IDEMPOTENT_METHODS.has(method.toUpperCase()) || hasIdempotencyKey)) return false;
  return 'status' in failure ? isStatusRetryable(failure.status, failure.code) : true;
}

/**
 * R3.4: delay before retry number `retry` (1-based) when the server gave no `Retry-After`:
 * `min(500 * 2^(retry-1), 8000) * (1 - 0.25 * random)`, so within (75 %, 100 %] of the base.
 */
export function backoffDelay(retry: number, random: number = Math.random()): number {
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** (retry - 1), MAX_RETRY_DELAY_MS);
  return base * (1 - 0.25 * random);
}

/** R3.4 + R3.5 combined: the server's `Retry-After` wins over computed backoff. */
export function retryDelay(retry: number, responseHeaders?: Headers, random?: number): number {
  const serverDelay = parseRetryAfter(responseHeaders?.get('retry-after') ?? null);
  return serverDelay ?? backoffDelay(retry, random);
}
