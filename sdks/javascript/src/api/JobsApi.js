// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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
     * @return {Promise<{data: module:model/Job, response: Response}>} decoded body and the fetch Response
     */
    cancelJobWithHttpInfo(jobId) {

        if (jobId === undefined || jobId === null) {
            return Promise.reject(new Error("Missing the required parameter 'jobId' when calling cancelJob"));
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
        const returnType = Job;
        return this.apiClient.callApi(
            '/jobs/{jobId}/cancel', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'cancelJob'
        );
    }

    /**
     * Cancel a job
     * Same as `cancelJobWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @return {Promise<module:model/Job>}
     */
    cancelJob(jobId) {
        return this.cancelJobWithHttpInfo(jobId).then((result) => result.data);
    }


    /**
     * Generate images
     * Starts an image generation job. The job runs asynchronously: poll `getJob` (the `Location` header) or follow `streamJobEvents` until its status is terminal. 
     * POST /generate/image
     * @param {module:model/ImageJobRequest} imageJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<{data: module:model/ImageJob, response: Response}>} decoded body and the fetch Response
     */
    createImageJobWithHttpInfo(imageJobRequest, opts) {
        opts = opts || {};

        if (imageJobRequest === undefined || imageJobRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'imageJobRequest' when calling createImageJob"));
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
        const returnType = ImageJob;
        return this.apiClient.callApi(
            '/generate/image', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createImageJob'
        );
    }

    /**
     * Generate images
     * Same as `createImageJobWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/ImageJobRequest} imageJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/ImageJob>}
     */
    createImageJob(imageJobRequest, opts) {
        return this.createImageJobWithHttpInfo(imageJobRequest, opts).then((result) => result.data);
    }


    /**
     * Generate a video
     * Starts a video generation job, optionally animating a reference image. Poll `getJob` or follow `streamJobEvents` until its status is terminal. 
     * POST /generate/video
     * @param {module:model/VideoJobRequest} videoJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<{data: module:model/VideoJob, response: Response}>} decoded body and the fetch Response
     */
    createVideoJobWithHttpInfo(videoJobRequest, opts) {
        opts = opts || {};

        if (videoJobRequest === undefined || videoJobRequest === null) {
            return Promise.reject(new Error("Missing the required parameter 'videoJobRequest' when calling createVideoJob"));
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
        const returnType = VideoJob;
        return this.apiClient.callApi(
            '/generate/video', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'createVideoJob'
        );
    }

    /**
     * Generate a video
     * Same as `createVideoJobWithHttpInfo` but resolves to the decoded body only.
     * @param {module:model/VideoJobRequest} videoJobRequest 
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @return {Promise<module:model/VideoJob>}
     */
    createVideoJob(videoJobRequest, opts) {
        return this.createVideoJobWithHttpInfo(videoJobRequest, opts).then((result) => result.data);
    }


    /**
     * Get a job
     * Returns a job with its status, progress and, once it succeeded, its output assets.
     * GET /jobs/{jobId}
     * @param {String} jobId The job's ID.
     * @return {Promise<{data: module:model/Job, response: Response}>} decoded body and the fetch Response
     */
    getJobWithHttpInfo(jobId) {

        if (jobId === undefined || jobId === null) {
            return Promise.reject(new Error("Missing the required parameter 'jobId' when calling getJob"));
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
        const returnType = Job;
        return this.apiClient.callApi(
            '/jobs/{jobId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getJob'
        );
    }

    /**
     * Get a job
     * Same as `getJobWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @return {Promise<module:model/Job>}
     */
    getJob(jobId) {
        return this.getJobWithHttpInfo(jobId).then((result) => result.data);
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
     * @return {Promise<{data: module:model/JobList, response: Response}>} decoded body and the fetch Response
     */
    listJobsWithHttpInfo(opts) {
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
        const returnType = JobList;
        return this.apiClient.callApi(
            '/jobs', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'listJobs'
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
     * @return {Promise<module:model/JobList>}
     */
    listJobs(opts) {
        return this.listJobsWithHttpInfo(opts).then((result) => result.data);
    }


    /**
     * Stream job events
     * A server-sent events stream of the job's progress. Each event's `event` field is the event name and its `data` is a JSON `JobEvent`. The stream ends after `job.completed` or `job.failed`. Reconnect with `Last-Event-ID` to resume after the last event seen. 
     * GET /jobs/{jobId}/events
     * @param {String} jobId The job's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.lastEventID] Resume after this event ID.
     * @return {Promise<{data: String, response: Response}>} decoded body and the fetch Response
     */
    streamJobEventsWithHttpInfo(jobId, opts) {
        opts = opts || {};

        if (jobId === undefined || jobId === null) {
            return Promise.reject(new Error("Missing the required parameter 'jobId' when calling streamJobEvents"));
        }

        const pathParams = {
            'jobId': jobId
        };
        const queryParams = {
        };
        const headerParams = {
            'Last-Event-ID': opts['lastEventID']
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['text/event-stream', 'application/problem+json'];
        const returnType = 'String';
        return this.apiClient.callApi(
            '/jobs/{jobId}/events', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'streamJobEvents'
        );
    }

    /**
     * Stream job events
     * Same as `streamJobEventsWithHttpInfo` but resolves to the decoded body only.
     * @param {String} jobId The job's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.lastEventID] Resume after this event ID.
     * @return {Promise<String>}
     */
    streamJobEvents(jobId, opts) {
        return this.streamJobEventsWithHttpInfo(jobId, opts).then((result) => result.data);
    }

}
