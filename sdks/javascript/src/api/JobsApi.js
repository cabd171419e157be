// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {requestPage} from '../core/pagination.js';
import {installWaiters} from '../core/polling.js';
import ImageJob from '../model/ImageJob.js';
import ImageJobRequest from '../model/ImageJobRequest.js';
import Job from '../model/Job.js';
import JobList from '../model/JobList.js';
import JobStatus from '../model/JobStatus.js';
import JobType from '../model/JobType.js';
import Problem from '../model/Problem.js';
import VideoJob from '../model/VideoJob.js';
import VideoJobRequest from '../model/VideoJobRequest.js';

/**
 * Jobs operations.
 * @module api/JobsApi
 */
export default class JobsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Cancel a job
     * Cancels a queued or running job. A job that already reached a terminal status answers 409.
     * POST /jobs/{jobId}/cancel
     * @param {String} jobId The job's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Job, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    cancelJobWithHttpInfo(jobId, requestOptions) {

        if (jobId === undefined || jobId === null || jobId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'jobId' when calling cancelJob"));
        }

        const pathParams = {
            'jobId': jobId
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
        const paramNames = {'jobId': 'jobId', };
        const returnType = Job;
        return this.apiClient.callApi(
            '/jobs/{jobId}/cancel', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'cancelJob',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Cancel a job
     * Same as `cancelJobWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Job>}
     */
    cancelJob(jobId, requestOptions) {
        return this.cancelJobWithHttpInfo(jobId, requestOptions).then((result) => result.data);
    }


    /**
     * Generate images
     * Starts an image generation job. The job runs asynchronously: poll `getJob` (the `Location` header) or follow `streamJobEvents` until its status is terminal. 
     * POST /generate/image
     * @param {module:model/ImageJobRequest} imageJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/ImageJob, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createImageJobWithHttpInfo(imageJobRequest, opts, requestOptions) {
        opts = opts || {};

        if (imageJobRequest === undefined || imageJobRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'imageJobRequest' when calling createImageJob"));
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
        const postBody = imageJobRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = ImageJob;
        return this.apiClient.callApi(
            '/generate/image', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createImageJob',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Generate images
     * Same as `createImageJobWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ImageJobRequest} imageJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/ImageJob>}
     */
    createImageJob(imageJobRequest, opts, requestOptions) {
        return this.createImageJobWithHttpInfo(imageJobRequest, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Generate a video
     * Starts a video generation job, optionally animating a reference image. Poll `getJob` or follow `streamJobEvents` until its status is terminal. 
     * POST /generate/video
     * @param {module:model/VideoJobRequest} videoJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/VideoJob, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    createVideoJobWithHttpInfo(videoJobRequest, opts, requestOptions) {
        opts = opts || {};

        if (videoJobRequest === undefined || videoJobRequest === null) {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'videoJobRequest' when calling createVideoJob"));
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
        const postBody = videoJobRequest;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['application/json'];
        const accepts = ['application/json', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = ''.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'Idempotency-Key': 'idempotencyKey', };
        const returnType = VideoJob;
        return this.apiClient.callApi(
            '/generate/video', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createVideoJob',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Generate a video
     * Same as `createVideoJobWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/VideoJobRequest} videoJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/VideoJob>}
     */
    createVideoJob(videoJobRequest, opts, requestOptions) {
        return this.createVideoJobWithHttpInfo(videoJobRequest, opts, requestOptions).then((result) => result.data);
    }


    /**
     * Get a job
     * Returns a job with its status, progress and, once it succeeded, its output assets.
     * GET /jobs/{jobId}
     * @param {String} jobId The job's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/Job, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    getJobWithHttpInfo(jobId, requestOptions) {

        if (jobId === undefined || jobId === null || jobId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'jobId' when calling getJob"));
        }

        const pathParams = {
            'jobId': jobId
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
        const paramNames = {'jobId': 'jobId', };
        const returnType = Job;
        return this.apiClient.callApi(
            '/jobs/{jobId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getJob',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Get a job
     * Same as `getJobWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<module:model/Job>}
     */
    getJob(jobId, requestOptions) {
        return this.getJobWithHttpInfo(jobId, requestOptions).then((result) => result.data);
    }


    /**
     * List jobs
     * Lists generation jobs, newest first, optionally filtered by status and type.
     * GET /jobs
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds. (default 20)
     * @param {module:model/JobStatus} [opts.status] Only jobs in this status.
     * @param {module:model/JobType} [opts.type] Only jobs of this type.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: module:model/JobList, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    listJobsWithHttpInfo(opts, requestOptions) {
        opts = opts || {};

        const pathParams = {
        };
        const queryParams = {
            'cursor': opts['cursor'],
            'limit': opts['limit'],
            'status': opts['status'],
            'type': opts['type']
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
        const returnType = JobList;
        return this.apiClient.callApi(
            '/jobs', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listJobs',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * List jobs
     * Same as `listJobsWithHttpInfo` but resolves to the decoded body only.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.cursor] The `nextCursor` of the previous page; leave out for the first page.
     * @param {Number} [opts.limit] The largest number of items a page holds.
     * @param {module:model/JobStatus} [opts.status] Only jobs in this status.
     * @param {module:model/JobType} [opts.type] Only jobs of this type.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {PagePromise} the first page (items in <code>data</code>, <code>nextCursor</code>,
     *     <code>hasNextPage()</code>, <code>getNextPage()</code>); iterate it with <code>for await</code>
     *     for every item of every page, fetched lazily
     */
    listJobs(opts, requestOptions) {
        // x-pagination (R6): each page is the same call with the cursor parameter replaced.
        const pagination = {itemsField: 'data', nextCursorField: 'nextCursor'};
        const cursorKey = {'cursor': 'cursor', 'limit': 'limit', 'status': 'status', 'type': 'type'}['cursor'];
        const first = opts || {};
        return requestPage((cursor) => {
            // Rebinds the `opts` argument for this page; listJobsWithHttpInfo reads it synchronously.
            opts = cursor === undefined ? first : {...first, [cursorKey]: cursor};
            return this.listJobsWithHttpInfo(opts, requestOptions);
        }, pagination, first[cursorKey]);
    }


    /**
     * Stream job events
     * A server-sent events stream of the job's progress. Each event's `event` field is the event name and its `data` is a JSON `JobEvent`. The stream ends after `job.completed` or `job.failed`. Reconnect with `Last-Event-ID` to resume after the last event seen. 
     * GET /jobs/{jobId}/events
     * @param {String} jobId The job's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.lastEventId] Resume after this event ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<{data: String, response: Response, requestId: (string|null)}>} decoded body, the fetch Response and its X-Request-Id
     */
    streamJobEventsWithHttpInfo(jobId, opts, requestOptions) {
        opts = opts || {};

        if (jobId === undefined || jobId === null || jobId === '') {
            // R9.1/R5.1: an argument error, before anything is sent.
            return Promise.reject(new TypeError("Missing the required parameter 'jobId' when calling streamJobEvents"));
        }

        const pathParams = {
            'jobId': jobId
        };
        const queryParams = {
        };
        const headerParams = {
            'Last-Event-ID': opts['lastEventId']
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['text/event-stream', 'application/problem+json'];
        // R8.4: the model of each server-sent event's data (x-event-schema), if any.
        const eventSchema = '#/components/schemas/JobEvent'.split('/').pop() || null;
        // R9.1/R9.4: argument errors name the parameter as the caller spells it.
        const paramNames = {'jobId': 'jobId', 'Last-Event-ID': 'lastEventId', };
        const returnType = 'String';
        return this.apiClient.callApi(
            '/jobs/{jobId}/events', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'streamJobEvents',
            requestOptions, eventSchema, paramNames
        );
    }

    /**
     * Stream job events
     * Same as `streamJobEventsWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.lastEventId] Resume after this event ID.
     * @param {Object} [requestOptions] per-call options: timeout, maxRetries, headers, signal, idempotencyKey, validation
     * @return {Promise<String>}
     */
    streamJobEvents(jobId, opts, requestOptions) {
        return this.streamJobEventsWithHttpInfo(jobId, opts, requestOptions).then((result) => result.data);
    }

}

// R8: a waitFor<Resource> method for each poll operation named by this class's x-long-running
// operations (e.g. getJob -> waitForJob(jobId, {interval, maxInterval, timeout, signal})).
installWaiters(JobsApi, [
    {operation: 'createImageJob', pollOperation: 'getJob', statusField: 'status', terminalStates: ['succeeded', 'failed', 'canceled']},
    {operation: 'createVideoJob', pollOperation: 'getJob', statusField: 'status', terminalStates: ['succeeded', 'failed', 'canceled']},
]);

// R13: the result model of each operation whose resource gets GraphQL methods (x-graphql), for
// the payloads of `subscribe` (core/resources.js).
JobsApi.graphqlResults = {
};
