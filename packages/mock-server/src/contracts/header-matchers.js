/**
 * Recorded request headers (docs/contracts.md) compiled into matchers. A value is the exact text
 * or one of `{present: true}`, `{absent: true}`, `{pattern: '<regex>'}`, `{sameAs: N}`; names are
 * compared case-insensitively, so each matcher keeps the lower-cased name Node uses.
 */
export function compileHeaderMatchers(headers, exchangeIndex, at, fail) {
  if (headers === undefined) return [];
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) fail(at, 'must be an object of header name → value or matcher');
  return Object.entries(headers).map(([shown, value]) => {
    const base = { shown, name: shown.toLowerCase() };
    const here = [...at, shown];
    if (typeof value === 'string') return { ...base, kind: 'exact', value };
    if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length !== 1) {
      return fail(here, 'must be a text value or exactly one of {present: true}, {absent: true}, {pattern: "<regex>"}, {sameAs: N}');
    }
    if (value.present === true) return { ...base, kind: 'present' };
    if (value.absent === true) return { ...base, kind: 'absent' };
    if (typeof value.pattern === 'string') {
      try {
        return { ...base, kind: 'pattern', pattern: value.pattern, regex: new RegExp(value.pattern) };
      } catch (err) {
        return fail([...here, 'pattern'], `not a valid regular expression: ${err.message}`);
      }
    }
    if ('sameAs' in value) {
      const n = value.sameAs;
      if (!Number.isInteger(n) || n < 0 || n >= exchangeIndex) {
        const range = exchangeIndex === 0 ? 'exchange 0 has none before it' : `0–${exchangeIndex - 1} here, this is exchange ${exchangeIndex}`;
        return fail([...here, 'sameAs'], `must name an earlier exchange of this contract (${range}), got ${JSON.stringify(n)}`);
      }
      return { ...base, kind: 'sameAs', index: n };
    }
    return fail(here, `unknown matcher ${JSON.stringify(value)}; use {present: true}, {absent: true}, {pattern: "<regex>"} or {sameAs: N}`);
  });
}

/**
 * Mismatch sentences (without the exchange prefix) for one request's headers. `earlier(i, name)`
 * gives the value header `name` had in exchange i (undefined when absent), or NOT_RECEIVED.
 */
export function checkHeaders(matchers, headers, earlier) {
  const out = [];
  for (const m of matchers) {
    const actual = headers[m.name];
    const got = actual === undefined ? 'it was not sent' : `got ${quote(actual)}`;
    switch (m.kind) {
      case 'exact':
        if (actual !== m.value) out.push(`header ${m.shown}: expected ${quote(m.value)}, ${got}`);
        break;
      case 'present':
        if (actual === undefined) out.push(`header ${m.shown}: expected to be present, it was not sent`);
        break;
      case 'absent':
        if (actual !== undefined) out.push(`header ${m.shown}: expected to be absent, got ${quote(actual)}`);
        break;
      case 'pattern':
        if (actual === undefined || !m.regex.test(String(actual))) out.push(`header ${m.shown}: expected to match /${m.pattern}/, ${got}`);
        break;
      case 'sameAs': {
        const before = earlier(m.index, m.name);
        if (before === NOT_RECEIVED) out.push(`header ${m.shown}: expected the value sent in exchange ${m.index}, which was never received`);
        else if (before === undefined) out.push(`header ${m.shown}: expected the value sent in exchange ${m.index}, but it was not sent there either`);
        else if (actual !== before) out.push(`header ${m.shown}: expected the value sent in exchange ${m.index} (${quote(before)}), ${got}`);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

export const NOT_RECEIVED = Symbol('not received');

export function quote(value) {
  const text = JSON.stringify(String(value));
  return text.length > 120 ? `${text.slice(0, 117)}…"` : text;
}
