// Hand-written runtime (generators/javascript/runtime/core): the error classes of
// docs/sdk-behavior.md R5. Every error the SDK raises derives from SecureAIStudioError.

/** Base of every error the SDK raises (R5.1). */
export class SecureAIStudioError extends Error {
    get name() {
        return this.constructor.name;
    }
}

/**
 * A non-2xx response (R5.2, R5.3): status, response headers, the problem-details body and its
 * members, `code` and `requestId` (X-Request-Id header, else the problem's requestId).
 */
export class APIError extends SecureAIStudioError {
    /**
     * @param {number} status
     * @param {Object|undefined} problem the body when it is a JSON object
     * @param {Headers} headers response headers
     * @param {string} [message] defaults to {@link APIError.makeMessage}
     */
    constructor(status, problem, headers, message) {
        super(message ?? APIError.makeMessage(status, problem));
        this.status = status;
        this.headers = headers;
        this.problem = problem;
        this.type = problem?.type;
        this.title = problem?.title;
        this.detail = problem?.detail;
        this.instance = problem?.instance;
        this.code = problem?.code;
        this.errors = problem?.errors;
        this.requestId = headers?.get?.('x-request-id') ?? problem?.requestId;
    }

    /** `"<status> <code>: <detail|title>"`, or `"<status> status code (no problem details)"` (R5.3). */
    static makeMessage(status, problem) {
        const text = problem?.detail ?? problem?.title;
        const head = problem?.code ? `${status} ${problem.code}` : `${status}`;
        return text ? `${head}: ${text}` : `${head} status code (no problem details)`;
    }

    /** The subclass for `status` (R5.2). */
    static generate(status, problem, headers, message) {
        const Class = STATUS_CLASSES[status] ?? (status >= 500 && status <= 599 ? InternalServerError : APIError);
        return new Class(status, problem, headers, message);
    }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class PreconditionFailedError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

const STATUS_CLASSES = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
};

/** No HTTP response: refused, reset, DNS, TLS (R5.4). The platform error is `cause`. */
export class APIConnectionError extends SecureAIStudioError {
    constructor(message = 'Connection error.', options) {
        super(message, options);
    }
}

/** An attempt exceeded `timeout` before the response headers arrived (R2.1, R5.4). */
export class APIConnectionTimeoutError extends APIConnectionError {
    constructor(message = 'Request timed out.', options) {
        super(message, options);
    }
}

/** The caller cancelled the call (R2.3). */
export class APIUserAbortError extends SecureAIStudioError {
    constructor(message = 'Request was aborted.', options) {
        super(message, options);
    }
}

/**
 * A successful response that does not match the document (R7.2), or whose JSON body does not
 * parse (R7.4). `issues` is a list of `{path, message}` with RFC 6901 pointers.
 */
export class ResponseValidationError extends SecureAIStudioError {
    constructor(operationId, issues, requestId) {
        const [first] = issues;
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        super(`Response of ${operationId} does not match openapi.yaml at ${first.path}: ${first.message}${more}`);
        this.operationId = operationId;
        this.issues = issues;
        this.requestId = requestId;
    }
}

/**
 * A waiter's overall deadline passed before the resource reached a terminal state (R8.3).
 * `lastState` is the last resource the poll returned.
 */
export class WaitTimeoutError extends SecureAIStudioError {
    constructor(message, lastState) {
        super(message);
        this.lastState = lastState;
    }
}
