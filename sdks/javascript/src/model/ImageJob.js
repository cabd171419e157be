// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ImageJobRequest from './ImageJobRequest.js';
import JobFailure from './JobFailure.js';
import JobStatus from './JobStatus.js';
/**
 * ImageJob: An image generation job.
 * @module model/ImageJob
 */
class ImageJob {
    /**
     * Constructs a new <code>ImageJob</code> from its required properties.
     * @param {String} id A generation job ID.
     * @param {module:model/ImageJob.TypeEnum} type Always `image`.
     * @param {module:model/JobStatus} status 
     * @param {Number} progress Percent complete.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} updatedAt An RFC 3339 date-time in UTC.
     * @param {Date} completedAt When the job reached a terminal status; `null` before.
     * @param {module:model/JobFailure} error 
     * @param {Array.<String>} outputAssetIds The generated images, once the job succeeded.
     * @param {module:model/ImageJobRequest} params 
     */
    constructor(id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params) {
        ImageJob.initialize(this, id, type, status, progress, createdAt, updatedAt, completedAt, error, outputAssetIds, params);
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
     * Builds a <code>ImageJob</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ImageJob} [obj] instance to fill
     * @return {module:model/ImageJob}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ImageJob();
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
                obj['params'] = ApiClient.convertToType(data['params'], ImageJobRequest);
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
     * Checks that decoded JSON has the shape of <code>ImageJob</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ImageJob: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ImageJob.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ImageJob: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('ImageJob: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['type'] != null && typeof data['type'] !== 'string') {
            throw new Error('ImageJob: field `type` must be a string but got ' + typeof data['type']);
        }
        if (data['error'] != null) {
            JobFailure.validateJSON(data['error']);
        }
        if (data['outputAssetIds'] != null) {
            if (!Array.isArray(data['outputAssetIds'])) {
                throw new Error('ImageJob: field `outputAssetIds` must be an array but got ' + typeof data['outputAssetIds']);
            }
        }
        if (data['params'] != null) {
            ImageJobRequest.validateJSON(data['params']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ImageJob.RequiredProperties = ['id', 'type', 'status', 'progress', 'createdAt', 'updatedAt', 'completedAt', 'error', 'outputAssetIds', 'params'];

/**
 * A generation job ID.
 * @member {String} id
 */
ImageJob.prototype['id'] = undefined;

/**
 * Always `image`.
 * @member {module:model/ImageJob.TypeEnum} type
 */
ImageJob.prototype['type'] = undefined;

/**
 * @member {module:model/JobStatus} status
 */
ImageJob.prototype['status'] = undefined;

/**
 * Percent complete.
 * @member {Number} progress
 */
ImageJob.prototype['progress'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
ImageJob.prototype['createdAt'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} updatedAt
 */
ImageJob.prototype['updatedAt'] = undefined;

/**
 * When the job reached a terminal status; `null` before.
 * @member {Date} completedAt
 */
ImageJob.prototype['completedAt'] = undefined;

/**
 * @member {module:model/JobFailure} error
 */
ImageJob.prototype['error'] = undefined;

/**
 * The generated images, once the job succeeded.
 * @member {Array.<String>} outputAssetIds
 */
ImageJob.prototype['outputAssetIds'] = undefined;

/**
 * @member {module:model/ImageJobRequest} params
 */
ImageJob.prototype['params'] = undefined;



/**
 * Allowed values for the <code>type</code> property.
 * @enum {String}
 * @readonly
 */
ImageJob['TypeEnum'] = {

    /**
     * value: "image"
     * @const
     */
    "image": "image"
};


export default ImageJob;


