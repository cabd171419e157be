import type { ZodMiniType } from 'zod/mini';

/**
 * The `x-pagination` extension of a list operation (R6.1).
 *
 * @example
 * ```ts
 * const p: PaginationSpec = { cursorParam: 'cursor', limitParam: 'limit', itemsField: 'data', nextCursorField: 'nextCursor' };
 * ```
 */
export interface PaginationSpec {
  /** Query parameter carrying the cursor. */
  readonly cursorParam: string;
  /** Query parameter carrying the page size. */
  readonly limitParam: string;
  /** Response property holding the page's items. */
  readonly itemsField: string;
  /** Response property holding the next cursor. */
  readonly nextCursorField: string;
}

/**
 * The `x-long-running` extension of an operation that starts work (R8.1).
 *
 * @example
 * ```ts
 * const lr: LongRunningSpec = { statusField: 'status', terminalStates: ['succeeded', 'failed'], pollOperation: 'getJob' };
 * ```
 */
export interface LongRunningSpec {
  /** Property of the polled resource holding its state. */
  readonly statusField: string;
  /** States after which the resource no longer changes. */
  readonly terminalStates: readonly string[];
  /** operationId that reads the resource. */
  readonly pollOperation: string;
}

/**
 * Everything the runtime needs to know about one operation, written by the generator from
 * openapi.yaml into `src/generated/operations.ts` (one exported constant per operation so that
 * unused operations and their schemas tree-shake away). Needed only to call
 * {@link BaseClient.request} directly.
 *
 * @example
 * ```ts
 * const getLiveness: OperationSpec = { id: 'getLiveness', method: 'GET', path: '/health/live', auth: false, response: 'json' };
 * const status = await new BaseClient().request(getLiveness);
 * ```
 */
export interface OperationSpec {
  /** The operationId. */
  readonly id: string;
  /** The HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template, relative to the base URL. */
  readonly path: string;
  /** False when the operation declares `security: []` (R1.3). */
  readonly auth: boolean;
  /** Query parameter names, as in the spec. */
  readonly query?: readonly string[];
  /** Header parameters other than Idempotency-Key: SDK key → wire header name. */
  readonly headers?: Readonly<Record<string, string>>;
  /** How the request body is encoded, when there is one. */
  readonly body?: 'json' | 'multipart';
  /** What the success response carries. */
  readonly response: 'json' | 'binary' | 'sse' | 'empty';
  /** Success JSON body schema, or the SSE `data` schema for `response: 'sse'`. */
  readonly schema?: ZodMiniType;
  /** The operation accepts `Idempotency-Key`: the client generates one (R3.6). */
  readonly idempotencyKey?: boolean;
  /** The `x-pagination` extension of list operations. */
  readonly pagination?: PaginationSpec;
  /** The `x-long-running` extension of operations that start work. */
  readonly longRunning?: LongRunningSpec;
}
