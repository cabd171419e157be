// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import JobType from '../model/JobType.js';
import Problem from '../model/Problem.js';
import Template from '../model/Template.js';
import TemplateCreate from '../model/TemplateCreate.js';
import TemplateList from '../model/TemplateList.js';
import TemplateUpdate from '../model/TemplateUpdate.js';

/**
 * Templates operations.
 * @module api/TemplatesApi
 */
export default class TemplatesApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Create a template
     * Adds a template to the library.
     * POST /templates
     * @param {module:model/TemplateCreate} templateCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Template, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createTemplateWithHttpInfo(templateCreate, opts, requestOptions) {
        opts = opts || {};

        if (templateCreate === undefined || templateCreate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'templateCreate' when calling createTemplate"));
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
        const postBody = templateCreate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createTemplate',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Create a template
     * Same as `createTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/TemplateCreate} templateCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Template>}
     */
    createTemplate(templateCreate, opts, requestOptions) {
        return this.createTemplateWithHttpInfo(templateCreate, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Delete a template
     * Deletes a template. `If-Match` must carry its current ETag (412 otherwise). Jobs made from it are kept.
     * DELETE /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: null, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    deleteTemplateWithHttpInfo(templateId, ifMatch, requestOptions) {

        if (templateId === undefined || templateId === null || templateId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'templateId' when calling deleteTemplate"));
        }

        if (ifMatch === undefined || ifMatch === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'ifMatch' when calling deleteTemplate"));
        }

        const pathParams = {
            'templateId': templateId
        };
        const queryParams = {
        };
        const headerParams = {
            'If-Match': ifMatch
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'templateId': 'templateId', 'If-Match': 'ifMatch', };
        const returnType = null;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'DELETE',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'deleteTemplate',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Delete a template
     * Same as `deleteTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<null>}
     */
    deleteTemplate(templateId, ifMatch, requestOptions) {
        return this.deleteTemplateWithHttpInfo(templateId, ifMatch, requestOptions).then((result) => result.data);
    }


    /**
     * Get a template
     * Returns a template. Its `ETag` header is what `updateTemplate` and `deleteTemplate` take as `If-Match`.
     * GET /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Template, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getTemplateWithHttpInfo(templateId, requestOptions) {

        if (templateId === undefined || templateId === null || templateId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'templateId' when calling getTemplate"));
        }

        const pathParams = {
            'templateId': templateId
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
        const paramNames = {'templateId': 'templateId', };
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getTemplate',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a template
     * Same as `getTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Template>}
     */
    getTemplate(templateId, requestOptions) {
        return this.getTemplateWithHttpInfo(templateId, requestOptions).then((result) => result.data);
    }


    /**
     * List templates
     * Lists templates in the library, newest first, optionally filtered by kind and tag.
     * GET /templates
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/JobType} [opts.kind] Only templates of this kind.
     * @param {String} [opts.tag] Only templates carrying this tag.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/TemplateList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listTemplatesWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'kind': opts['kind'],
            'tag': opts['tag']
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
        const returnType = TemplateList;
        return this.apiClient.callApi(
            '/templates', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listTemplates',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List templates
     * Same as `listTemplatesWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/JobType} [opts.kind] Only templates of this kind.
     * @param {String} [opts.tag] Only templates carrying this tag.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listTemplates(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'kind': 'kind', 'tag': 'tag'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listTemplatesWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listTemplatesWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * Update a template
     * Changes a template. `If-Match` must carry the template's current ETag; if somebody changed it since, the update is refused with 412 and nothing changes. 
     * PATCH /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {module:model/TemplateUpdate} templateUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Template, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    updateTemplateWithHttpInfo(templateId, ifMatch, templateUpdate, requestOptions) {

        if (templateId === undefined || templateId === null || templateId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'templateId' when calling updateTemplate"));
        }

        if (ifMatch === undefined || ifMatch === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'ifMatch' when calling updateTemplate"));
        }

        if (templateUpdate === undefined || templateUpdate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'templateUpdate' when calling updateTemplate"));
        }

        const pathParams = {
            'templateId': templateId
        };
        const queryParams = {
        };
        const headerParams = {
            'If-Match': ifMatch
        };
        const formParams = {
        };
        const postBody = templateUpdate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'templateId': 'templateId', 'If-Match': 'ifMatch', };
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'PATCH',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'updateTemplate',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Update a template
     * Same as `updateTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {module:model/TemplateUpdate} templateUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Template>}
     */
    updateTemplate(templateId, ifMatch, templateUpdate, requestOptions) {
        return this.updateTemplateWithHttpInfo(templateId, ifMatch, templateUpdate, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(TemplatesApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
TemplatesApi.graphqlResults = {
};
