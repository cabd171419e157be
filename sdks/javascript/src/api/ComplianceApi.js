// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/ComplianceReport, response: Response}>} decoded body and the fetch Response
     */
    createComplianceReportWithHttpInfo(complianceReportRequest, opts) {
        opts = opts || {};

        if (complianceReportRequest === undefined || complianceReportRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'complianceReportRequest' when calling createComplianceReport"));
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
        const returnType = ComplianceReport;
        return this.apiClient.callApi(
            '/compliance/reports', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createComplianceReport'
        );
    }

    /**
     * Request a compliance report
     * Same as `createComplianceReportWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ComplianceReportRequest} complianceReportRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/ComplianceReport>}
     */
    createComplianceReport(complianceReportRequest, opts) {
        return this.createComplianceReportWithHttpInfo(complianceReportRequest, opts).then((result) => result.data);
    }


    /**
     * Get a compliance report
     * Returns a compliance report with its status and, once ready, its summary and download URL.
     * GET /compliance/reports/{reportId}
     * @param {String} reportId The compliance report's ID.
     * @return {Promise<{data: module:model/ComplianceReport, response: Response}>} decoded body and the fetch Response
     */
    getComplianceReportWithHttpInfo(reportId) {

        if (reportId === undefined || reportId === null) {
            return Promise.reject(new Error("Missing the required parameter 'reportId' when calling getComplianceReport"));
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
        const returnType = ComplianceReport;
        return this.apiClient.callApi(
            '/compliance/reports/{reportId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getComplianceReport'
        );
    }

    /**
     * Get a compliance report
     * Same as `getComplianceReportWithHttpInfo` but resolves to the decoded body only.
     * @param {String} reportId The compliance report's ID.
     * @return {Promise<module:model/ComplianceReport>}
     */
    getComplianceReport(reportId) {
        return this.getComplianceReportWithHttpInfo(reportId).then((result) => result.data);
    }


    /**
     * List compliance reports
     * Lists compliance reports, newest first, optionally for one framework.
     * GET /compliance/reports
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/ComplianceFramework} [opts.framework] Only reports for this framework.
     * @return {Promise<{data: module:model/ComplianceReportList, response: Response}>} decoded body and the fetch Response
     */
    listComplianceReportsWithHttpInfo(opts) {
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
        const returnType = ComplianceReportList;
        return this.apiClient.callApi(
            '/compliance/reports', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listComplianceReports'
        );
    }

    /**
     * List compliance reports
     * Same as `listComplianceReportsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/ComplianceFramework} [opts.framework] Only reports for this framework.
     * @return {Promise<module:model/ComplianceReportList>}
     */
    listComplianceReports(opts) {
        return this.listComplianceReportsWithHttpInfo(opts).then((result) => result.data);
    }

}
