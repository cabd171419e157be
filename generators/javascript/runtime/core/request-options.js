// Hand-written runtime: per-call options (docs/sdk-behavior.md R2.2, R2.3, R3.6). Every
// operation method takes them as its last argument:
//   await api.getJob('job_1', {timeout: 5000, maxRetries: 0, signal, headers: {'X-Trace': 't'}});

import {checkValidationMode} from './validation.js';

/** The per-call options every method takes. */
export const REQUEST_OPTIONS = ['timeout', 'maxRetries', 'headers', 'signal', 'idempotencyKey', 'validation'];

/**
 * Checks per-call options and returns them (an empty object when none), failing with a message
 * that names the bad option before anything is sent.
 * @param {Object} [options]
 * @return {{timeout?: number, maxRetries?: number, headers?: Object, signal?: AbortSignal, idempotencyKey?: string, validation?: string}}
 */
export function checkRequestOptions(options) {
    if (options === undefined || options === null) {
        return {};
    }
    if (typeof options !== 'object' || Array.isArray(options)) {
        throw new TypeError(`request options must be an object (got ${JSON.stringify(options)})`);
    }
    for (const key of Object.keys(options)) {
        if (!REQUEST_OPTIONS.includes(key)) {
            throw new TypeError(`unknown request option '${key}' (expected one of ${REQUEST_OPTIONS.join(', ')})`);
        }
    }
    const {timeout, maxRetries, headers, signal, idempotencyKey, validation} = options;
    checkValidationMode(validation);
    if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout < 1)) {
        throw new RangeError(`timeout must be a finite number >= 1 (got ${String(timeout)})`);
    }
    if (maxRetries !== undefined && (!Number.isInteger(maxRetries) || maxRetries < 0)) {
        throw new RangeError(`maxRetries must be an integer >= 0 (got ${String(maxRetries)})`);
    }
    if (headers !== undefined && (headers === null || typeof headers !== 'object' || Array.isArray(headers))) {
        throw new TypeError('headers must be an object of header names to values');
    }
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
        throw new TypeError('signal must be an AbortSignal');
    }
    if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || idempotencyKey === '')) {
        throw new TypeError(`idempotencyKey must be a non-empty string (got ${JSON.stringify(idempotencyKey)})`);
    }
    return options;
}
