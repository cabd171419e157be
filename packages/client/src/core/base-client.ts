import type { ClientOptions } from '../client.js';
import { Credentials, type TokenSet } from '../internal/auth.js';
import { readEnv } from '../internal/env.js';
import type { OperationSpec } from '../internal/operation.js';
import { checkHeader } from '../internal/headers.js';
import { buildPath } from '../internal/path.js';
import { send, type OutgoingRequest, type TransportConfig } from '../internal/transport.js';
import { uuid4 } from '../internal/uuid.js';
import { validateResponse } from '../internal/validate.js';
import { APIPromise } from './api-promise.js';
import { BinaryResponse } from './binary.js';
import { ResponseValidationError } from './errors.js';
import { Page, PagePromise } from './pagination.js';
import type { Logger, RequestOptions, ValidationMode } from './request-options.js';
import { Stream, type SelectMessages } from './streaming.js';
import { toFormData } from './uploads.js';

/** The production server from openapi.yaml. */
export const DEFAULT_BASE_URL = 'https://api.secure-ai-studio.example/api/v1';
/** Default per-attempt timeout: 60 s (R2.1). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Default number of retries after the first attempt (R3.1). */
export const DEFAULT_MAX_RETRIES = 2;

/**
 * The inputs of one operation call, split by where they go on the wire.
 *
 * @example
 * ```ts
 * const args: CallArgs = { path: { templateId: 'tpl_1' }, params: { ifMatch: '"v3"' }, body: { name: 'x' } };
 * ```
 */
export interface CallArgs {
  /** Path parameters by their spec name. */
  path?: Record<string, string | number>;
  /** Query parameters (spec names) and header parameters (camelCase names) in one object. */
  params?: object | undefined;
  /** The request body: JSON-serialisable, or an object of parts for multipart operations. */
  body?: unknown;
}

/**
 * The transport every resource calls: options, credentials, and one method per response kind.
 * Use it directly with individual resource classes to bundle only what you import.
 *
 * @example
 * ```ts
 * import { BaseClient, Templates } from '@secure-ai-studio/client';
 * const templates = new Templates(new BaseClient({ apiKey: 'sk_test' }));
 * const page = await templates.list();
 * ```
 */
export class BaseClient {
  /** Base URL every operation path is appended to. */
  readonly baseURL: string;
  /** Per-attempt timeout in ms. */
  readonly timeout: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Response validation mode. */
  readonly validation: ValidationMode;
  /** Where validation warnings go. */
  readonly logger: Logger;
  // ECMAScript-private: util.inspect, JSON.stringify and for…in never see credentials (R5.5).
  readonly #transport: TransportConfig;
  readonly #defaultHeaders: Headers;

  constructor(options: ClientOptions = {}) {
    this.baseURL = (options.baseURL ?? readEnv('SECURE_AI_STUDIO_BASE_URL') ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeout = checkNumber('timeout', options.timeout ?? DEFAULT_TIMEOUT_MS, 1);
    this.maxRetries = checkNumber('maxRetries', options.maxRetries ?? DEFAULT_MAX_RETRIES, 0);
    const validation = options.validation ?? 'warn';
    if (!['strict', 'warn', 'off'].includes(validation)) {
      throw new TypeError(`validation must be 'strict', 'warn' or 'off' (got ${JSON.stringify(validation)})`);
    }
    this.validation = validation;
    this.logger = options.logger ?? { warn: (message) => console.warn(`[secure-ai-studio] ${message}`) };
    // R4.3/R9.4: bad values fail here, naming the header; `Headers` rejects bad names.
    const defaultHeaders = options.defaultHeaders ?? {};
    for (const [name, value] of Object.entries(defaultHeaders)) checkHeader(`defaultHeaders['${name}']`, String(value));
    this.#defaultHeaders = new Headers(defaultHeaders);
    const apiKey = options.apiKey ?? (options.accessToken ? undefined : readEnv('SECURE_AI_STUDIO_API_KEY'));
    const credentials = new Credentials(
      { apiKey, accessToken: options.accessToken, refreshToken: options.refreshToken },
      (refreshToken) => this.refreshTokens(refreshToken),
      options.onTokenRefresh,
    );
    this.#transport = { timeout: this.timeout, maxRetries: this.maxRetries, fetch: options.fetch, credentials };
  }

  /** Exchanges a refresh token at `POST /auth/refresh` (R1.4): no credentials, no retries. */
  private async refreshTokens(refreshToken: string): Promise<TokenSet> {
    const op: OperationSpec = { id: 'refreshToken', method: 'POST', path: '/auth/refresh', auth: false, body: 'json', response: 'json' };
    const response = await send(this.#transport, await this.build(op, { body: { refreshToken } }, { maxRetries: 0 }));
    const body = (await response.json()) as Partial<TokenSet>;
    if (typeof body.accessToken !== 'string') {
      throw new ResponseValidationError('refreshToken', [{ path: '/accessToken', message: 'expected a string' }]);
    }
    return { accessToken: body.accessToken, ...(body.refreshToken ? { refreshToken: body.refreshToken } : {}) };
  }

  /** Builds URL, headers and body for one call (R9.1 path encoding, R3.6 idempotency key). */
  private async build(op: OperationSpec, args: CallArgs, options: RequestOptions = {}): Promise<OutgoingRequest> {
    const url = new URL(this.baseURL + buildPath(op.path, args.path ?? {}, op.id));
    const params = (args.params ?? {}) as Record<string, unknown>;
    for (const name of op.query ?? []) appendQuery(url.searchParams, name, params[name]);
    const headers = new Headers(this.#defaultHeaders);
    if (op.response === 'json') headers.set('accept', 'application/json');
    if (op.response === 'sse') headers.set('accept', 'text/event-stream');
    for (const [key, wireName] of Object.entries(op.headers ?? {})) {
      const value = params[key];
      if (value !== undefined && value !== null) headers.set(wireName, checkHeader(`${op.id}: parameter '${key}' (${wireName})`, String(value)));
    }
    const idempotencyKey = options.idempotencyKey ?? (op.idempotencyKey ? uuid4() : undefined);
    if (idempotencyKey) headers.set('idempotency-key', checkHeader(`${op.id}: option 'idempotencyKey'`, idempotencyKey));
    for (const [key, value] of Object.entries(options.headers ?? {})) {
      if (value === null) headers.delete(key);
      else if (value !== undefined) headers.set(key, checkHeader(`${op.id}: option headers['${key}']`, value));
    }
    const req: OutgoingRequest = { op, url: url.toString(), headers };
    if (args.body !== undefined) {
      if (op.body === 'multipart') req.form = await toFormData(args.body as Record<string, unknown>, op.id);
      else req.json = args.body;
    }
    if (options.timeout !== undefined) req.timeout = checkNumber('timeout', options.timeout, 1);
    if (options.maxRetries !== undefined) req.maxRetries = checkNumber('maxRetries', options.maxRetries, 0);
    if (options.signal) req.signal = options.signal;
    return req;
  }

  /** Builds, then sends; argument errors of `build` reject before anything is sent. */
  private async sendCall(op: OperationSpec, args: CallArgs, options?: RequestOptions): Promise<Response> {
    return send(this.#transport, await this.build(op, args, options));
  }

  /**
   * What `JSON.stringify(client)` shows: the settings, never credentials or headers (those are
   * `#private`, so `util.inspect` and `console.log` do not show them either).
   */
  toJSON(): Record<string, unknown> {
    const { baseURL, timeout, maxRetries, validation } = this;
    return { baseURL, timeout, maxRetries, validation };
  }

  private async parseJson<T>(op: OperationSpec, response: Response, options?: RequestOptions): Promise<T> {
    const text = await response.text();
    const requestId = response.headers.get('x-request-id') ?? undefined;
    let data: T | undefined;
    try {
      data = text === '' ? undefined : (JSON.parse(text) as T);
    } catch (error) {
      // R7.4: with no data to return, a body that is not JSON fails in every validation mode.
      throw new ResponseValidationError(op.id, [{ path: '', message: `the body is not valid JSON (${(error as Error).message})` }], requestId);
    }
    if (op.response === 'empty') return data as T;
    return validateResponse(data as T, op.schema, options?.validation ?? this.validation, op.id, this.logger, requestId);
  }

  /**
   * Calls a JSON (or empty-body) operation.
   *
   * @example
   * ```ts
   * const job = await client.request<Job>(getJob, { path: { jobId: 'job_1' } });
   * ```
   */
  request<T>(op: OperationSpec, args: CallArgs = {}, options?: RequestOptions): APIPromise<T> {
    return new APIPromise(this.sendCall(op, args, options), (response) => this.parseJson<T>(op, response, options));
  }

  /**
   * Calls a list operation carrying `x-pagination` (R6).
   *
   * @example
   * ```ts
   * for await (const t of client.requestPage<Template>(listTemplates, { params: { limit: 50 } })) console.log(t.id);
   * ```
   */
  requestPage<Item>(op: OperationSpec, args: CallArgs = {}, options?: RequestOptions): PagePromise<Item> {
    const pagination = op.pagination;
    if (!pagination) throw new TypeError(`${op.id} has no x-pagination extension`);
    const params = { ...(args.params as Record<string, unknown> | undefined) };
    const cursor = params[pagination.cursorParam] as string | undefined;
    return new PagePromise(this.sendCall(op, args, options), async (response) => {
      const body = await this.parseJson<Record<string, unknown>>(op, response, options);
      return new Page<Item>(body ?? {}, response, pagination, cursor, (next) =>
        this.requestPage<Item>(op, { ...args, params: { ...params, [pagination.cursorParam]: next } }, options),
      );
    });
  }

  /**
   * Opens a `text/event-stream` operation (R8.4); `select` picks the messages to decode, as
   * {@link graphqlMessages} does for GraphQL over SSE.
   *
   * @example
   * ```ts
   * const stream = await client.requestStream<JobEvent>(streamJobEvents, { path: { jobId: 'job_1' } });
   * ```
   */
  requestStream<T>(op: OperationSpec, args: CallArgs = {}, options: RequestOptions = {}, select?: SelectMessages): APIPromise<Stream<T>> {
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    // An event stream has no overall deadline: `timeout` bounds only the wait for the headers.
    const responsePromise = this.sendCall(op, args, { ...options, signal });
    const mode = options.validation ?? this.validation;
    return new APIPromise(responsePromise, async (response) => {
      const requestId = response.headers.get('x-request-id') ?? undefined;
      return new Stream<T>(
        response,
        (data, event) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(data);
          } catch {
            throw new ResponseValidationError(op.id, [{ path: '', message: `event '${event}' data is not JSON` }], requestId);
          }
          return validateResponse(parsed as T, op.schema, mode, `${op.id} event '${event}'`, this.logger, requestId);
        },
        controller,
        select,
      );
    });
  }

  /**
   * Calls an operation whose success body is binary (R9.2).
   *
   * @example
   * ```ts
   * const file = await client.requestBinary(downloadAssetContent, { path: { assetId: 'ast_1' } });
   * ```
   */
  requestBinary(op: OperationSpec, args: CallArgs = {}, options?: RequestOptions): APIPromise<BinaryResponse> {
    return new APIPromise(this.sendCall(op, args, options), async (response) => new BinaryResponse(response));
  }
}

function checkNumber(name: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new TypeError(`${name} must be a finite number >= ${min} (got ${String(value)})`);
  }
  return value;
}

/** R9.1: arrays repeat the key (form, explode), dates are ISO 8601, undefined/null are omitted. */
function appendQuery(search: URLSearchParams, key: string, value: unknown): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === undefined || item === null) continue;
    search.append(key, item instanceof Date ? item.toISOString() : String(item));
  }
}
