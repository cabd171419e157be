// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/User, response: Response}>} decoded body and the fetch Response
     */
    deactivateUserWithHttpInfo(userId) {

        if (userId === undefined || userId === null) {
            return Promise.reject(new Error("Missing the required parameter 'userId' when calling deactivateUser"));
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
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}/deactivate', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'deactivateUser'
        );
    }

    /**
     * Deactivate a user
     * Same as `deactivateUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @return {Promise<module:model/User>}
     */
    deactivateUser(userId) {
        return this.deactivateUserWithHttpInfo(userId).then((result) => result.data);
    }


    /**
     * Get a user
     * Returns one user.
     * GET /users/{userId}
     * @param {String} userId The user's ID.
     * @return {Promise<{data: module:model/User, response: Response}>} decoded body and the fetch Response
     */
    getUserWithHttpInfo(userId) {

        if (userId === undefined || userId === null) {
            return Promise.reject(new Error("Missing the required parameter 'userId' when calling getUser"));
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
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getUser'
        );
    }

    /**
     * Get a user
     * Same as `getUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @return {Promise<module:model/User>}
     */
    getUser(userId) {
        return this.getUserWithHttpInfo(userId).then((result) => result.data);
    }


    /**
     * Invite a user
     * Invites a user by email with an initial set of roles. The user is `invited` until they accept.
     * POST /users
     * @param {module:model/UserInvite} userInvite 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<{data: module:model/User, response: Response}>} decoded body and the fetch Response
     */
    inviteUserWithHttpInfo(userInvite, opts) {
        opts = opts || {};

        if (userInvite === undefined || userInvite === null) {
            return Promise.reject(new Error("Missing the required parameter 'userInvite' when calling inviteUser"));
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
        const returnType = User;
        return this.apiClient.callApi(
            '/users', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'inviteUser'
        );
    }

    /**
     * Invite a user
     * Same as `inviteUserWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/UserInvite} userInvite 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/User>}
     */
    inviteUser(userInvite, opts) {
        return this.inviteUserWithHttpInfo(userInvite, opts).then((result) => result.data);
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
     * @return {Promise<{data: module:model/UserList, response: Response}>} decoded body and the fetch Response
     */
    listUsersWithHttpInfo(opts) {
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
        const returnType = UserList;
        return this.apiClient.callApi(
            '/users', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listUsers'
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
     * @return {Promise<module:model/UserList>}
     */
    listUsers(opts) {
        return this.listUsersWithHttpInfo(opts).then((result) => result.data);
    }


    /**
     * Update a user
     * Changes a user's display name. Fields left out are unchanged.
     * PATCH /users/{userId}
     * @param {String} userId The user's ID.
     * @param {module:model/UserUpdate} userUpdate 
     * @return {Promise<{data: module:model/User, response: Response}>} decoded body and the fetch Response
     */
    updateUserWithHttpInfo(userId, userUpdate) {

        if (userId === undefined || userId === null) {
            return Promise.reject(new Error("Missing the required parameter 'userId' when calling updateUser"));
        }

        if (userUpdate === undefined || userUpdate === null) {
            return Promise.reject(new Error("Missing the required parameter 'userUpdate' when calling updateUser"));
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
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}', 'PATCH',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'updateUser'
        );
    }

    /**
     * Update a user
     * Same as `updateUserWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @param {module:model/UserUpdate} userUpdate 
     * @return {Promise<module:model/User>}
     */
    updateUser(userId, userUpdate) {
        return this.updateUserWithHttpInfo(userId, userUpdate).then((result) => result.data);
    }

}
