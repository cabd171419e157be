// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
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
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/HealthStatus, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getLivenessWithHttpInfo(requestOptions) {

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
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = HealthStatus;
        return this.apiClient.callApi(
            '/health/live', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getLiveness',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Liveness probe
     * Same as `getLivenessWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/HealthStatus>}
     */
    getLiveness(requestOptions) {
        return this.getLivenessWithHttpInfo(requestOptions).then((result) => result.data);
    }


    /**
     * Readiness probe
     * Answers 200 when the service and its dependencies can take traffic, 503 with the failing checks otherwise. No authentication.
     * GET /health/ready
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/HealthStatus, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getReadinessWithHttpInfo(requestOptions) {

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
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = HealthStatus;
        return this.apiClient.callApi(
            '/health/ready', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getReadiness',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Readiness probe
     * Same as `getReadinessWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/HealthStatus>}
     */
    getReadiness(requestOptions) {
        return this.getReadinessWithHttpInfo(requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(HealthApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
HealthApi.graphqlResults = {
};
