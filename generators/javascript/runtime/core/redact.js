// Hand-written runtime: R5.5, secrets never appear in error messages, error fields, error headers
// or the causes of an error. Pure functions, so test/vectors/redaction.json runs against them.

export const REDACTED = '[REDACTED]';

// scheme://userinfo@ : the user-info ends at the first '@' before any '/', '?', '#' or space.
const URL_USER_INFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#\s@]+@/g;

/** Response headers whose whole value is a credential. */
const SENSITIVE_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie']);

/** The usable secrets (strings of 4 characters or more), longest first so a longer one wins. */
function usable(secrets) {
    return [...new Set((secrets ?? []).filter((secret) => typeof secret === 'string' && secret.length >= 4))]
        .sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of each secret and any URL user-info in `text`. */
export function redactText(text, secrets) {
    if (typeof text !== 'string') {
        return text;
    }
    let out = text;
    for (const secret of usable(secrets)) {
        out = out.split(secret).join(REDACTED);
    }
    return out.replace(URL_USER_INFO, `$1${REDACTED}@`);
}

/** A copy of a JSON value with every string redacted. */
export function redactValue(value, secrets) {
    if (typeof value === 'string') {
        return redactText(value, secrets);
    }
    if (Array.isArray(value)) {
        return value.map((item) => redactValue(item, secrets));
    }
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secrets)]));
    }
    return value;
}

/** One header value as kept on an error: credentials headers whole, secrets elsewhere. */
export function redactHeaderValue(name, value, secrets) {
    return SENSITIVE_HEADERS.has(String(name).toLowerCase()) ? REDACTED : redactText(value, secrets);
}

/**
 * A redacted copy of response headers: a `Headers` gives a `Headers` (each Set-Cookie kept
 * apart), a plain object gives a plain object with the same names.
 */
export function redactHeaders(headers, secrets) {
    if (headers instanceof Headers) {
        const out = new Headers();
        for (const [name, value] of headers) {
            out.append(name, redactHeaderValue(name, value, secrets));
        }
        return out;
    }
    return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, redactHeaderValue(name, value, secrets)]));
}

const COPIED_FIELDS = ['code', 'errno', 'syscall', 'address', 'port', 'hostname'];

/**
 * A redacted copy of an error and its cause chain: the same prototype (so `instanceof
 * TypeError` still holds), the message and stack redacted, string fields such as `code` kept
 * (redacted too), `cause` and AggregateError `errors` copied the same way. The original, which
 * may quote a secret or a URL with user-info (fetch does), is not reachable from the copy.
 */
export function redactError(error, secrets, depth = 0) {
    if (!(error instanceof Error)) {
        return typeof error === 'string' ? redactText(error, secrets) : (error === undefined ? undefined : redactText(String(error), secrets));
    }
    const message = redactText(error.message, secrets);
    // Reflect.construct makes a real Error (util.inspect prints it as one) with the original's
    // prototype; a DOMException (AbortError, TimeoutError) needs its own constructor.
    const copy = typeof DOMException === 'function' && error instanceof DOMException
        ? new DOMException(message, error.name)
        : Reflect.construct(Error, [message], typeof error.constructor === 'function' ? error.constructor : Error);
    // Own properties throughout: a prototype may define getter-only accessors (DOMException).
    const define = (key, value) => Object.defineProperty(copy, key, {value, writable: true, configurable: true});
    define('stack', redactText(error.stack, secrets));
    if (!(copy instanceof DOMException)) {
        define('name', error.name);
    }
    for (const field of COPIED_FIELDS) {
        if (error[field] !== undefined) {
            define(field, typeof error[field] === 'string' ? redactText(error[field], secrets) : error[field]);
        }
    }
    if (depth < 16 && Array.isArray(error.errors)) {
        define('errors', error.errors.map((inner) => redactError(inner, secrets, depth + 1)));
    }
    if (depth < 16 && error.cause !== undefined) {
        define('cause', redactError(error.cause, secrets, depth + 1));
    }
    return copy;
}
