/**
 * The fault preferences of a `Prefer` header, beside spec mode's `code`/`example`:
 * `delay=<ms>`, `fault=reset|malformed`, `retry-after=<seconds>` (comma or semicolon separated,
 * optional quotes, as prefer.js). Returns null when the header asks for no fault, or
 * `{ error }` naming the bad preference so it can be answered 400 before anything else.
 */
export const MAX_DELAY_MS = 60_000;
const FAULTS = new Set(['reset', 'malformed']);

export function parseFaultPrefer(header) {
  if (typeof header !== 'string' || header.length === 0) return null;
  let delay = null;
  let fault = null;
  let retryAfter = null;
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'delay') {
      if (!/^\d{1,6}$/.test(value) || Number(value) > MAX_DELAY_MS) return { error: `delay=${value} must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}` };
      delay = Number(value);
    } else if (key === 'fault') {
      if (!FAULTS.has(value)) return { error: `fault=${value} is not a fault; use fault=reset or fault=malformed` };
      fault = value;
    } else if (key === 'retry-after') {
      if (!/^\d{1,10}$/.test(value)) return { error: `retry-after=${value} must be a whole number of seconds` };
      retryAfter = value;
    }
  }
  return delay === null && fault === null && retryAfter === null ? null : { delay, fault, retryAfter };
}
