// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import Problem from '../model/Problem.js';
import SystemMetrics from '../model/SystemMetrics.js';
import UsageSeries from '../model/UsageSeries.js';

/**
 * Metrics operations.
 * @module api/MetricsApi
 */
export default class MetricsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Get system metrics
     * A point-in-time snapshot of the organisation's generation capacity and queue.
     * GET /metrics/system
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/SystemMetrics, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getSystemMetricsWithHttpInfo(requestOptions) {

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = SystemMetrics;
        return this.apiClient.callApi(
            '/metrics/system', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getSystemMetrics',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get system metrics
     * Same as `getSystemMetricsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/SystemMetrics>}
     */
    getSystemMetrics(requestOptions) {
        return this.getSystemMetricsWithHttpInfo(requestOptions).then((result) => result.data);
    }


    /**
     * Get usage metrics
     * Usage as a time series between `from` (inclusive) and `to` (exclusive), one point per `granularity` bucket.
     * GET /metrics/usage
     * @param {Date} from Start of the series (inclusive).
     * @param {Date} to End of the series (exclusive).
     * @param {Object} [opts] optional parameters
     * @param {module:model/String} [opts.granularity] Bucket size. (default 'day')
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/UsageSeries, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getUsageMetricsWithHttpInfo(from, to, opts, requestOptions) {
        opts = opts || {};

        if (from === undefined || from === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'from' when calling getUsageMetrics"));
        }

        if (to === undefined || to === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'to' when calling getUsageMetrics"));
        }

        const pathParams = {
        };
        const queryParams = {
            'from': from,
            'to': to,
            'granularity': opts['granularity']
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = UsageSeries;
        return this.apiClient.callApi(
            '/metrics/usage', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getUsageMetrics',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get usage metrics
     * Same as `getUsageMetricsWithHttpInfo` but resolves to the decoded body only.
     * @param {Date} from Start of the series (inclusive).
     * @param {Date} to End of the series (exclusive).
     * @param {Object} [opts] optional parameters
     * @param {module:model/String} [opts.granularity] Bucket size.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/UsageSeries>}
     */
    getUsageMetrics(from, to, opts, requestOptions) {
        return this.getUsageMetricsWithHttpInfo(from, to, opts, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(MetricsApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
MetricsApi.graphqlResults = {
};
