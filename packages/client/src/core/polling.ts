import type { APIPromise } from './api-promise.js';
import { WaitTimeoutError } from './errors.js';
import type { RequestOptions } from './request-options.js';
import type { LongRunningSpec } from '../internal/operation.js';
import { parseRetryAfter } from '../internal/retry-policy.js';
import { sleep } from '../internal/sleep.js';

/** Default first wait between polls, in ms (R8.2). */
export const DEFAULT_POLL_INTERVAL_MS = 1_000;
/** Default cap of the wait between polls, in ms (R8.2). */
export const DEFAULT_MAX_POLL_INTERVAL_MS = 10_000;
/** Default overall deadline of `waitFor`, in ms (R8.3). */
export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60_000;

/**
 * Options of `waitFor` methods.
 *
 * @example
 * ```ts
 * await client.jobs.waitFor('job_1', { interval: 500, maxInterval: 5_000, timeout: 120_000 });
 * ```
 */
export interface WaitForOptions {
  /** First wait between polls in ms; grows ×1.5 per poll. Default 1000. */
  interval?: number;
  /** Largest wait between polls in ms. Default 10000. */
  maxInterval?: number;
  /** Overall deadline in ms, after which {@link WaitTimeoutError} is thrown. Default 15 minutes. */
  timeout?: number;
  /** Stops waiting with {@link APIUserAbortError}. */
  signal?: AbortSignal;
  /** Options applied to every poll request. */
  requestOptions?: RequestOptions;
}

/**
 * R8.2: polls until `statusField` holds one of `terminalStates`, then returns that resource
 * whatever the outcome (a failed job is returned, not thrown). The wait between polls is
 * `min(interval * 1.5^(n-1), maxInterval)`, or the poll response's `Retry-After` when given.
 */
export async function pollUntilTerminal<T>(
  poll: (options: RequestOptions) => APIPromise<T>,
  spec: Pick<LongRunningSpec, 'statusField' | 'terminalStates'>,
  options: WaitForOptions = {},
): Promise<T> {
  const interval = options.interval ?? DEFAULT_POLL_INTERVAL_MS;
  const maxInterval = options.maxInterval ?? DEFAULT_MAX_POLL_INTERVAL_MS;
  const deadline = Date.now() + (options.timeout ?? DEFAULT_WAIT_TIMEOUT_MS);
  const requestOptions: RequestOptions = { ...options.requestOptions };
  if (options.signal) requestOptions.signal = options.signal;
  for (let n = 1; ; n++) {
    const { data, response } = await poll(requestOptions).withResponse();
    const state = (data as Record<string, unknown>)[spec.statusField];
    if (typeof state === 'string' && spec.terminalStates.includes(state)) return data;
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? Math.min(interval * 1.5 ** (n - 1), maxInterval);
    if (Date.now() + wait > deadline) {
      throw new WaitTimeoutError(`Still '${String(state)}' after waiting ${options.timeout ?? DEFAULT_WAIT_TIMEOUT_MS} ms.`, data);
    }
    await sleep(wait, options.signal);
  }
}
