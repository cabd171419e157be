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
     * Execute a GraphQL query
     * Runs a GraphQL query or mutation over the same data as the REST operations. GraphQL errors are reported in the body's `errors` with status 200, as the GraphQL-over-HTTP convention asks. 
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
        const accepts = ['application/json', 'application/problem+json'];
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
     * Execute a GraphQL query
     * Same as `executeGraphqlWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/GraphqlRequest} graphqlRequest 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/GraphqlResponse>}
     */
    executeGraphql(graphqlRequest, requestOptions) {
        return this.executeGraphqlWithHttpInfo(graphqlRequest, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(GraphqlApi, [
]);
