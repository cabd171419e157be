// Hand-written runtime: when to retry and how long to wait (docs/sdk-behavior.md R3). Pure
// functions, so test/vectors/{retry-decision,backoff,retry-after}.json run against them directly.
import {parseHttpDate} from './http-date.js';

const RETRYABLE_STATUSES = new Set([408, 429]);
const TRANSIENT_LOCK_CODES = new Set(['resource_locked', 'lock_conflict']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** R3.2: 408, 429, every 5xx except 501/505, and 409 only for a transient lock `code`. */
export function isRetryableStatus(status, code) {
    if (RETRYABLE_STATUSES.has(status)) {
        return true;
    }
    if (status === 409) {
        return TRANSIENT_LOCK_CODES.has(code);
    }
    return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}

/** R3.3: POST and PATCH only with an Idempotency-Key. */
export function isRetryableMethod(method, headers) {
    const upper = method.toUpperCase();
    if (SAFE_METHODS.has(upper)) {
        return true;
    }
    return Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key' && headers[name]);
}

/** R3.4: the un-jittered wait before retry `n` (1-based): min(500 × 2^(n−1), 8000) ms. */
function backoffBase(n) {
    return Math.min(500 * 2 ** (n - 1), 8000);
}

/** R3.4: before retry `n` (1-based) wait min(500 × 2^(n−1), 8000) ms × (1 − 0.25 × U). */
export function backoffDelay(n, random = Math.random) {
    return backoffBase(n) * (1 - 0.25 * random());
}

/** R3.4: the bounds of {@link backoffDelay} for retry `n` over every draw U in [0, 1). */
export function backoffBounds(n) {
    const base = backoffBase(n);
    return {minMs: base * 0.75, maxMs: base};
}

/**
 * R3.1-R3.3: whether a failed attempt is retried.
 * @param {{status?: number, code?: string, connectionError?: boolean, timeout?: boolean}} failure
 *     a non-2xx status (with its problem code), or an attempt with no response / that timed out
 * @param {string} method the HTTP method
 * @param {boolean} hasIdempotencyKey the request carries an Idempotency-Key header
 * @param {number} retriesLeft retries still allowed by maxRetries
 */
export function shouldRetry(failure, method, hasIdempotencyKey, retriesLeft) {
    if (retriesLeft <= 0) {
        return false;
    }
    const retryable = failure.connectionError === true || failure.timeout === true
        || (typeof failure.status === 'number' && isRetryableStatus(failure.status, failure.code));
    return retryable && (SAFE_METHODS.has(method.toUpperCase()) || hasIdempotencyKey);
}

export const MAX_RETRY_AFTER_MS = 60000;

/**
 * R3.5: a Retry-After value as milliseconds clamped to [0, 60000], or undefined when it is
 * absent or unusable (then R3.4 applies): delta-seconds `^\d+(\.\d+)?$` or an HTTP-date.
 */
export function parseRetryAfter(value, now = Date.now()) {
    if (value == null) {
        return undefined;
    }
    const text = String(value).trim();
    let ms;
    if (/^\d+(\.\d+)?$/.test(text)) {
        ms = Number(text) * 1000; // a huge value becomes a huge number or Infinity: clamped below
    } else {
        const at = parseHttpDate(text, now);
        if (at === undefined) {
            return undefined;
        }
        ms = at - now;
    }
    return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** Resolves after `ms`; rejects at once when `signal` aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, {once: true});
    });
}
