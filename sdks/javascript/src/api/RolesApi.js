// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import PermissionList from '../model/PermissionList.js';
import Problem from '../model/Problem.js';
import Role from '../model/Role.js';
import RoleAssignment from '../model/RoleAssignment.js';
import RoleList from '../model/RoleList.js';
import User from '../model/User.js';

/**
 * Roles operations.
 * @module api/RolesApi
 */
export default class RolesApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Assign roles to a user
     * Replaces the set of roles a user holds. The user's effective permissions change at once.
     * PUT /users/{userId}/roles
     * @param {String} userId The user's ID.
     * @param {module:model/RoleAssignment} roleAssignment 
     * @return {Promise<{data: module:model/User, response: Response}>} decoded body and the fetch Response
     */
    assignUserRolesWithHttpInfo(userId, roleAssignment) {

        if (userId === undefined || userId === null) {
            return Promise.reject(new Error("Missing the required parameter 'userId' when calling assignUserRoles"));
        }

        if (roleAssignment === undefined || roleAssignment === null) {
            return Promise.reject(new Error("Missing the required parameter 'roleAssignment' when calling assignUserRoles"));
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
        const postBody = roleAssignment;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = User;
        return this.apiClient.callApi(
            '/users/{userId}/roles', 'PUT',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'assignUserRoles'
        );
    }

    /**
     * Assign roles to a user
     * Same as `assignUserRolesWithHttpInfo` but resolves to the decoded body only.
     * @param {String} userId The user's ID.
     * @param {module:model/RoleAssignment} roleAssignment 
     * @return {Promise<module:model/User>}
     */
    assignUserRoles(userId, roleAssignment) {
        return this.assignUserRolesWithHttpInfo(userId, roleAssignment).then((result) => result.data);
    }


    /**
     * Get a role
     * Returns one role with its permissions.
     * GET /roles/{roleId}
     * @param {String} roleId The role's ID.
     * @return {Promise<{data: module:model/Role, response: Response}>} decoded body and the fetch Response
     */
    getRoleWithHttpInfo(roleId) {

        if (roleId === undefined || roleId === null) {
            return Promise.reject(new Error("Missing the required parameter 'roleId' when calling getRole"));
        }

        const pathParams = {
            'roleId': roleId
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
        const returnType = Role;
        return this.apiClient.callApi(
            '/roles/{roleId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getRole'
        );
    }

    /**
     * Get a role
     * Same as `getRoleWithHttpInfo` but resolves to the decoded body only.
     * @param {String} roleId The role's ID.
     * @return {Promise<module:model/Role>}
     */
    getRole(roleId) {
        return this.getRoleWithHttpInfo(roleId).then((result) => result.data);
    }


    /**
     * List permissions
     * Lists every permission a role can grant.
     * GET /permissions
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @return {Promise<{data: module:model/PermissionList, response: Response}>} decoded body and the fetch Response
     */
    listPermissionsWithHttpInfo(opts) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit']
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = PermissionList;
        return this.apiClient.callApi(
            '/permissions', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listPermissions'
        );
    }

    /**
     * List permissions
     * Same as `listPermissionsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @return {Promise<module:model/PermissionList>}
     */
    listPermissions(opts) {
        return this.listPermissionsWithHttpInfo(opts).then((result) => result.data);
    }


    /**
     * List roles
     * Lists the built-in and custom roles with their permissions.
     * GET /roles
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @return {Promise<{data: module:model/RoleList, response: Response}>} decoded body and the fetch Response
     */
    listRolesWithHttpInfo(opts) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit']
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = RoleList;
        return this.apiClient.callApi(
            '/roles', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listRoles'
        );
    }

    /**
     * List roles
     * Same as `listRolesWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @return {Promise<module:model/RoleList>}
     */
    listRoles(opts) {
        return this.listRolesWithHttpInfo(opts).then((result) => result.data);
    }

}
