// Hand-written runtime: waiters for long-running operations (docs/sdk-behavior.md R8.1-R8.3),
// driven by the x-long-running extension of the creating operations. Each API class that owns a
// poll operation gets a `waitFor<Resource>` method (getJob -> waitForJob) installed from the
// table the class's generated module declares.
import {APIUserAbortError, WaitTimeoutError} from './errors.js';
import {parseRetryAfter} from './retry-policy.js';

/** Default first wait between polls, in ms (R8.2). */
export const DEFAULT_POLL_INTERVAL_MS = 1000;
/** Default cap of the wait between polls, in ms (R8.2). */
export const DEFAULT_MAX_POLL_INTERVAL_MS = 10000;
/** Default overall deadline of a waiter, in ms (R8.3). */
export const DEFAULT_WAIT_TIMEOUT_MS = 15 * 60000;

function checkMs(name, value) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
        throw new RangeError(`${name} must be a finite number >= 0 (got ${String(value)})`);
    }
}

/**
 * R8.2: the wait before poll n+1: Retry-After of the poll response when usable, else
 * min(interval x 1.5^(n-1), maxInterval).
 */
export function pollDelay(n, interval, maxInterval, retryAfter) {
    return parseRetryAfter(retryAfter) ?? Math.min(interval * 1.5 ** (n - 1), maxInterval);
}

/**
 * Polls until `statusField` holds one of `terminalStates` and returns that resource whatever
 * the outcome (a failed job is returned, not thrown). Raises WaitTimeoutError (with lastState)
 * when the next wait would end past `timeout`, APIUserAbortError when `signal` aborts.
 * @param {function(Object): Promise<{data: Object, response: Response}>} poll one poll with request options
 * @param {{statusField: string, terminalStates: string[]}} spec from x-long-running
 * @param {{interval?: number, maxInterval?: number, timeout?: number, signal?: AbortSignal, requestOptions?: Object}} options
 * @param {{sleep: function(number, AbortSignal): Promise, now: function(): number}} clock
 */
export async function pollUntilTerminal(poll, spec, options, clock) {
    const {interval = DEFAULT_POLL_INTERVAL_MS, maxInterval = DEFAULT_MAX_POLL_INTERVAL_MS,
        timeout = DEFAULT_WAIT_TIMEOUT_MS, signal, requestOptions} = options ?? {};
    checkMs('interval', interval);
    checkMs('maxInterval', maxInterval);
    checkMs('timeout', timeout);
    const deadline = clock.now() + timeout;
    const pollOptions = {...requestOptions, ...(signal ? {signal} : {})};
    for (let n = 1; ; n++) {
        const {data, response} = await poll(pollOptions);
        const state = data?.[spec.statusField];
        if (typeof state === 'string' && spec.terminalStates.includes(state)) {
            return data;
        }
        const wait = pollDelay(n, interval, maxInterval, response.headers.get('retry-after'));
        if (clock.now() + wait > deadline) {
            throw new WaitTimeoutError(`Still '${String(state)}' after waiting ${timeout} ms.`, data);
        }
        try {
            await clock.sleep(wait, signal);
        } catch (err) {
            if (signal?.aborted) {
                throw new APIUserAbortError('The wait was aborted.', {cause: err});
            }
            throw err;
        }
    }
}

/** `getJob` -> `waitForJob`, `getComplianceReport` -> `waitForComplianceReport`. */
export function waiterName(pollOperation) {
    const resource = pollOperation.replace(/^(get|retrieve|read|fetch)(?=[A-Z])/, '');
    return 'waitFor' + resource.charAt(0).toUpperCase() + resource.slice(1);
}

/**
 * Adds a waiter method to `ApiClass` for every distinct poll operation of `longRunning` that the
 * class has. The waiter takes the poll operation's arguments, then the wait options:
 * `api.waitForJob(jobId, {interval, maxInterval, timeout, signal, requestOptions})`.
 * `ApiClass.waiters` maps each poll operationId to its waiter's name.
 * @param {Function} ApiClass
 * @param {Array<{operation: string, pollOperation: string, statusField: string, terminalStates: string[]}>} longRunning
 */
export function installWaiters(ApiClass, longRunning) {
    ApiClass.waiters = {};
    for (const spec of longRunning) {
        const withHttpInfo = ApiClass.prototype[`${spec.pollOperation}WithHttpInfo`];
        if (typeof withHttpInfo !== 'function' || spec.pollOperation in ApiClass.waiters) {
            continue; // the poll operation belongs to another class, or its waiter exists already
        }
        const arity = withHttpInfo.length - 1; // the poll's own arguments, without requestOptions
        const name = waiterName(spec.pollOperation);
        const waiter = function (...args) {
            const pollArgs = args.slice(0, arity);
            const options = args[arity] ?? {};
            const client = this.apiClient;
            return pollUntilTerminal(
                (requestOptions) => this[`${spec.pollOperation}WithHttpInfo`](...pollArgs, requestOptions),
                spec, options, {sleep: (ms, signal) => client.sleep(ms, signal), now: () => client.now()});
        };
        Object.defineProperty(waiter, 'name', {value: name});
        waiter.pollOperation = spec.pollOperation;
        Object.defineProperty(ApiClass.prototype, name, {value: waiter, writable: true, configurable: true});
        ApiClass.waiters[spec.pollOperation] = name;
    }
}
