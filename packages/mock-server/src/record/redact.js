/**
 * Secrets never reach a contract file. Credentials become the contract conventions
 * (docs/contracts.md, Drivers): the API key `sk_test_contract`, the fixed bearer token, the fixed
 * refresh token; a cookie becomes `{present: true}`; every other secret (a configured
 * `--secret` value, a value the client sent as a credential, a field named like a secret) is
 * replaced wherever it appears, in headers, query, bodies and expectations, by a fixed stand-in.
 */
export const CONTRACT_API_KEY = 'sk_test_contract';
export const CONTRACT_ACCESS_TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl';
export const CONTRACT_REFRESH_TOKEN = 'rt_contractrefreshtoken0001';
/** What a token refresh answers in a contract (as the hand-written R1.4 contracts have it). */
export const REFRESHED_ACCESS_TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZWZyZXNoZWQifQ.bmV3c2lnbmF0dXJl';
export const REFRESHED_REFRESH_TOKEN = 'rt_contractrefreshtoken0002';
export const REDACTED = 'redacted-by-sais-mock-record';

// Body fields whose value is a secret by name, and the stand-in each gets.
const SECRET_FIELDS = [
  [/^access_?token$/i, CONTRACT_ACCESS_TOKEN],
  [/^refresh_?token$/i, CONTRACT_REFRESH_TOKEN],
  [/^(api_?key|secret|client_?secret|password|passphrase|private_?key)$/i, REDACTED],
];

export function createRedactor(configured = []) {
  // value -> stand-in; longest first so a secret inside another is not half-replaced.
  const known = new Map();
  const learn = (value, standIn) => {
    if (typeof value === 'string' && value.length >= 4 && !known.has(value)) known.set(value, standIn);
  };
  for (const s of configured) learn(s, REDACTED);

  function replaceIn(text) {
    let out = text;
    for (const [secret, standIn] of [...known].sort((a, b) => b[0].length - a[0].length)) if (out.includes(secret)) out = out.split(secret).join(standIn);
    return out;
  }

  function deep(value, key) {
    if (typeof value === 'string') {
      const byName = key !== undefined && SECRET_FIELDS.find(([re]) => re.test(key));
      if (byName && value.length > 0) {
        learn(value, byName[1]);
        return known.get(value) ?? byName[1];
      }
      return replaceIn(value);
    }
    if (Array.isArray(value)) return value.map((v) => deep(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v, k)]));
    return value;
  }

  return {
    /** Remembers a value never to write, with the stand-in it gets (first one learnt wins). */
    learn,
    /** Remembers the credentials a request carried (so they are replaced wherever they echo). */
    learnCredentials(headers) {
      const key = headers['x-api-key'];
      if (typeof key === 'string') learn(key, CONTRACT_API_KEY);
      const auth = headers.authorization;
      if (typeof auth === 'string') {
        const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1];
        if (token) learn(token, CONTRACT_ACCESS_TOKEN);
        else learn(auth, REDACTED);
      }
    },
    /** A JSON value with every secret replaced (fields named like secrets included). */
    value: (v) => deep(v),
    /** A text with every known secret replaced. */
    text: (t) => replaceIn(t),
    /** Whether a text still holds a known secret (the last check before a file is written). */
    leaks: (t) => [...known.keys()].some((s) => t.includes(s)),
  };
}
