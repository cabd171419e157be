// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import GraphqlRequest from '../model/GraphqlRequest.js';
import GraphqlResponse from '../model/GraphqlResponse.js';
import Problem from '../model/Problem.js';

/**
 * Graphql operations.
 * @module api/GraphqlApi
 */
export default class GraphqlApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Execute a GraphQL query, mutation or subscription
     * Runs a GraphQL document over the same data as the REST operations, validated against `graphql/schema.graphql`, as GraphQL over HTTP says: the answer is `application/graphql-response+json` when the request accepts it, JSON otherwise; a document that does not parse or validate is 400 with GraphQL `errors`; a result with `data` is 200, the errors of single fields listed beside it in `errors`. A subscription (`jobEvents`) is sent with `Accept: text/event-stream` and answered as GraphQL over SSE (distinct connections): one `next` event per result, then `complete`. The SDKs call this operation as `client.graphql.query(document, variables)` and `client.graphql.subscribe(document, variables)`. 
     * POST /graphql
     * @param {module:model/GraphqlRequest} graphqlRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/GraphqlResponse, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    executeGraphqlWithHttpInfo(graphqlRequest, requestOptions) {

        if (graphqlRequest === undefined || graphqlRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'graphqlRequest' when calling executeGraphql"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = graphqlRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/graphql-response+json', 'application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = GraphqlResponse;
        return this.apiClient.callApi(
            '/graphql', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'executeGraphql',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Execute a GraphQL query, mutation or subscription
     * Same as `executeGraphqlWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/GraphqlRequest} graphqlRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/GraphqlResponse>}
     */
    executeGraphql(graphqlRequest, requestOptions) {
        return this.executeGraphqlWithHttpInfo(graphqlRequest, requestOptions).then((result) => result.data);
    }


    /**
     * Run a GraphQL query over GET
     * Runs a GraphQL query (not a mutation: that is 405) given in the query string, as GraphQL over HTTP allows, so caches and CDNs can keep the answer. The document is validated against `graphql/schema.graphql`; one that does not parse or validate is 400 with GraphQL `errors`. A result with `data` is 200, field errors listed beside it in `errors`. 
     * GET /graphql
     * @param {String} query The GraphQL document: ASCII (write other characters as `\\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST. 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.variables] The variables as JSON text (an object), ASCII and at most 1,000 characters.
     * @param {String} [opts.operationName] Which operation of the document to run.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/GraphqlResponse, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    executeGraphqlGetWithHttpInfo(query, opts, requestOptions) {
        opts = opts || {};

        if (query === undefined || query === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'query' when calling executeGraphqlGet"));
        }

        const pathParams = {
        };
        const queryParams = {
            'query': query,
            'variables': opts['variables'],
            'operationName': opts['operationName']
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/graphql-response+json', 'application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = GraphqlResponse;
        return this.apiClient.callApi(
            '/graphql', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'executeGraphqlGet',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Run a GraphQL query over GET
     * Same as `executeGraphqlGetWithHttpInfo` but resolves to the decoded body only.
     * @param {String} query The GraphQL document: ASCII (write other characters as `\\u` escapes) and at most 3,000 characters, so the URL fits the 16 KB a server reads of a request's line and headers. Send a longer document over POST. 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.variables] The variables as JSON text (an object), ASCII and at most 1,000 characters.
     * @param {String} [opts.operationName] Which operation of the document to run.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/GraphqlResponse>}
     */
    executeGraphqlGet(query, opts, requestOptions) {
        return this.executeGraphqlGetWithHttpInfo(query, opts, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(GraphqlApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
GraphqlApi.graphqlResults = {
    'executeGraphql': GraphqlResponse,
};
