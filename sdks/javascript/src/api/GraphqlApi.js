// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/GraphqlResponse, response: Response}>} decoded body and the fetch Response
     */
    executeGraphqlWithHttpInfo(graphqlRequest) {

        if (graphqlRequest === undefined || graphqlRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'graphqlRequest' when calling executeGraphql"));
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
        const returnType = GraphqlResponse;
        return this.apiClient.callApi(
            '/graphql', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'executeGraphql'
        );
    }

    /**
     * Execute a GraphQL query
     * Same as `executeGraphqlWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/GraphqlRequest} graphqlRequest 
     * @return {Promise<module:model/GraphqlResponse>}
     */
    executeGraphql(graphqlRequest) {
        return this.executeGraphqlWithHttpInfo(graphqlRequest).then((result) => result.data);
    }

}
