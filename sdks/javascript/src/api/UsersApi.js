// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import Problem from '../model/Problem.js';
import User from '../model/User.js';
import UserInvite from '../model/UserInvite.js';
import UserList from '../model/UserList.js';
import UserStatus from '../model/UserStatus.js';
import UserUpdate from '../model/UserUpdate.js';

/**
 * Users operations.
 * @module api/UsersApi
 */
export default class UsersApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Deactivate a user
     * Deactivates a user. Their sessions and tokens stop working at once; their work is kept.
     * POST /users/{userId}/deactivate
     * @param {String} userId The user's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/User, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    deactivateUserWithHttpInfo(userId, requestOptions) {

        if (userId === undefined || userId === null || userId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'userId' when calling deactivateUser"));
        }

        const pathParams = {
            'userId': userId
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
        const paramNames = {'userId': 'userId', };
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}/deactivate', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'deactivateUser',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Deactivate a user
     * Same as `deactivateUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/User>}
     */
    deactivateUser(userId, requestOptions) {
        return this.deactivateUserWithHttpInfo(userId, requestOptions).then((result) => result.data);
    }


    /**
     * Get a user
     * Returns one user.
     * GET /users/{userId}
     * @param {String} userId The user's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/User, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getUserWithHttpInfo(userId, requestOptions) {

        if (userId === undefined || userId === null || userId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'userId' when calling getUser"));
        }

        const pathParams = {
            'userId': userId
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
        const paramNames = {'userId': 'userId', };
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getUser',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a user
     * Same as `getUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/User>}
     */
    getUser(userId, requestOptions) {
        return this.getUserWithHttpInfo(userId, requestOptions).then((result) => result.data);
    }


    /**
     * Invite a user
     * Invites a user by email with an initial set of roles. The user is `invited` until they accept.
     * POST /users
     * @param {module:model/UserInvite} userInvite 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/User, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    inviteUserWithHttpInfo(userInvite, opts, requestOptions) {
        opts = opts || {};

        if (userInvite === undefined || userInvite === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'userInvite' when calling inviteUser"));
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
        const postBody = userInvite;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = User;
        return this.apiClient.callApi(
            '/users', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'inviteUser',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Invite a user
     * Same as `inviteUserWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/UserInvite} userInvite 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/User>}
     */
    inviteUser(userInvite, opts, requestOptions) {
        return this.inviteUserWithHttpInfo(userInvite, opts, requestOptions).then((result) => result.data);
    }


    /**
     * List users
     * Lists the organisation's users, optionally filtered by status or role.
     * GET /users
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/UserStatus} [opts.status] Only users in this status.
     * @param {String} [opts.roleId] Only users holding this role.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/UserList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listUsersWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'status': opts['status'],
            'roleId': opts['roleId']
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
        const returnType = UserList;
        return this.apiClient.callApi(
            '/users', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listUsers',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List users
     * Same as `listUsersWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/UserStatus} [opts.status] Only users in this status.
     * @param {String} [opts.roleId] Only users holding this role.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listUsers(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'status': 'status', 'roleId': 'roleId'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listUsersWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listUsersWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * Update a user
     * Changes a user's display name. Fields left out are unchanged.
     * PATCH /users/{userId}
     * @param {String} userId The user's ID.
     * @param {module:model/UserUpdate} userUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/User, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    updateUserWithHttpInfo(userId, userUpdate, requestOptions) {

        if (userId === undefined || userId === null || userId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'userId' when calling updateUser"));
        }

        if (userUpdate === undefined || userUpdate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'userUpdate' when calling updateUser"));
        }

        const pathParams = {
            'userId': userId
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = userUpdate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'userId': 'userId', };
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}', 'PATCH',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'updateUser',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Update a user
     * Same as `updateUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @param {module:model/UserUpdate} userUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/User>}
     */
    updateUser(userId, userUpdate, requestOptions) {
        return this.updateUserWithHttpInfo(userId, userUpdate, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(UsersApi, [
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
UsersApi.graphqlResults = {
};
