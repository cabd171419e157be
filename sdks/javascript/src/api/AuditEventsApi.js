// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/AuditEvent, response: Response}>} decoded body and the fetch Response
     */
    getAuditEventWithHttpInfo(eventId) {

        if (eventId === undefined || eventId === null) {
            return Promise.reject(new Error("Missing the required parameter 'eventId' when calling getAuditEvent"));
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
        const returnType = AuditEvent;
        return this.apiClient.callApi(
            '/audit-events/{eventId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getAuditEvent'
        );
    }

    /**
     * Get an audit event
     * Same as `getAuditEventWithHttpInfo` but resolves to the decoded body only.
     * @param {String} eventId The audit event's ID.
     * @return {Promise<module:model/AuditEvent>}
     */
    getAuditEvent(eventId) {
        return this.getAuditEventWithHttpInfo(eventId).then((result) => result.data);
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
     * @return {Promise<{data: module:model/AuditEventList, response: Response}>} decoded body and the fetch Response
     */
    listAuditEventsWithHttpInfo(opts) {
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
        const returnType = AuditEventList;
        return this.apiClient.callApi(
            '/audit-events', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listAuditEvents'
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
     * @return {Promise<module:model/AuditEventList>}
     */
    listAuditEvents(opts) {
        return this.listAuditEventsWithHttpInfo(opts).then((result) => result.data);
    }

}
