// Compares what an SDK produced for a contract with the contract's `expect` (docs/contracts.md),
// in plain JSON terms so every JavaScript-based driver shares one definition of "matches".
// Each function returns null on a match, else a one-line reason naming where it differs.

const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

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

/**
 * Checks an outcome against `expect`.
 * @param {object} expect the contract's `expect` (exactly one of result, items, events, bytes, error)
 * @param {{error?: {type, status?, code?, requestId?, message?}, result?, items?, events?, bytes?}} outcome
 *   what the SDK did: `error` when it raised, otherwise the member of its `call` kind
 * @returns {string|null}
 */
export function outcomeMismatch(expect, outcome) {
  if (expect.error) {
    if (!outcome.error) return `expected ${expect.error.type}, but the call succeeded`;
    for (const field of ['type', 'status', 'code', 'requestId']) {
      if (expect.error[field] === undefined) continue;
      if (outcome.error[field] !== expect.error[field]) {
        const raised = field === 'type' ? '' : ` (raised ${outcome.error.type})`;
        const message = field === 'type' && outcome.error.message ? `: ${outcome.error.message}` : '';
        return `error ${field}: expected ${show(expect.error[field])}, got ${show(outcome.error[field])}${raised}${message}`;
      }
    }
    return null;
  }
  if (outcome.error) return `raised ${outcome.error.type}: ${outcome.error.message ?? ''}`.trim();
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
  return `expect holds nothing this driver knows: ${Object.keys(expect).join(', ')}`;
}

/**
 * The contract verdict from the outcome check and the mock server's session report; the reason
 * says which of the two broke (docs/contracts.md, Drivers).
 * @param {string|null} outcomeReason from outcomeMismatch
 * @param {{expected: number, received: number, complete: boolean, mismatches: string[]}} session
 * @returns {{status: 'pass'|'fail', reason?: string}}
 */
export function verdict(outcomeReason, session) {
  const reasons = [];
  if (outcomeReason) reasons.push(`outcome: ${outcomeReason}`);
  if (session.mismatches?.length) reasons.push(`traffic: ${session.mismatches.join('; ')}`);
  else if (!session.complete) reasons.push(`traffic: sent ${session.received} of ${session.expected} recorded requests`);
  return reasons.length ? { status: 'fail', reason: reasons.join(' | ') } : { status: 'pass' };
}
