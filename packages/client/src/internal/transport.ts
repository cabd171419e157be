import ky, { TimeoutError } from 'ky';
import { APIConnectionTimeoutError, APIUserAbortError } from '../core/errors.js';
import type { Credentials } from './auth.js';
import type { OperationSpec } from './operation.js';
import { apiErrorFrom, connectionError, parseProblem } from './problem.js';
import { retryDelay, shouldRetry } from './retry-policy.js';
import { sleep } from './sleep.js';

/** Client-wide settings the pipeline needs. */
export interface TransportConfig {
  timeout: number;
  maxRetries: number;
  fetch: typeof globalThis.fetch | undefined;
  credentials: Credentials;
}

/** One fully built HTTP request; `send` may transmit it several times (retries, R3). */
export interface OutgoingRequest {
  op: OperationSpec;
  url: string;
  headers: Headers;
  json?: unknown;
  form?: FormData;
  timeout?: number;
  maxRetries?: number;
  signal?: AbortSignal;
}

/**
 * Sends a request through ky (one attempt per ky call) and applies the rulebook around it:
 * one transparent token refresh on 401 (R1.4), retries with backoff (R3), typed errors (R5).
 * Resolves with the successful Response; its body is left unread for the caller.
 */
export async function send(config: TransportConfig, req: OutgoingRequest): Promise<Response> {
  const maxRetries = req.maxRetries ?? config.maxRetries;
  const hasKey = req.headers.has('idempotency-key');
  let retries = 0;
  let refreshed = false;

  for (;;) {
    if (req.signal?.aborted) throw new APIUserAbortError();
    const headers = new Headers(req.headers);
    if (req.op.auth) config.credentials.apply(headers);

    let response: Response;
    try {
      response = await ky(req.url, {
        method: req.op.method,
        headers,
        ...(req.json !== undefined ? { json: req.json } : {}),
        ...(req.form ? { body: req.form } : {}),
        timeout: req.timeout ?? config.timeout,
        retry: 0,
        throwHttpErrors: false,
        ...(req.signal ? { signal: req.signal } : {}),
        ...(config.fetch ? { fetch: config.fetch } : {}),
      });
    } catch (cause) {
      if (req.signal?.aborted) throw new APIUserAbortError(undefined, { cause });
      const timedOut = cause instanceof TimeoutError;
      const error = timedOut
        ? connectionError(`Request timed out after ${req.timeout ?? config.timeout} ms.`, cause, config.credentials.secrets(), APIConnectionTimeoutError)
        : connectionError(`Connection error: ${describe(cause)}`, cause, config.credentials.secrets());
      if (shouldRetry(timedOut ? { timeout: true } : { connectionError: true }, req.op.method, hasKey, maxRetries - retries)) {
        retries++;
        await sleep(retryDelay(retries), req.signal);
        continue;
      }
      throw error;
    }

    if (response.ok) return response;

    if (response.status === 401 && req.op.auth && !refreshed && config.credentials.canRefresh()) {
      await discard(response);
      refreshed = true;
      await config.credentials.refresh();
      continue;
    }

    const text = await response.text().catch(() => '');
    if (shouldRetry({ status: response.status, code: parseProblem(text)?.code }, req.op.method, hasKey, maxRetries - retries)) {
      retries++;
      await sleep(retryDelay(retries, response.headers), req.signal);
      continue;
    }
    throw apiErrorFrom(response.status, response.headers, text, config.credentials.secrets());
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Drains a body we will not use; reading (not cancelling) keeps the connection reusable. */
async function discard(response: Response): Promise<void> {
  await response.arrayBuffer().catch(() => undefined);
}
