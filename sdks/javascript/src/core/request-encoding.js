// Hand-written runtime: checks and encodings of caller-given request parts that must hold before
// anything is sent (docs/sdk-behavior.md R9.1 path segments, R9.4 header values). Each failure is
// a TypeError naming the operation and the parameter; header values are never quoted in it,
// since a header may carry a credential.

/**
 * R9.1: one path segment with encodeURIComponent semantics. A value that is exactly `.` or `..`
 * is an argument error, as is an empty one: the WHATWG URL parser of fetch resolves a dot
 * segment away even percent-encoded (`/templates/%2E` is sent as `/templates/`), so the call
 * would reach another endpoint.
 * @param {string} value the parameter's string form
 * @param {string} [where] "<operation>: path parameter '<name>'", for the error message
 */
export function encodePathSegment(value, where = 'path parameter') {
    const text = String(value);
    if (text === '') {
        throw new TypeError(`${where} must not be empty`);
    }
    if (text === '.' || text === '..') {
        throw new TypeError(`${where} must not be ${JSON.stringify(text)}: a dot segment would call another endpoint`);
    }
    try {
        return encodeURIComponent(text);
    } catch {
        throw new TypeError(`${where} is not well-formed Unicode (a lone surrogate)`);
    }
}

// R9.4: visible ASCII (0x21-0x7E), space and horizontal tab; nothing else.
const HEADER_VALUE = /^[\t\x20-\x7E]*$/;
// RFC 9110 token characters of a field name.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** R9.4: may `value` be sent as an HTTP header value? */
export function isValidHeaderValue(value) {
    return typeof value === 'string' && HEADER_VALUE.test(value);
}

/** Says which character is wrong and where, without quoting the value. */
function describeBadCharacter(value) {
    const index = [...value].findIndex((ch) => !HEADER_VALUE.test(ch));
    const ch = [...value][index];
    const names = {'\r': 'CR', '\n': 'LF', '\0': 'NUL', '\x7F': 'DEL'};
    const code = ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    const name = names[ch] ?? (ch.codePointAt(0) < 0x20 ? 'a control character' : 'a non-ASCII character');
    return `${name} (U+${code}) at index ${index}`;
}

/**
 * R9.4: throws a TypeError naming `where` unless `value` is a valid header value.
 * @param {string} value
 * @param {string} where e.g. "updateTemplate: header parameter 'ifMatch' (If-Match)"
 */
export function checkHeaderValue(value, where) {
    if (!isValidHeaderValue(value)) {
        throw new TypeError(`${where} contains ${describeBadCharacter(String(value))}; `
            + 'header values may hold only visible ASCII, space and tab');
    }
}

/** Throws a TypeError naming `where` unless `name` is an HTTP field name (a token). */
export function checkHeaderName(name, where) {
    if (!HEADER_NAME.test(name)) {
        throw new TypeError(`${where}: ${JSON.stringify(name)} is not a valid header name`);
    }
}
