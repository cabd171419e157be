// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import AuditEvent from '../model/AuditEvent.js';
import AuditEventList from '../model/AuditEventList.js';
import AuditResourceType from '../model/AuditResourceType.js';
import Problem from '../model/Problem.js';

/**
 * AuditEvents operations.
 * @module api/AuditEventsApi
 */
export default class AuditEventsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Get an audit event
     * Returns one audit event.
     * GET /audit-events/{eventId}
     * @param {String} eventId The audit event's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/AuditEvent, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getAuditEventWithHttpInfo(eventId, requestOptions) {

        if (eventId === undefined || eventId === null || eventId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'eventId' when calling getAuditEvent"));
        }

        const pathParams = {
            'eventId': eventId
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
        const paramNames = {'eventId': 'eventId', };
        const returnType = AuditEvent;
        return this.apiClient.callApi(
            '/audit-events/{eventId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getAuditEvent',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get an audit event
     * Same as `getAuditEventWithHttpInfo` but resolves to the decoded body only.
     * @param {String} eventId The audit event's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/AuditEvent>}
     */
    getAuditEvent(eventId, requestOptions) {
        return this.getAuditEventWithHttpInfo(eventId, requestOptions).then((result) => result.data);
    }


    /**
     * List audit events
     * Lists audit events, newest first, filtered by actor, action, resource and time range.
     * GET /audit-events
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {String} [opts.actorId] Only events by this user or API key.
     * @param {String} [opts.action] Only events with this action, for example `template.update`.
     * @param {module:model/AuditResourceType} [opts.resourceType] Only events on resources of this type.
     * @param {String} [opts.resourceId] Only events on this resource.
     * @param {Date} [opts.from] Only events at or after this time.
     * @param {Date} [opts.to] Only events before this time.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/AuditEventList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listAuditEventsWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'actorId': opts['actorId'],
            'action': opts['action'],
            'resourceType': opts['resourceType'],
            'resourceId': opts['resourceId'],
            'from': opts['from'],
            'to': opts['to']
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
        const returnType = AuditEventList;
        return this.apiClient.callApi(
            '/audit-events', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listAuditEvents',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List audit events
     * Same as `listAuditEventsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {String} [opts.actorId] Only events by this user or API key.
     * @param {String} [opts.action] Only events with this action, for example `template.update`.
     * @param {module:model/AuditResourceType} [opts.resourceType] Only events on resources of this type.
     * @param {String} [opts.resourceId] Only events on this resource.
     * @param {Date} [opts.from] Only events at or after this time.
     * @param {Date} [opts.to] Only events before this time.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listAuditEvents(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'actorId': 'actorId', 'action': 'action', 'resourceType': 'resourceType', 'resourceId': 'resourceId', 'from': 'from', 'to': 'to'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listAuditEventsWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listAuditEventsWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(AuditEventsApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
AuditEventsApi.graphqlResults = {
};
