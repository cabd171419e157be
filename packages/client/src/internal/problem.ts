import { APIConnectionError, APIError, type Problem } from '../core/errors.js';
import { redact, redactCause, redactDeep, redactHeaders } from './redact.js';

/**
 * R5.3: an error body as problem details. A JSON object is the problem; any other non-empty
 * body (text, HTML from a proxy, truncated or non-object JSON) becomes `detail`, cut to 500
 * characters.
 */
export function parseProblem(text: string): Problem | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Problem;
  } catch {
    // not JSON: the text is the detail
  }
  return { detail: text.slice(0, 500) };
}

/** R5.2/R5.3/R5.5: the typed, redacted error for a non-2xx response and its body text. */
export function apiErrorFrom(status: number, headers: Headers, text: string, secrets: readonly (string | undefined)[]): APIError {
  const problem = redactDeep(parseProblem(text), secrets);
  return APIError.generate(status, problem, redactHeaders(headers, secrets));
}

/** R5.4/R5.5: a connection error whose message and whole cause chain are redacted. */
export function connectionError(
  message: string,
  cause: unknown,
  secrets: readonly (string | undefined)[],
  Class: typeof APIConnectionError = APIConnectionError,
): APIConnectionError {
  return new Class(redact(message, secrets), { cause: redactCause(cause, secrets) });
}
