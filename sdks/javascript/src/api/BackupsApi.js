// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import Backup from '../model/Backup.js';
import BackupCreate from '../model/BackupCreate.js';
import BackupList from '../model/BackupList.js';
import BackupPolicy from '../model/BackupPolicy.js';
import BackupPolicyCreate from '../model/BackupPolicyCreate.js';
import BackupPolicyList from '../model/BackupPolicyList.js';
import BackupPolicyUpdate from '../model/BackupPolicyUpdate.js';
import BackupStatus from '../model/BackupStatus.js';
import Problem from '../model/Problem.js';
import Restore from '../model/Restore.js';
import RestoreRequest from '../model/RestoreRequest.js';

/**
 * Backups operations.
 * @module api/BackupsApi
 */
export default class BackupsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Create a backup
     * Starts an encrypted backup of the chosen resources to a cloud destination. Data is encrypted with AES-256-GCM before it leaves the platform. Poll `getBackup` until it is terminal. 
     * POST /backups
     * @param {module:model/BackupCreate} backupCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Backup, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createBackupWithHttpInfo(backupCreate, opts, requestOptions) {
        opts = opts || {};

        if (backupCreate === undefined || backupCreate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'backupCreate' when calling createBackup"));
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
        const postBody = backupCreate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = Backup;
        return this.apiClient.callApi(
            '/backups', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createBackup',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Create a backup
     * Same as `createBackupWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/BackupCreate} backupCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Backup>}
     */
    createBackup(backupCreate, opts, requestOptions) {
        return this.createBackupWithHttpInfo(backupCreate, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Create a backup policy
     * Schedules recurring backups. `schedule` is a five-field cron expression in UTC; `regions` lists the regions every backup is replicated to (cross-region redundancy); backups older than `retentionDays` are deleted. 
     * POST /backup-policies
     * @param {module:model/BackupPolicyCreate} backupPolicyCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/BackupPolicy, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createBackupPolicyWithHttpInfo(backupPolicyCreate, opts, requestOptions) {
        opts = opts || {};

        if (backupPolicyCreate === undefined || backupPolicyCreate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'backupPolicyCreate' when calling createBackupPolicy"));
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
        const postBody = backupPolicyCreate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = BackupPolicy;
        return this.apiClient.callApi(
            '/backup-policies', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createBackupPolicy',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Create a backup policy
     * Same as `createBackupPolicyWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/BackupPolicyCreate} backupPolicyCreate 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/BackupPolicy>}
     */
    createBackupPolicy(backupPolicyCreate, opts, requestOptions) {
        return this.createBackupPolicyWithHttpInfo(backupPolicyCreate, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Delete a backup policy
     * Deletes a backup policy. Backups it already made are kept until their retention ends.
     * DELETE /backup-policies/{policyId}
     * @param {String} policyId The backup policy's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: null, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    deleteBackupPolicyWithHttpInfo(policyId, requestOptions) {

        if (policyId === undefined || policyId === null || policyId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'policyId' when calling deleteBackupPolicy"));
        }

        const pathParams = {
            'policyId': policyId
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
        const accepts = ['application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'policyId': 'policyId', };
        const returnType = null;
        return this.apiClient.callApi(
            '/backup-policies/{policyId}', 'DELETE',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'deleteBackupPolicy',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Delete a backup policy
     * Same as `deleteBackupPolicyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} policyId The backup policy's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<null>}
     */
    deleteBackupPolicy(policyId, requestOptions) {
        return this.deleteBackupPolicyWithHttpInfo(policyId, requestOptions).then((result) => result.data);
    }


    /**
     * Get a backup
     * Returns a backup with its status, size and checksum.
     * GET /backups/{backupId}
     * @param {String} backupId The backup's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Backup, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getBackupWithHttpInfo(backupId, requestOptions) {

        if (backupId === undefined || backupId === null || backupId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'backupId' when calling getBackup"));
        }

        const pathParams = {
            'backupId': backupId
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
        const paramNames = {'backupId': 'backupId', };
        const returnType = Backup;
        return this.apiClient.callApi(
            '/backups/{backupId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getBackup',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a backup
     * Same as `getBackupWithHttpInfo` but resolves to the decoded body only.
     * @param {String} backupId The backup's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Backup>}
     */
    getBackup(backupId, requestOptions) {
        return this.getBackupWithHttpInfo(backupId, requestOptions).then((result) => result.data);
    }


    /**
     * Get a backup policy
     * Returns one backup policy.
     * GET /backup-policies/{policyId}
     * @param {String} policyId The backup policy's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/BackupPolicy, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getBackupPolicyWithHttpInfo(policyId, requestOptions) {

        if (policyId === undefined || policyId === null || policyId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'policyId' when calling getBackupPolicy"));
        }

        const pathParams = {
            'policyId': policyId
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
        const paramNames = {'policyId': 'policyId', };
        const returnType = BackupPolicy;
        return this.apiClient.callApi(
            '/backup-policies/{policyId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getBackupPolicy',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a backup policy
     * Same as `getBackupPolicyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} policyId The backup policy's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/BackupPolicy>}
     */
    getBackupPolicy(policyId, requestOptions) {
        return this.getBackupPolicyWithHttpInfo(policyId, requestOptions).then((result) => result.data);
    }


    /**
     * List backup policies
     * Lists the scheduled backup policies.
     * GET /backup-policies
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/BackupPolicyList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listBackupPoliciesWithHttpInfo(opts, requestOptions) {
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
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {};
        const returnType = BackupPolicyList;
        return this.apiClient.callApi(
            '/backup-policies', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listBackupPolicies',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List backup policies
     * Same as `listBackupPoliciesWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listBackupPolicies(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listBackupPoliciesWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listBackupPoliciesWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * List backups
     * Lists backups, newest first, optionally filtered by status.
     * GET /backups
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/BackupStatus} [opts.status] Only backups in this status.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/BackupList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listBackupsWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'status': opts['status']
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
        const returnType = BackupList;
        return this.apiClient.callApi(
            '/backups', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listBackups',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List backups
     * Same as `listBackupsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/BackupStatus} [opts.status] Only backups in this status.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listBackups(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'status': 'status'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listBackupsWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listBackupsWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * Restore a backup
     * Restores resources from a completed backup. With `dryRun` the restore only reports what it would change. A backup that is not `completed` answers 409. 
     * POST /backups/{backupId}/restore
     * @param {String} backupId The backup's ID.
     * @param {module:model/RestoreRequest} restoreRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Restore, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    restoreBackupWithHttpInfo(backupId, restoreRequest, opts, requestOptions) {
        opts = opts || {};

        if (backupId === undefined || backupId === null || backupId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'backupId' when calling restoreBackup"));
        }

        if (restoreRequest === undefined || restoreRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'restoreRequest' when calling restoreBackup"));
        }

        const pathParams = {
            'backupId': backupId
        };
        const queryParams = {
        };
        const headerParams = {
            'Idempotency-Key': opts['idempotencyKey']
        };
        const formParams = {
        };
        const postBody = restoreRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'backupId': 'backupId', 'Idempotency-Key': 'idempotencyKey', };
        const returnType = Restore;
        return this.apiClient.callApi(
            '/backups/{backupId}/restore', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'restoreBackup',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Restore a backup
     * Same as `restoreBackupWithHttpInfo` but resolves to the decoded body only.
     * @param {String} backupId The backup's ID.
     * @param {module:model/RestoreRequest} restoreRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Restore>}
     */
    restoreBackup(backupId, restoreRequest, opts, requestOptions) {
        return this.restoreBackupWithHttpInfo(backupId, restoreRequest, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Update a backup policy
     * Changes a backup policy. Fields left out are unchanged; the next scheduled run uses the new settings.
     * PATCH /backup-policies/{policyId}
     * @param {String} policyId The backup policy's ID.
     * @param {module:model/BackupPolicyUpdate} backupPolicyUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/BackupPolicy, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    updateBackupPolicyWithHttpInfo(policyId, backupPolicyUpdate, requestOptions) {

        if (policyId === undefined || policyId === null || policyId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'policyId' when calling updateBackupPolicy"));
        }

        if (backupPolicyUpdate === undefined || backupPolicyUpdate === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'backupPolicyUpdate' when calling updateBackupPolicy"));
        }

        const pathParams = {
            'policyId': policyId
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = backupPolicyUpdate;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'policyId': 'policyId', };
        const returnType = BackupPolicy;
        return this.apiClient.callApi(
            '/backup-policies/{policyId}', 'PATCH',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'updateBackupPolicy',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Update a backup policy
     * Same as `updateBackupPolicyWithHttpInfo` but resolves to the decoded body only.
     * @param {String} policyId The backup policy's ID.
     * @param {module:model/BackupPolicyUpdate} backupPolicyUpdate 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/BackupPolicy>}
     */
    updateBackupPolicy(policyId, backupPolicyUpdate, requestOptions) {
        return this.updateBackupPolicyWithHttpInfo(policyId, backupPolicyUpdate, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(BackupsApi, [
    {operation: 'createBackup', pollOperation: 'getBackup', statusField: 'status', terminalStates: ['completed', 'failed']},
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
BackupsApi.graphqlResults = {
};
