/**
 * R9.4: a header value the caller gives is valid when every character is visible ASCII
 * (0x21–0x7E), a space or a horizontal tab. CR/LF would split the request (header injection),
 * and fetch would reject other controls and non-ASCII with a message that quotes the value.
 */
export function isValidHeaderValue(value: string): boolean {
  return !/[^\t\x20-\x7e]/.test(value);
}

/**
 * Returns `value`, or throws a TypeError naming `what` (the parameter or option and its
 * header) when it is not a valid header value. The value is never quoted: it may be a secret.
 */
export function checkHeader(what: string, value: string): string {
  if (!isValidHeaderValue(value)) throw new TypeError(`${what} may contain only visible ASCII, space and tab (no CR, LF or other control characters, no non-ASCII)`);
  return value;
}
