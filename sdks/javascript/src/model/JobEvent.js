// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import JobStatus from './JobStatus.js';
/**
 * JobEvent: The `data` of one server-sent event of `streamJobEvents`.
 * @module model/JobEvent
 */
class JobEvent {
    /**
     * Constructs a new <code>JobEvent</code> from its required properties.
     * @param {module:model/JobEvent.EventEnum} event The event name, the same as the SSE `event` field.
     * @param {String} jobId A generation job ID.
     * @param {module:model/JobStatus} status 
     * @param {Number} progress Percent complete.
     * @param {Date} occurredAt An RFC 3339 date-time in UTC.
     */
    constructor(event, jobId, status, progress, occurredAt) {
        JobEvent.initialize(this, event, jobId, status, progress, occurredAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, event, jobId, status, progress, occurredAt) {
        obj['event'] = event;
        obj['jobId'] = jobId;
        obj['status'] = status;
        obj['progress'] = progress;
        obj['occurredAt'] = occurredAt;
    }

    /**
     * Builds a <code>JobEvent</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/JobEvent} [obj] instance to fill
     * @return {module:model/JobEvent}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new JobEvent();
            if (Object.prototype.hasOwnProperty.call(data, 'event')) {
                obj['event'] = ApiClient.convertToType(data['event'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'jobId')) {
                obj['jobId'] = ApiClient.convertToType(data['jobId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = JobStatus.constructFromObject(data['status']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'progress')) {
                obj['progress'] = ApiClient.convertToType(data['progress'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'message')) {
                obj['message'] = ApiClient.convertToType(data['message'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'occurredAt')) {
                obj['occurredAt'] = ApiClient.convertToType(data['occurredAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>JobEvent</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('JobEvent: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of JobEvent.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('JobEvent: required field `' + property + '` is missing');
            }
        }
        if (data['event'] != null && typeof data['event'] !== 'string') {
            throw new Error('JobEvent: field `event` must be a string but got ' + typeof data['event']);
        }
        if (data['jobId'] != null && typeof data['jobId'] !== 'string') {
            throw new Error('JobEvent: field `jobId` must be a string but got ' + typeof data['jobId']);
        }
        if (data['message'] != null && typeof data['message'] !== 'string') {
            throw new Error('JobEvent: field `message` must be a string but got ' + typeof data['message']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
JobEvent.RequiredProperties = ['event', 'jobId', 'status', 'progress', 'occurredAt'];

/**
 * The event name, the same as the SSE `event` field.
 * @member {module:model/JobEvent.EventEnum} event
 */
JobEvent.prototype['event'] = undefined;

/**
 * A generation job ID.
 * @member {String} jobId
 */
JobEvent.prototype['jobId'] = undefined;

/**
 * @member {module:model/JobStatus} status
 */
JobEvent.prototype['status'] = undefined;

/**
 * Percent complete.
 * @member {Number} progress
 */
JobEvent.prototype['progress'] = undefined;

/**
 * A human-readable note on the step.
 * @member {String} message
 */
JobEvent.prototype['message'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} occurredAt
 */
JobEvent.prototype['occurredAt'] = undefined;



/**
 * Allowed values for the <code>event</code> property.
 * @enum {String}
 * @readonly
 */
JobEvent['EventEnum'] = {

    /**
     * value: "job.status"
     * @const
     */
    "job.status": "job.status",

    /**
     * value: "job.progress"
     * @const
     */
    "job.progress": "job.progress",

    /**
     * value: "job.completed"
     * @const
     */
    "job.completed": "job.completed",

    /**
     * value: "job.failed"
     * @const
     */
    "job.failed": "job.failed"
};


export default JobEvent;


