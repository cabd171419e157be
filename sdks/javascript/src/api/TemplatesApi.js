// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/Template, response: Response}>} decoded body and the fetch Response
     */
    createTemplateWithHttpInfo(templateCreate, opts) {
        opts = opts || {};

        if (templateCreate === undefined || templateCreate === null) {
            return Promise.reject(new Error("Missing the required parameter 'templateCreate' when calling createTemplate"));
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
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createTemplate'
        );
    }

    /**
     * Create a template
     * Same as `createTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/TemplateCreate} templateCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/Template>}
     */
    createTemplate(templateCreate, opts) {
        return this.createTemplateWithHttpInfo(templateCreate, opts).then((result) => result.data);
    }


    /**
     * Delete a template
     * Deletes a template. `If-Match` must carry its current ETag (412 otherwise). Jobs made from it are kept.
     * DELETE /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @return {Promise<{data: null, response: Response}>} decoded body and the fetch Response
     */
    deleteTemplateWithHttpInfo(templateId, ifMatch) {

        if (templateId === undefined || templateId === null) {
            return Promise.reject(new Error("Missing the required parameter 'templateId' when calling deleteTemplate"));
        }

        if (ifMatch === undefined || ifMatch === null) {
            return Promise.reject(new Error("Missing the required parameter 'ifMatch' when calling deleteTemplate"));
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
        const returnType = null;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'DELETE',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'deleteTemplate'
        );
    }

    /**
     * Delete a template
     * Same as `deleteTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @return {Promise<null>}
     */
    deleteTemplate(templateId, ifMatch) {
        return this.deleteTemplateWithHttpInfo(templateId, ifMatch).then((result) => result.data);
    }


    /**
     * Get a template
     * Returns a template. Its `ETag` header is what `updateTemplate` and `deleteTemplate` take as `If-Match`.
     * GET /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @return {Promise<{data: module:model/Template, response: Response}>} decoded body and the fetch Response
     */
    getTemplateWithHttpInfo(templateId) {

        if (templateId === undefined || templateId === null) {
            return Promise.reject(new Error("Missing the required parameter 'templateId' when calling getTemplate"));
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
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getTemplate'
        );
    }

    /**
     * Get a template
     * Same as `getTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @return {Promise<module:model/Template>}
     */
    getTemplate(templateId) {
        return this.getTemplateWithHttpInfo(templateId).then((result) => result.data);
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
     * @return {Promise<{data: module:model/TemplateList, response: Response}>} decoded body and the fetch Response
     */
    listTemplatesWithHttpInfo(opts) {
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
        const returnType = TemplateList;
        return this.apiClient.callApi(
            '/templates', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listTemplates'
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
     * @return {Promise<module:model/TemplateList>}
     */
    listTemplates(opts) {
        return this.listTemplatesWithHttpInfo(opts).then((result) => result.data);
    }


    /**
     * Update a template
     * Changes a template. `If-Match` must carry the template's current ETag; if somebody changed it since, the update is refused with 412 and nothing changes. 
     * PATCH /templates/{templateId}
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {module:model/TemplateUpdate} templateUpdate 
     * @return {Promise<{data: module:model/Template, response: Response}>} decoded body and the fetch Response
     */
    updateTemplateWithHttpInfo(templateId, ifMatch, templateUpdate) {

        if (templateId === undefined || templateId === null) {
            return Promise.reject(new Error("Missing the required parameter 'templateId' when calling updateTemplate"));
        }

        if (ifMatch === undefined || ifMatch === null) {
            return Promise.reject(new Error("Missing the required parameter 'ifMatch' when calling updateTemplate"));
        }

        if (templateUpdate === undefined || templateUpdate === null) {
            return Promise.reject(new Error("Missing the required parameter 'templateUpdate' when calling updateTemplate"));
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
        const returnType = Template;
        return this.apiClient.callApi(
            '/templates/{templateId}', 'PATCH',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'updateTemplate'
        );
    }

    /**
     * Update a template
     * Same as `updateTemplateWithHttpInfo` but resolves to the decoded body only.
     * @param {String} templateId The template's ID.
     * @param {String} ifMatch The ETag the change is based on, from the last read of the resource.
     * @param {module:model/TemplateUpdate} templateUpdate 
     * @return {Promise<module:model/Template>}
     */
    updateTemplate(templateId, ifMatch, templateUpdate) {
        return this.updateTemplateWithHttpInfo(templateId, ifMatch, templateUpdate).then((result) => result.data);
    }

}
