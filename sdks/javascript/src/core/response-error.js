// Hand-written runtime: the errors built from what came back, or did not (docs/sdk-behavior.md
// R5.2-R5.5), with the configured secrets redacted from the message, the problem members, the
// response headers and every cause. Pure functions: test/vectors/{error-message,redaction}.json
// run against them without a server.
import {APIConnectionError, APIError} from './errors.js';
import {redactError, redactHeaders, redactText, redactValue} from './redact.js';

const JSON_MIME = /^application\/([\w.+-]+\+)?json(\s*;.*)?$/i;

/** Is `contentType` JSON (application/json, application/problem+json, ...)? */
export function isJsonMime(contentType) {
    return contentType != null && JSON_MIME.test(contentType);
}

/** Characters of a non-JSON error body kept as `detail` (R5.3). */
export const MAX_DETAIL_LENGTH = 500;

/**
 * R5.2/R5.3: the APIError subclass for a non-2xx response.
 * @param {number} status
 * @param {Headers} headers the response headers (kept on the error, redacted)
 * @param {string|null} text the body as text, null or '' for none
 * @param {string[]} secrets the configured credentials
 */
export function errorFromResponse(status, headers, text, secrets) {
    const kept = redactHeaders(headers, secrets);
    let problem;
    if (text && isJsonMime(headers.get('content-type'))) {
        try {
            const parsed = JSON.parse(text);
            problem = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
        } catch {
            problem = undefined; // not JSON after all: becomes detail below
        }
    }
    if (problem) {
        const redacted = redactValue(problem, secrets);
        const graphql = graphqlRequestError(redacted);
        if (!graphql) {
            return APIError.generate(status, redacted, kept);
        }
        // R5.3/R13.2: the GraphQL messages are the detail; `problem` stays the body as sent.
        const error = APIError.generate(status, redacted, kept, APIError.makeMessage(status, graphql));
        Object.assign(error, graphql);
        return error;
    }
    // Redacted before the cut, so a secret straddling the cut cannot leave its first half.
    const detail = text ? redactText(text, secrets).slice(0, MAX_DETAIL_LENGTH) : undefined;
    const error = APIError.generate(status, undefined, kept, APIError.makeMessage(status, {detail}));
    error.detail = detail;
    return error;
}

/**
 * R5.3: a GraphQL request error (R13.2) is a JSON object with neither `detail` nor `title` whose
 * `errors` is a non-empty list of objects each with a string `message`. Returns its `detail`
 * (the messages joined by "; ") and `code` (the body's, else the first error's string
 * `extensions.code`), or undefined for any other body.
 */
export function graphqlRequestError(body) {
    if (body.detail !== undefined || body.title !== undefined || !Array.isArray(body.errors) || body.errors.length === 0) {
        return undefined;
    }
    if (!body.errors.every((e) => e !== null && typeof e === 'object' && typeof e.message === 'string')) {
        return undefined;
    }
    const first = body.errors[0].extensions?.code;
    const code = body.code ?? (typeof first === 'string' ? first : undefined);
    return {detail: body.errors.map((e) => e.message).join('; '), code};
}

/**
 * R5.4/R5.5: an APIConnectionError whose message and cause chain (copied, see redactError)
 * carry no secret and no URL user-info.
 * @param {string} message
 * @param {*} cause the platform's failure
 * @param {string[]} secrets
 * @param {typeof APIConnectionError} [ErrorClass] APIConnectionError or a subclass
 */
export function connectionError(message, cause, secrets, ErrorClass = APIConnectionError) {
    return new ErrorClass(redactText(message, secrets), cause === undefined ? undefined : {cause: redactError(cause, secrets)});
}
