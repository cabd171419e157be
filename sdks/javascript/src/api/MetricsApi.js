// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/SystemMetrics, response: Response}>} decoded body and the fetch Response
     */
    getSystemMetricsWithHttpInfo() {

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
        const returnType = SystemMetrics;
        return this.apiClient.callApi(
            '/metrics/system', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getSystemMetrics'
        );
    }

    /**
     * Get system metrics
     * Same as `getSystemMetricsWithHttpInfo` but resolves to the decoded body only.
     * @return {Promise<module:model/SystemMetrics>}
     */
    getSystemMetrics() {
        return this.getSystemMetricsWithHttpInfo().then((result) => result.data);
    }


    /**
     * Get usage metrics
     * Usage as a time series between `from` (inclusive) and `to` (exclusive), one point per `granularity` bucket.
     * GET /metrics/usage
     * @param {Date} from Start of the series (inclusive).
     * @param {Date} to End of the series (exclusive).
     * @param {Object} [opts] optional parameters
     * @param {module:model/String} [opts.granularity] Bucket size. (default 'day')
     * @return {Promise<{data: module:model/UsageSeries, response: Response}>} decoded body and the fetch Response
     */
    getUsageMetricsWithHttpInfo(from, to, opts) {
        opts = opts || {};

        if (from === undefined || from === null) {
            return Promise.reject(new Error("Missing the required parameter 'from' when calling getUsageMetrics"));
        }

        if (to === undefined || to === null) {
            return Promise.reject(new Error("Missing the required parameter 'to' when calling getUsageMetrics"));
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
        const returnType = UsageSeries;
        return this.apiClient.callApi(
            '/metrics/usage', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getUsageMetrics'
        );
    }

    /**
     * Get usage metrics
     * Same as `getUsageMetricsWithHttpInfo` but resolves to the decoded body only.
     * @param {Date} from Start of the series (inclusive).
     * @param {Date} to End of the series (exclusive).
     * @param {Object} [opts] optional parameters
     * @param {module:model/String} [opts.granularity] Bucket size.
     * @return {Promise<module:model/UsageSeries>}
     */
    getUsageMetrics(from, to, opts) {
        return this.getUsageMetricsWithHttpInfo(from, to, opts).then((result) => result.data);
    }

}
