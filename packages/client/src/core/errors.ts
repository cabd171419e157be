/**
 * The error hierarchy shared by all five Secure AI Studio SDKs (rulebook §R5).
 *
 * Every class lives here rather than one file per class because each is a few lines and they
 * are only meaningful together (the status → class table in {@link APIError.generate}).
 * @module
 */

/**
 * One entry of a problem-details `errors` array: which input was wrong and why.
 *
 * @example
 * ```ts
 * err.errors?.map((e) => `${e.location}.${e.name}: ${e.message}`);
 * ```
 */
export interface ProblemFieldError {
  /** Where the bad input was: `body`, `query`, `path` or `header`. */
  location?: string;
  /** The field name or JSON pointer of the bad input. */
  name?: string;
  /** Why the input was rejected. */
  message?: string;
}

/**
 * An RFC 9457 problem-details body (`application/problem+json`) as sent by the API.
 *
 * @example
 * ```ts
 * const problem: Problem = { type: 'about:blank', title: 'Not Found', status: 404 };
 * ```
 */
export interface Problem {
  /** A URI identifying the problem type. */
  type?: string;
  /** A short summary of the problem type. */
  title?: string;
  /** The HTTP status code. */
  status?: number;
  /** An explanation of this occurrence. */
  detail?: string;
  /** A URI reference identifying this occurrence. */
  instance?: string;
  /** A stable, machine-readable error code, e.g. `etag_mismatch`. */
  code?: string;
  /** The request id, the same as the `X-Request-Id` header. */
  requestId?: string;
  /** For validation failures, every invalid field. */
  errors?: ProblemFieldError[];
  /** Extension members. */
  [key: string]: unknown;
}

/**
 * Base class of every error this SDK throws, so one `catch` clause can tell SDK errors apart.
 *
 * @example
 * ```ts
 * try {
 *   await client.templates.retrieve('tpl_1');
 * } catch (err) {
 *   if (err instanceof SecureAIStudioError) console.error(err.message);
 * }
 * ```
 */
export class SecureAIStudioError extends Error {
  /** The class name, `'SecureAIStudioError'`, kept through minification. */
  override name: string = 'SecureAIStudioError';
}

/**
 * The server answered with a non-success HTTP status. Subclasses name the status.
 *
 * @example
 * ```ts
 * try {
 *   await client.users.retrieve('usr_missing');
 * } catch (err) {
 *   if (err instanceof APIError) console.log(err.status, err.code, err.requestId);
 * }
 * ```
 */
export class APIError extends SecureAIStudioError {
  /** The class name, `'APIError'`, kept through minification. */
  override name: string = 'APIError';
  /** The HTTP status code of the response. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The parsed problem-details body, when the response carried one. */
  readonly problem: Problem | undefined;
  /** Problem `type` URI. */
  readonly type: string | undefined;
  /** Problem `title`: a short summary of the problem type. */
  readonly title: string | undefined;
  /** Problem `detail`: an explanation of this occurrence. */
  readonly detail: string | undefined;
  /** Problem `instance` URI. */
  readonly instance: string | undefined;
  /** Machine-readable error code from the problem body (e.g. `template_not_found`). */
  readonly code: string | undefined;
  /** The request id: the `X-Request-Id` response header, else the problem's `requestId`. */
  readonly requestId: string | undefined;
  /** Per-field validation errors from the problem body. */
  readonly errors: ProblemFieldError[] | undefined;

  constructor(status: number, problem: Problem | undefined, headers: Headers, message?: string) {
    super(message ?? APIError.makeMessage(status, problem));
    const members = graphqlProblem(problem);
    this.status = status;
    this.headers = headers;
    this.problem = problem;
    this.type = problem?.type;
    this.title = problem?.title;
    this.detail = members?.detail;
    this.instance = problem?.instance;
    this.code = members?.code;
    this.requestId = headers.get('x-request-id') ?? problem?.requestId;
    this.errors = problem?.errors;
  }

  /**
   * Rulebook R5.3: `"<status> <code>: <detail or title>"`, parts omitted when absent; a GraphQL
   * request error gives its messages as the detail and its first `extensions.code` as the code.
   */
  static makeMessage(status: number, body: Problem | undefined): string {
    const problem = graphqlProblem(body);
    const text = problem?.detail ?? problem?.title;
    const head = problem?.code ? `${status} ${problem.code}` : `${status}`;
    return text ? `${head}: ${text}` : `${head} status code (no problem details)`;
  }

  /**
   * Builds the subclass matching `status` (rulebook R5.2).
   *
   * @example
   * ```ts
   * const err = APIError.generate(404, { title: 'Not Found' }, new Headers());
   * err instanceof NotFoundError; // true
   * ```
   */
  static generate(status: number, problem: Problem | undefined, headers: Headers, message?: string): APIError {
    const Class = statusClass(status);
    return new Class(status, problem, headers, message);
  }
}

/** HTTP 400. @example `catch (e) { if (e instanceof BadRequestError) e.errors }` */
export class BadRequestError extends APIError {
  /** The class name, `'BadRequestError'`, kept through minification. */
  override name = 'BadRequestError';
}
/** HTTP 401: credentials missing, invalid or expired (after the one transparent refresh, R1.4). @example `if (e instanceof AuthenticationError) relogin()` */
export class AuthenticationError extends APIError {
  /** The class name, `'AuthenticationError'`, kept through minification. */
  override name = 'AuthenticationError';
}
/** HTTP 403: authenticated but not allowed. @example `if (e instanceof PermissionDeniedError) console.warn(e.code)` */
export class PermissionDeniedError extends APIError {
  /** The class name, `'PermissionDeniedError'`, kept through minification. */
  override name = 'PermissionDeniedError';
}
/** HTTP 404. @example `if (e instanceof NotFoundError) return null` */
export class NotFoundError extends APIError {
  /** The class name, `'NotFoundError'`, kept through minification. */
  override name = 'NotFoundError';
}
/** HTTP 409: conflicting state (lock conflicts are retried first, R3.2). @example `if (e instanceof ConflictError) console.log(e.code)` */
export class ConflictError extends APIError {
  /** The class name, `'ConflictError'`, kept through minification. */
  override name = 'ConflictError';
}
/** HTTP 412: the `If-Match` ETag no longer matches; re-read and retry the update. @example `if (e instanceof PreconditionFailedError) reload()` */
export class PreconditionFailedError extends APIError {
  /** The class name, `'PreconditionFailedError'`, kept through minification. */
  override name = 'PreconditionFailedError';
}
/** HTTP 422: well-formed but semantically invalid input. @example `if (e instanceof UnprocessableEntityError) show(e.errors)` */
export class UnprocessableEntityError extends APIError {
  /** The class name, `'UnprocessableEntityError'`, kept through minification. */
  override name = 'UnprocessableEntityError';
}
/** HTTP 429, raised once retries are exhausted. @example `if (e instanceof RateLimitError) e.headers.get('retry-after')` */
export class RateLimitError extends APIError {
  /** The class name, `'RateLimitError'`, kept through minification. */
  override name = 'RateLimitError';
}
/** Any HTTP 5xx, raised once retries are exhausted. @example `if (e instanceof InternalServerError) console.log(e.requestId)` */
export class InternalServerError extends APIError {
  /** The class name, `'InternalServerError'`, kept through minification. */
  override name = 'InternalServerError';
}

/**
 * R5.3/R13.2: a GraphQL request error (no `detail` nor `title`, `errors` a list of objects with
 * a string `message`) as the problem members it stands for: `detail` = the messages joined by
 * "; ", `code` = the first error's `extensions.code` when that is a string and the body has none.
 * Any other body is returned as it is.
 */
function graphqlProblem(problem: Problem | undefined): Problem | undefined {
  const errors = problem?.errors as { message?: unknown; extensions?: { code?: unknown } }[] | undefined;
  if (problem?.detail != null || problem?.title != null || !Array.isArray(errors) || !errors.length) return problem;
  if (!errors.every((e) => typeof e?.message === 'string')) return problem;
  const code = errors[0]?.extensions?.code;
  return { ...problem, detail: errors.map((e) => e.message).join('; '), code: problem?.code ?? (typeof code === 'string' ? code : undefined) };
}

function statusClass(status: number): typeof APIError {
  const byStatus: Record<number, typeof APIError> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  return byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/**
 * No HTTP response was received (DNS, refused connection, reset, TLS…). Retried per R3.1.
 *
 * @example
 * ```ts
 * if (err instanceof APIConnectionError) console.error('network problem', err.cause);
 * ```
 */
export class APIConnectionError extends SecureAIStudioError {
  /** The class name, `'APIConnectionError'`, kept through minification. */
  override name: string = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * One attempt took longer than `timeout` milliseconds (R2.1). Retried per R3.1.
 *
 * @example
 * ```ts
 * if (err instanceof APIConnectionTimeoutError) console.error('timed out');
 * ```
 */
export class APIConnectionTimeoutError extends APIConnectionError {
  /** The class name, `'APIConnectionTimeoutError'`, kept through minification. */
  override name = 'APIConnectionTimeoutError';
  constructor(message = 'Request timed out.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The caller's `AbortSignal` fired. Never retried (R2.3).
 *
 * @example
 * ```ts
 * const ac = new AbortController();
 * const p = client.jobs.list({}, { signal: ac.signal });
 * ac.abort();
 * await p.catch((e) => e instanceof APIUserAbortError); // true
 * ```
 */
export class APIUserAbortError extends SecureAIStudioError {
  /** The class name, `'APIUserAbortError'`, kept through minification. */
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * One problem found when checking a response against its schema.
 *
 * @example
 * ```ts
 * err.issues.forEach((i) => console.log(i.path, i.message));
 * ```
 */
export interface ValidationIssue {
  /** JSON pointer into the response body, e.g. `/data/0/status`. */
  path: string;
  /** What was wrong there. */
  message: string;
}

/**
 * A successful response did not match the schema in openapi.yaml (R7). Thrown in
 * `validation: 'strict'` mode, passed to the logger in `'warn'` mode.
 *
 * @example
 * ```ts
 * if (err instanceof ResponseValidationError) console.log(err.operationId, err.issues[0]?.path);
 * ```
 */
export class ResponseValidationError extends SecureAIStudioError {
  /** The class name, `'ResponseValidationError'`, kept through minification. */
  override name = 'ResponseValidationError';
  /** The operationId whose response failed validation. */
  readonly operationId: string;
  /** Each mismatch with its JSON pointer. */
  readonly issues: ValidationIssue[];
  /** The `X-Request-Id` of the offending response, if any. */
  readonly requestId: string | undefined;

  constructor(operationId: string, issues: ValidationIssue[], requestId?: string) {
    const first = issues[0];
    const where = first ? ` at ${first.path || '/'}: ${first.message}` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`Response of ${operationId} does not match openapi.yaml${where}${more}`);
    this.operationId = operationId;
    this.issues = issues;
    this.requestId = requestId;
  }
}

/**
 * `waitFor` did not see a terminal state before its deadline (R8.3).
 *
 * @example
 * ```ts
 * await client.jobs.waitFor('job_1', { timeout: 1000 }).catch((e) => e instanceof WaitTimeoutError);
 * ```
 */
export class WaitTimeoutError extends SecureAIStudioError {
  /** The class name, `'WaitTimeoutError'`, kept through minification. */
  override name = 'WaitTimeoutError';
  /** The last state observed before giving up. */
  readonly lastState: unknown;
  constructor(message: string, lastState: unknown) {
    super(message);
    this.lastState = lastState;
  }
}
