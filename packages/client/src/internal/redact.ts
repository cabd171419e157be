// R5.5: secrets never reach an error message, error field, error header or error cause.

/** `scheme://userinfo@`: credentials in a URL, whoever configured them. */
const USER_INFO = /\b([a-z][a-z\d+.-]*:\/\/)[^\s/?#@]*@/gi;

/** Headers whose whole value is a credential. */
const SENSITIVE_HEADERS = /^((proxy-)?authorization|x-api-key|(set-)?cookie)$/;

/**
 * Replaces every occurrence of a configured secret (4 characters or longer; longer secrets
 * first, so one containing another is not half-replaced) and any URL user-info with `[REDACTED]`.
 */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text.replace(USER_INFO, '$1[REDACTED]@');
  const sorted = secrets.filter((s): s is string => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = out.split(secret).join('[REDACTED]');
  return out;
}

/** R5.5 for parsed bodies: redacts every string inside a JSON value. */
export function redactDeep<T>(value: T, secrets: readonly (string | undefined)[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)])) as T;
  }
  return value;
}

/** A copy of response headers safe to keep on an error: credential headers whole, secrets in any value. */
export function redactHeaders(headers: Headers, secrets: readonly (string | undefined)[]): Headers {
  const out = new Headers();
  // forEach yields each Set-Cookie on its own, so every one is replaced.
  headers.forEach((value, name) => out.append(name, SENSITIVE_HEADERS.test(name) ? '[REDACTED]' : redact(value, secrets)));
  return out;
}

/**
 * A copy of an error's cause chain with redacted messages and stacks (`name` and `code` kept),
 * so `err.cause.message` cannot show a URL with user-info or an echoed key, and no request
 * object (ky's errors carry one, with its credential headers) stays reachable. Causes that are
 * not errors are dropped, except strings, which are redacted.
 */
export function redactCause(cause: unknown, secrets: readonly (string | undefined)[], depth = 0): unknown {
  if (!(cause instanceof Error) || depth > 9) return typeof cause === 'string' ? redact(cause, secrets) : undefined;
  const { name, message, stack, code } = cause as Error & { code?: unknown };
  const copy = new Error(redact(message, secrets), { cause: redactCause(cause.cause, secrets, depth + 1) });
  return Object.assign(copy, { name, stack: redact(String(stack), secrets) }, code === undefined ? {} : { code });
}
