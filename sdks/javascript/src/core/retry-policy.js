// Hand-written runtime: when to retry and how long to wait (docs/sdk-behavior.md R3).

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

/** R3.4: before retry `n` (1-based) wait min(500 × 2^(n−1), 8000) ms × (1 − 0.25 × U). */
export function backoffDelay(n, random = Math.random) {
    const base = Math.min(500 * 2 ** (n - 1), 8000);
    return base * (1 - 0.25 * random());
}

export const MAX_RETRY_AFTER_MS = 60000;

/**
 * R3.5: a Retry-After value as milliseconds clamped to [0, 60000], or undefined when it is
 * absent or unusable (then R3.4 applies).
 */
export function parseRetryAfter(value, now = Date.now()) {
    if (value == null) {
        return undefined;
    }
    const text = String(value).trim();
    let ms;
    if (/^\d+(\.\d+)?$/.test(text)) {
        ms = Number(text) * 1000;
    } else if (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) {
        const at = Date.parse(text);
        if (Number.isNaN(at)) {
            return undefined;
        }
        ms = at - now;
    } else {
        return undefined;
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
