// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import HealthStatus from '../model/HealthStatus.js';
import Problem from '../model/Problem.js';

/**
 * Health operations.
 * @module api/HealthApi
 */
export default class HealthApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Liveness probe
     * Answers 200 while the service process is up. Takes no authentication so load balancers can call it.
     * GET /health/live
     * @return {Promise<{data: module:model/HealthStatus, response: Response}>} decoded body and the fetch Response
     */
    getLivenessWithHttpInfo() {

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = [];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = HealthStatus;
        return this.apiClient.callApi(
            '/health/live', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getLiveness'
        );
    }

    /**
     * Liveness probe
     * Same as `getLivenessWithHttpInfo` but resolves to the decoded body only.
     * @return {Promise<module:model/HealthStatus>}
     */
    getLiveness() {
        return this.getLivenessWithHttpInfo().then((result) => result.data);
    }


    /**
     * Readiness probe
     * Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
     * GET /health/ready
     * @return {Promise<{data: module:model/HealthStatus, response: Response}>} decoded body and the fetch Response
     */
    getReadinessWithHttpInfo() {

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = [];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = HealthStatus;
        return this.apiClient.callApi(
            '/health/ready', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getReadiness'
        );
    }

    /**
     * Readiness probe
     * Same as `getReadinessWithHttpInfo` but resolves to the decoded body only.
     * @return {Promise<module:model/HealthStatus>}
     */
    getReadiness() {
        return this.getReadinessWithHttpInfo().then((result) => result.data);
    }

}
