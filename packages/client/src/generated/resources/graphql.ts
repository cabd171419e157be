// generated from openapi.yaml (sha256 09fcfc3743dd9394, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

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
   * Execute a GraphQL query.
   *
   * Runs a GraphQL query or mutation over the same data as the REST operations. GraphQL errors
   * are reported in the body's `errors` with status 200, as the GraphQL-over-HTTP convention asks.
   *
   * `POST /graphql` (operation `executeGraphql`).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.graphql.execute({
   *   query: "query RecentJobs($first: Int!) { jobs(first: $first) { id status } }",
   *   variables: {
   *     first: 2
   *   },
   *   operationName: "RecentJobs"
   * });
   * ```
   */
  execute(body: ExecuteGraphqlBody, options?: RequestOptions): APIPromise<ExecuteGraphqlResponse> {
    return this._client.request<ExecuteGraphqlResponse>(ops.executeGraphql, { body }, options);
  }
}
