// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `executeGraphqlGet`. */
export interface GraphqlExecuteGetParams {
  /** The GraphQL document: ASCII (write other characters as `\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST. */
  query: NonNullable<operations["executeGraphqlGet"]['parameters']['query']>["query"];
  /** The variables as JSON text (an object), ASCII and at most 1,000 characters. */
  variables?: NonNullable<operations["executeGraphqlGet"]['parameters']['query']>["variables"];
  /** Which operation of the document to run. */
  operationName?: NonNullable<operations["executeGraphqlGet"]['parameters']['query']>["operationName"];
}

/** Response body of `executeGraphqlGet` (HTTP 200). */
export type ExecuteGraphqlGetResponse = operations["executeGraphqlGet"]['responses'][200]['content']['application/json'];

/** Request body of `executeGraphql`. */
export type ExecuteGraphqlBody = NonNullable<operations["executeGraphql"]['requestBody']>['content']['application/json'];

/** Response body of `executeGraphql` (HTTP 200). */
export type ExecuteGraphqlResponse = operations["executeGraphql"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `graphql`: A GraphQL endpoint over the same data.
 * Generated base of the hand-written resource class; reach it as
 * `client.graphql`.
 */
export class GraphqlBase extends APIResource {
  /**
   * Run a GraphQL query over GET.
   *
   * Runs a GraphQL query (not a mutation: that is 405) given in the query string, as GraphQL over
   * HTTP allows, so caches and CDNs can keep the answer. The document is validated against
   * `graphql/schema.graphql`; one that does not parse or validate is 400 with GraphQL
   * `errors`. A result with `data` is 200, field errors listed beside it in `errors`.
   *
   * `GET /graphql` (operation `executeGraphqlGet`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.graphql.executeGet({ query: "{ roles(limit: 1) { data { id name } nextCursor } }" });
   * ```
   */
  executeGet(params: GraphqlExecuteGetParams, options?: RequestOptions): APIPromise<ExecuteGraphqlGetResponse> {
    return this._client.request<ExecuteGraphqlGetResponse>(ops.executeGraphqlGet, { params }, options);
  }

  /**
   * Execute a GraphQL query, mutation or subscription.
   *
   * Runs a GraphQL document over the same data as the REST operations, validated against
   * `graphql/schema.graphql`, as GraphQL over HTTP says: the answer is
   * `application/graphql-response+json` when the request accepts it, JSON otherwise; a
   * document that does not parse or validate is 400 with GraphQL `errors`; a result with `data`
   * is 200, the errors of single fields listed beside it in `errors`. A subscription
   * (`jobEvents`) is sent with `Accept: text/event-stream` and answered as GraphQL over SSE
   * (distinct connections): one `next` event per result, then `complete`. The SDKs call this
   * operation as `client.graphql.query(document, variables)` and
   * `client.graphql.subscribe(document, variables)`.
   *
   * `POST /graphql` (operation `executeGraphql`).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.graphql.execute({
   *   query: "query RecentJobs($limit: Int) { jobs(limit: $limit) { data { id status } nextCursor } }",
   *   variables: {
   *     limit: 1
   *   },
   *   operationName: "RecentJobs"
   * });
   * ```
   */
  execute(body: ExecuteGraphqlBody, options?: RequestOptions): APIPromise<ExecuteGraphqlResponse> {
    return this._client.request<ExecuteGraphqlResponse>(ops.executeGraphql, { body }, options);
  }
}
