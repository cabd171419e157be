// The one verdict for every SDK (docs/contracts.md, Verdicts): what a driver reports its SDK
// produced for a contract, compared with the contract's `expect`, plus the mock server's session
// report on the traffic. Drivers only report; every rule of "matches" lives here.
// Each check returns null on a match, else a one-line reason naming where it differs.

const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** The credentials every driver configures (docs/contracts.md, Drivers): R5.5 keeps them out of errors. */
export const CREDENTIALS = {
  apiKey: 'sk_test_contract',
  accessToken: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl',
  refreshToken: 'rt_contractrefreshtoken0001',
};

/**
 * The platforms' argument errors (R5.1): TS/JS TypeError and RangeError, Python ValueError and
 * TypeError, Java IllegalArgumentException, C# ArgumentException (ArgumentNullException and
 * ArgumentOutOfRangeException derive from it). One of them anywhere in a raised class's
 * ancestry makes it the neutral `ArgumentError`.
 */
const ARGUMENT_ERRORS = new Set(['TypeError', 'RangeError', 'ValueError', 'IllegalArgumentException', 'ArgumentException']);

/** The error classes of R5, by their neutral names: these win over an argument-error ancestry. */
const SDK_ERRORS = new Set([
  'SecureAIStudioError', 'APIError', 'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError',
  'ConflictError', 'PreconditionFailedError', 'UnprocessableEntityError', 'RateLimitError', 'InternalServerError',
  'APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError', 'ResponseValidationError', 'WaitTimeoutError',
]);

/**
 * The language-neutral name of a raised class, from its name as the language spells it and its
 * ancestors (nearest first): Java/C# `…Exception` is `…Error` (`RateLimitException` →
 * `RateLimitError`), and any platform argument error is `ArgumentError`.
 * @param {string} type
 * @param {string[]} [ancestors]
 */
export function neutralErrorType(type, ancestors = []) {
  const neutral = (name) => String(name).replace(/Exception$/, 'Error');
  if (SDK_ERRORS.has(neutral(type))) return neutral(type);
  if ([type, ...ancestors].some((name) => ARGUMENT_ERRORS.has(name))) return 'ArgumentError';
  return neutral(type);
}

/**
 * Subset deep-equality: every member `expected` lists must be in `actual` with an equal value;
 * members `actual` has beyond those are ignored (fields an SDK does not model). Arrays must have
 * the same length and match element by element.
 * @returns {string|null} `<pointer>: expected X, got Y` or null
 */
export function subsetMismatch(expected, actual, at = '') {
  if (expected === null || typeof expected !== 'object') {
    return Object.is(expected, actual) ? null : `${at || '/'}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at || '/'}: expected an array, got ${show(actual)}`;
    if (actual.length !== expected.length) return `${at || '/'}: expected ${expected.length} items, got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const reason = subsetMismatch(expected[i], actual[i], `${at}/${i}`);
      if (reason) return reason;
    }
    return null;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at || '/'}: expected an object, got ${show(actual)}`;
  for (const [key, value] of Object.entries(expected)) {
    const pointerKey = key.replace(/~/g, '~0').replace(/\//g, '~1');
    if (!(key in actual)) return `${at}/${pointerKey}: missing (expected ${show(value)})`;
    const reason = subsetMismatch(value, actual[key], `${at}/${pointerKey}`);
    if (reason) return reason;
  }
  return null;
}

const OUTCOME_KINDS = ['error', 'result', 'items', 'events', 'bytes', 'unsupported'];

/**
 * A driver's raw outcome (docs/contracts.md, Driver results) made comparable: the raised class
 * gets its neutral `type`, the language's own name stays in `raisedAs`, headers get lower-case
 * names. A report of no known kind is a driver bug and throws.
 * @param {object} reported `{error: {type, ancestors?, status?, code?, requestId?, message?, headers?, causes?, fields?}}`
 *   or exactly one of `{result}`, `{items}`, `{events}`, `{bytes}`, `{unsupported}`
 */
export function readOutcome(reported) {
  const kinds = OUTCOME_KINDS.filter((kind) => reported && typeof reported === 'object' && kind in reported);
  if (kinds.length !== 1) throw new Error(`the driver reported an outcome with ${kinds.length ? kinds.join(' and ') : 'no known kind'} (one of ${OUTCOME_KINDS.join(', ')})`);
  if (kinds[0] !== 'error') return reported;
  const raw = reported.error ?? {};
  const raisedAs = String(raw.type ?? 'unknown');
  const headers = {};
  for (const [name, value] of Object.entries(raw.headers ?? {})) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  const nullable = (value) => (value === null ? undefined : value);
  return {
    error: {
      type: neutralErrorType(raisedAs, raw.ancestors ?? []),
      raisedAs,
      status: nullable(raw.status),
      code: nullable(raw.code),
      requestId: nullable(raw.requestId),
      message: raw.message === undefined || raw.message === null ? undefined : String(raw.message),
      headers,
      causes: (raw.causes ?? []).map(String),
      fields: raw.fields ?? {},
    },
  };
}

/** Session URLs differ on every run; the path after them is what a reader of a reason needs. */
const shown = (text) => String(text ?? '').replace(/https?:\/\/[^/\s]+\/_sessions\/[^/\s]+/g, '').replace(/\s*\n\s*/g, ' ');

/** `message` (and its first cause) as a reason quotes it: one line, session URLs cut. */
function describeRaised(error) {
  const cause = error.causes?.length ? ` (cause: ${error.causes[0]})` : '';
  return shown(`${error.message ?? ''}${cause}`).trim();
}

/** Two texts side by side from a little before where they first differ, so a long one stays readable. */
function showDifference(want, got) {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  if (i < 30) return `expected ${show(want)}, got ${show(got)}`;
  const from = i - 20;
  return `from character ${from}: expected ${show(`…${want.slice(from)}`)}, got ${show(`…${got.slice(from)}`)}`;
}

/** Exact text, or `{pattern}` (a regular expression the text must match somewhere). */
function textMismatch(want, got) {
  if (typeof want === 'string') return got === want ? null : got === undefined ? `expected ${show(want)}, got none` : showDifference(want, got);
  if (want?.absent) return got === undefined ? null : `expected none, got ${show(got)}`;
  if (got === undefined) return `expected text matching /${want.pattern}/, got none`;
  return new RegExp(want.pattern, 'u').test(got) ? null : `expected text matching /${want.pattern}/, got ${show(got)}`;
}

function errorMismatch(want, got) {
  const raised = `raised ${got.type}${got.raisedAs !== got.type ? ` (${got.raisedAs})` : ''}`;
  if (want.type !== got.type) {
    const message = describeRaised(got);
    return `error type: expected ${show(want.type)}, got ${show(got.type)}${got.raisedAs !== got.type ? ` (${got.raisedAs})` : ''}${message ? `: ${message}` : ''}`;
  }
  for (const field of ['status', 'code', 'requestId']) {
    if (want[field] === undefined) continue;
    if (got[field] !== want[field]) return `error ${field}: expected ${show(want[field])}, got ${got[field] === undefined ? 'undefined' : show(got[field])} (${raised})`;
  }
  if (want.message !== undefined) {
    const reason = textMismatch(want.message, got.message);
    if (reason) return `error message: ${reason} (${raised})`;
  }
  for (const [name, matcher] of Object.entries(want.headers ?? {})) {
    const reason = textMismatch(matcher, got.headers[name.toLowerCase()]);
    if (reason) return `error header ${name}: ${reason} (${raised})`;
  }
  return null;
}

/**
 * Checks an outcome (from readOutcome) against `expect`.
 * @param {object} expect the contract's `expect` (exactly one of result, items, events, bytes, error)
 * @returns {string|null}
 */
export function outcomeMismatch(expect, outcome) {
  if (outcome.unsupported !== undefined) return String(outcome.unsupported);
  if (expect.error) {
    if (!outcome.error) return `expected ${expect.error.type}, but the call succeeded`;
    return errorMismatch(expect.error, outcome.error);
  }
  if (outcome.error) {
    const as = outcome.error.raisedAs && outcome.error.raisedAs !== outcome.error.type ? ` (${outcome.error.raisedAs})` : '';
    return `raised ${outcome.error.type}${as}: ${describeRaised(outcome.error)}`.trim().replace(/:$/, '');
  }
  if ('result' in expect) {
    const reason = subsetMismatch(expect.result, outcome.result);
    return reason && `result ${reason}`;
  }
  if (expect.items) {
    const got = outcome.items ?? [];
    if (got.length !== expect.items.length || got.some((id, i) => id !== expect.items[i])) {
      return `items: expected [${expect.items.join(', ')}], got [${got.join(', ')}]`;
    }
    return null;
  }
  if (expect.events) {
    const got = outcome.events ?? [];
    if (got.length !== expect.events.length) {
      return `events: expected ${expect.events.length} (${expect.events.map((e) => e.event).join(', ')}), got ${got.length} (${got.map((e) => e.event).join(', ')})`;
    }
    for (let i = 0; i < got.length; i++) {
      if (got[i].event !== expect.events[i].event) return `events/${i}/event: expected ${show(expect.events[i].event)}, got ${show(got[i].event)}`;
      const reason = subsetMismatch(expect.events[i].data, got[i].data, `/${i}/data`);
      if (reason) return `events${reason}`;
    }
    return null;
  }
  if (expect.bytes) {
    const got = outcome.bytes ?? {};
    if (got.length !== expect.bytes.length) return `bytes: expected ${expect.bytes.length} bytes, got ${got.length}`;
    if (got.sha256 !== expect.bytes.sha256) return `bytes: expected sha256 ${expect.bytes.sha256}, got ${got.sha256}`;
    return null;
  }
  return `expect holds nothing the runner knows: ${Object.keys(expect).join(', ')}`;
}

/**
 * R5.5 for every contract: no configured credential may appear in anything the raised error
 * exposes (message, headers, causes, other fields the driver reported).
 * @returns {string|null} where a secret was found
 */
export function secretLeak(outcome, credentials = CREDENTIALS) {
  const error = outcome.error;
  if (!error) return null;
  const places = [
    ['message', error.message],
    ...Object.entries(error.headers).map(([name, value]) => [`header ${name}`, value]),
    ...error.causes.map((message, i) => [`cause ${i + 1}`, message]),
    ...Object.entries(error.fields).map(([name, value]) => [`field ${name}`, typeof value === 'string' ? value : JSON.stringify(value)]),
  ];
  for (const [where, text] of places) {
    if (typeof text !== 'string') continue;
    for (const [name, secret] of Object.entries(credentials)) {
      const at = text.indexOf(secret);
      if (at === -1) continue;
      // Where it sits, not the whole text: a field may be a long serialised problem.
      const excerpt = `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + secret.length + 20)}${at + secret.length + 20 < text.length ? '…' : ''}`;
      return `the ${name} appears in the error's ${where} (R5.5): ${show(shown(excerpt))}`;
    }
  }
  return null;
}

/**
 * The traffic half of the verdict from the session report. A contract with no exchanges expects
 * nothing to be sent: any request the mock saw fails it (docs/contracts.md, Argument errors).
 * @param {object} contract
 * @param {{expected: number, received: number, complete: boolean, mismatches: string[]}} session
 */
export function trafficMismatch(contract, session) {
  if (contract.exchanges.length === 0) {
    if (session.received === 0) return null;
    return `expected nothing to be sent, but the SDK sent ${session.received} request(s) (${session.mismatches.join('; ')})`;
  }
  if (session.mismatches?.length) return session.mismatches.join('; ');
  if (!session.complete) return `sent ${session.received} of ${session.expected} recorded requests`;
  return null;
}

/**
 * One contract's verdict from what its driver reported and the mock server's session report;
 * the reason says which of the two broke.
 * @param {object} contract the bundled contract
 * @param {{outcome?: object, driverError?: string, notes?: string[]} | undefined} reported the driver's entry
 * @param {object|null} session the session report (null when it could not be read)
 * @param {string} [exit] how the driver ended, for a contract it did not report on
 * @returns {{status: 'pass'|'fail', reason?: string}}
 */
export function verdict(contract, reported, session, exit = 'ended') {
  if (reported === undefined) return { status: 'fail', reason: `the driver reported no result (it ${exit})` };
  if (reported.driverError !== undefined) return { status: 'fail', reason: `driver: ${reported.driverError}` };
  const reasons = [];
  let outcome;
  try {
    outcome = readOutcome(reported.outcome);
  } catch (error) {
    return { status: 'fail', reason: `driver: ${error.message}` };
  }
  const outcomeReason = outcomeMismatch(contract.expect, outcome) ?? secretLeak(outcome);
  if (outcomeReason) reasons.push(`outcome: ${outcomeReason}`);
  const trafficReason = session ? trafficMismatch(contract, session) : 'the session report could not be read';
  if (trafficReason) reasons.push(`traffic: ${trafficReason}`);
  if (!reasons.length) return { status: 'pass' };
  const notes = reported.notes?.length ? ` (driver note: ${reported.notes.join('; ')})` : '';
  return { status: 'fail', reason: `${reasons.join(' | ')}${notes}` };
}
