import { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { GraphqlSubscription, graphqlMessages } from '../core/streaming.js';
import type { components } from '../generated/openapi.js';
import { executeGraphql } from '../generated/operations.js';
import { GraphqlBase } from '../generated/resources/graphql.js';
import type { OperationSpec } from '../internal/operation.js';

/**
 * A GraphQL execution result (`GraphqlResponse`): `data`, typed as you say, and the `errors`.
 *
 * @example
 * ```ts
 * const result: GraphqlResult<{ me: { id: string } }> = await client.graphql.query('{ me { id } }');
 * ```
 */
export type GraphqlResult<TData = Record<string, unknown>> = Omit<components['schemas']['GraphqlResponse'], 'data'> & {
  /** The result; `null` if the request failed as a whole. */
  data?: TData | null;
};

/**
 * The last argument of `query` and `subscribe`: the request options of every call, plus the
 * GraphQL `operationName`.
 *
 * @example
 * ```ts
 * await client.graphql.query(document, { limit: 1 }, { operationName: 'RecentJobs', timeout: 5_000 });
 * ```
 */
export interface GraphqlRequestOptions extends RequestOptions {
  /** Which operation of the document to run; sent only when given. */
  operationName?: string;
}

// Query answers in the GraphQL media type, plain JSON from an older server (R13.1).
const ACCEPT = 'application/graphql-response+json, application/json;q=0.9';

/**
 * The GraphQL endpoint: `client.graphql`. `query` and `subscribe` (R13) take a document and its
 * variables; `execute` and `executeGet` are the raw operations.
 *
 * @example
 * ```ts
 * const { data, errors } = await client.graphql.query('query ($limit: Int) { jobs(limit: $limit) { data { id } } }', { limit: 5 });
 * for await (const result of await client.graphql.subscribe('subscription { jobEvents(jobId: "job_1") { progress } }')) console.log(result.data);
 * ```
 */
export class Graphql extends GraphqlBase {
  /**
   * Runs a query or mutation (R13.1) and returns its result. Errors of single fields come back
   * in `errors` beside `data`; a document that does not parse or validate raises
   * {@link BadRequestError} with the GraphQL messages. A mutation is retried only when you pass
   * an `idempotencyKey`.
   *
   * @param document - The GraphQL document.
   * @param variables - Its variables; sent only when given.
   * @param options - `operationName` and the per-call options.
   * @example
   * ```ts
   * const { data } = await client.graphql.query<{ jobs: { data: { id: string }[] } }>(
   *   'query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id } } }',
   *   { limit: 5 },
   *   { operationName: 'RecentJobs' },
   * );
   * ```
   */
  query<TData = Record<string, unknown>>(document: string, variables?: Record<string, unknown>, options: GraphqlRequestOptions = {}): APIPromise<GraphqlResult<TData>> {
    return this._client.request<GraphqlResult<TData>>(executeGraphql, graphqlBody(document, variables, options), { ...options, headers: { accept: ACCEPT, ...options.headers } });
  }

  /**
   * Starts a subscription (R13.3): await it for the {@link GraphqlSubscription}, then iterate
   * the results with `for await` until the server completes it. A non-2xx answer raises before
   * the first result; breaking out of the loop closes the connection.
   *
   * @param document - The GraphQL subscription document.
   * @param variables - Its variables; sent only when given.
   * @param options - `operationName` and the per-call options (`timeout` bounds the wait for
   *   the response headers only).
   * @example
   * ```ts
   * const results = await client.graphql.subscribe(
   *   'subscription Progress($jobId: ID!) { jobEvents(jobId: $jobId) { event progress } }',
   *   { jobId: 'job_01JD8K2M4P6R8T0V2X4Z6B8D0F' },
   * );
   * for await (const { data } of results) console.log(data?.jobEvents);
   * ```
   */
  subscribe<TData = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    options: GraphqlRequestOptions = {},
  ): APIPromise<GraphqlSubscription<GraphqlResult<TData>>> {
    // The same POST answered as GraphQL over SSE; `response: 'sse'` sends `Accept: text/event-stream`.
    const op: OperationSpec = { ...executeGraphql, response: 'sse' };
    const stream = this._client.requestStream<GraphqlResult<TData>>(op, graphqlBody(document, variables, options), options, graphqlMessages);
    return new APIPromise(stream.asResponse(), async () => new GraphqlSubscription(await stream));
  }
}

/** The POST body with only the fields given (R9.5): JSON leaves out the undefined ones. */
function graphqlBody(query: string, variables: Record<string, unknown> | undefined, { operationName }: GraphqlRequestOptions) {
  if (typeof query !== 'string') throw new TypeError(`executeGraphql: the document must be a string (got ${typeof query})`);
  return { body: { query, variables, operationName } };
}
