// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import JobFailure from './JobFailure.js';
import JobStatus from './JobStatus.js';
import VideoJobRequest from './VideoJobRequest.js';
/**
 * VideoJob: A video generation job.
 * @module model/VideoJob
 */
class VideoJob {
    /**
     * Constructs a new <code>VideoJob</code> from its required properties.
     * @param {String} id A generation job ID.
     * @param {module:model/VideoJob.TypeEnum} type Always `video`.
     * @param {module:model/JobStatus} status 
     * @param {Number} progress Percent complete.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} updatedAt An RFC 3339 date-time in UTC.
     * @param {Date} completedAt When the job reached a terminal status; `null` before.
     * @param {module:model/JobFailure} error 
     * @param {Array.<String>} outputAssetIds The generated video, once the job succeeded.
     * @param {module:model/VideoJobRequest} params 
     */
    constructor(id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params) {
        VideoJob.initialize(this, id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params) {
        obj['id'] = id;
        obj['type'] = type;
        obj['status'] = status;
        obj['progress'] = progress;
        obj['createdAt'] = createdAt;
        obj['updatedAt'] = updatedAt;
        obj['completedAt'] = completedAt;
        obj['error'] = error;
        obj['outputAssetIds'] = outputAssetIds;
        obj['params'] = params;
    }

    /**
     * Builds a <code>VideoJob</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/VideoJob} [obj] instance to fill
     * @return {module:model/VideoJob}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new VideoJob();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'type')) {
                obj['type'] = ApiClient.convertToType(data['type'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = JobStatus.constructFromObject(data['status']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'progress')) {
                obj['progress'] = ApiClient.convertToType(data['progress'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'updatedAt')) {
                obj['updatedAt'] = ApiClient.convertToType(data['updatedAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'completedAt')) {
                obj['completedAt'] = ApiClient.convertToType(data['completedAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'error')) {
                obj['error'] = ApiClient.convertToType(data['error'], JobFailure);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'outputAssetIds')) {
                obj['outputAssetIds'] = ApiClient.convertToType(data['outputAssetIds'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'params')) {
                obj['params'] = ApiClient.convertToType(data['params'], VideoJobRequest);
            }
            // R7.3: properties this version does not know are kept as received.
            for (const key of Object.keys(data)) {
                if (!(key in obj)) {
                    obj[key] = data[key];
                }
            }
        }
        return obj;
    }

    /**
     * Checks that decoded JSON has the shape of <code>VideoJob</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('VideoJob: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of VideoJob.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('VideoJob: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('VideoJob: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['type'] != null && typeof data['type'] !== 'string') {
            throw new Error('VideoJob: field `type` must be a string but got ' + typeof data['type']);
        }
        if (data['error'] != null) {
            JobFailure.validateJSON(data['error']);
        }
        if (data['outputAssetIds'] != null) {
            if (!Array.isArray(data['outputAssetIds'])) {
                throw new Error('VideoJob: field `outputAssetIds` must be an array but got ' + typeof data['outputAssetIds']);
            }
        }
        if (data['params'] != null) {
            VideoJobRequest.validateJSON(data['params']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
VideoJob.RequiredProperties = ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'];

/**
 * A generation job ID.
 * @member {String} id
 */
VideoJob.prototype['id'] = undefined;

/**
 * Always `video`.
 * @member {module:model/VideoJob.TypeEnum} type
 */
VideoJob.prototype['type'] = undefined;

/**
 * @member {module:model/JobStatus} status
 */
VideoJob.prototype['status'] = undefined;

/**
 * Percent complete.
 * @member {Number} progress
 */
VideoJob.prototype['progress'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
VideoJob.prototype['createdAt'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} updatedAt
 */
VideoJob.prototype['updatedAt'] = undefined;

/**
 * When the job reached a terminal status; `null` before.
 * @member {Date} completedAt
 */
VideoJob.prototype['completedAt'] = undefined;

/**
 * @member {module:model/JobFailure} error
 */
VideoJob.prototype['error'] = undefined;

/**
 * The generated video, once the job succeeded.
 * @member {Array.<String>} outputAssetIds
 */
VideoJob.prototype['outputAssetIds'] = undefined;

/**
 * @member {module:model/VideoJobRequest} params
 */
VideoJob.prototype['params'] = undefined;



/**
 * Allowed values for the <code>type</code> property.
 * @enum {String}
 * @readonly
 */
VideoJob['TypeEnum'] = {

    /**
     * value: "video"
     * @const
     */
    "video": "video"
};


export default VideoJob;


