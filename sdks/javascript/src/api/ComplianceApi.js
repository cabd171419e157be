// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import ComplianceFramework from '../model/ComplianceFramework.js';
import ComplianceReport from '../model/ComplianceReport.js';
import ComplianceReportList from '../model/ComplianceReportList.js';
import ComplianceReportRequest from '../model/ComplianceReportRequest.js';
import Problem from '../model/Problem.js';

/**
 * Compliance operations.
 * @module api/ComplianceApi
 */
export default class ComplianceApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Request a compliance report
     * Starts generating a compliance report for a framework and period. Poll `getComplianceReport` until it is `ready` (then `downloadUrl` is set) or `failed`. 
     * POST /compliance/reports
     * @param {module:model/ComplianceReportRequest} complianceReportRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ComplianceReport, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createComplianceReportWithHttpInfo(complianceReportRequest, opts, requestOptions) {
        opts = opts || {};

        if (complianceReportRequest === undefined || complianceReportRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'complianceReportRequest' when calling createComplianceReport"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
            'Idempotency-Key': opts['idempotencyKey']
        };
        const formParams = {
        };
        const postBody = complianceReportRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = ComplianceReport;
        return this.apiClient.callApi(
            '/compliance/reports', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createComplianceReport',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Request a compliance report
     * Same as `createComplianceReportWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ComplianceReportRequest} complianceReportRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/ComplianceReport>}
     */
    createComplianceReport(complianceReportRequest, opts, requestOptions) {
        return this.createComplianceReportWithHttpInfo(complianceReportRequest, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Get a compliance report
     * Returns a compliance report with its status and, once ready, its summary and download URL.
     * GET /compliance/reports/{reportId}
     * @param {String} reportId The compliance report's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ComplianceReport, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getComplianceReportWithHttpInfo(reportId, requestOptions) {

        if (reportId === undefined || reportId === null || reportId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'reportId' when calling getComplianceReport"));
        }

        const pathParams = {
            'reportId': reportId
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
        const paramNames = {'reportId': 'reportId', };
        const returnType = ComplianceReport;
        return this.apiClient.callApi(
            '/compliance/reports/{reportId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getComplianceReport',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a compliance report
     * Same as `getComplianceReportWithHttpInfo` but resolves to the decoded body only.
     * @param {String} reportId The compliance report's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/ComplianceReport>}
     */
    getComplianceReport(reportId, requestOptions) {
        return this.getComplianceReportWithHttpInfo(reportId, requestOptions).then((result) => result.data);
    }


    /**
     * List compliance reports
     * Lists compliance reports, newest first, optionally for one framework.
     * GET /compliance/reports
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/ComplianceFramework} [opts.framework] Only reports for this framework.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ComplianceReportList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listComplianceReportsWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'framework': opts['framework']
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
        const returnType = ComplianceReportList;
        return this.apiClient.callApi(
            '/compliance/reports', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listComplianceReports',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List compliance reports
     * Same as `listComplianceReportsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/ComplianceFramework} [opts.framework] Only reports for this framework.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listComplianceReports(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'framework': 'framework'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listComplianceReportsWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listComplianceReportsWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(ComplianceApi, [
    {operation: 'createComplianceReport', pollOperation: 'getComplianceReport', statusField: 'status', terminalStates: ['ready', 'failed']},
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
ComplianceApi.graphqlResults = {
};
