// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * SystemMetrics: A snapshot of generation capacity and load.
 * @module model/SystemMetrics
 */
class SystemMetrics {
    /**
     * Constructs a new <code>SystemMetrics</code> from its required properties.
     * @param {Date} capturedAt An RFC 3339 date-time in UTC.
     * @param {Number} queueDepth Jobs waiting to start.
     * @param {Number} activeJobs Jobs running now.
     * @param {Number} gpuUtilization A fraction between 0 and 1.
     * @param {Number} cpuUtilization A fraction between 0 and 1.
     * @param {Number} memoryUtilization A fraction between 0 and 1.
     * @param {Number} p95JobLatencySeconds 95th percentile of job duration over the last hour.
     * @param {Number} storageBytes Bytes stored for the organisation.
     */
    constructor(capturedAt, queueDepth, activeJobs, gpuUtilization, cpuUtilization, memoryUtilization, p95JobLatencySeconds, storageBytes) {
        SystemMetrics.initialize(this, capturedAt, queueDepth, activeJobs, gpuUtilization, cpuUtilization, memoryUtilization, p95JobLatencySeconds, storageBytes);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, capturedAt, queueDepth, activeJobs, gpuUtilization, cpuUtilization, memoryUtilization, p95JobLatencySeconds, storageBytes) {
        obj['capturedAt'] = capturedAt;
        obj['queueDepth'] = queueDepth;
        obj['activeJobs'] = activeJobs;
        obj['gpuUtilization'] = gpuUtilization;
        obj['cpuUtilization'] = cpuUtilization;
        obj['memoryUtilization'] = memoryUtilization;
        obj['p95JobLatencySeconds'] = p95JobLatencySeconds;
        obj['storageBytes'] = storageBytes;
    }

    /**
     * Builds a <code>SystemMetrics</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/SystemMetrics} [obj] instance to fill
     * @return {module:model/SystemMetrics}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new SystemMetrics();
            if (Object.prototype.hasOwnProperty.call(data, 'capturedAt')) {
                obj['capturedAt'] = ApiClient.convertToType(data['capturedAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'queueDepth')) {
                obj['queueDepth'] = ApiClient.convertToType(data['queueDepth'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'activeJobs')) {
                obj['activeJobs'] = ApiClient.convertToType(data['activeJobs'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'gpuUtilization')) {
                obj['gpuUtilization'] = ApiClient.convertToType(data['gpuUtilization'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'cpuUtilization')) {
                obj['cpuUtilization'] = ApiClient.convertToType(data['cpuUtilization'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'memoryUtilization')) {
                obj['memoryUtilization'] = ApiClient.convertToType(data['memoryUtilization'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'p95JobLatencySeconds')) {
                obj['p95JobLatencySeconds'] = ApiClient.convertToType(data['p95JobLatencySeconds'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'storageBytes')) {
                obj['storageBytes'] = ApiClient.convertToType(data['storageBytes'], 'Number');
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
     * Checks that decoded JSON has the shape of <code>SystemMetrics</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('SystemMetrics: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of SystemMetrics.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('SystemMetrics: required field `' + property + '` is missing');
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
SystemMetrics.RequiredProperties = ['capturedAt', 'queueDepth', 'activeJobs', 'gpuUtilization', 'cpuUtilization', 'memoryUtilization', 'p95JobLatencySeconds', 'storageBytes'];

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} capturedAt
 */
SystemMetrics.prototype['capturedAt'] = undefined;

/**
 * Jobs waiting to start.
 * @member {Number} queueDepth
 */
SystemMetrics.prototype['queueDepth'] = undefined;

/**
 * Jobs running now.
 * @member {Number} activeJobs
 */
SystemMetrics.prototype['activeJobs'] = undefined;

/**
 * A fraction between 0 and 1.
 * @member {Number} gpuUtilization
 */
SystemMetrics.prototype['gpuUtilization'] = undefined;

/**
 * A fraction between 0 and 1.
 * @member {Number} cpuUtilization
 */
SystemMetrics.prototype['cpuUtilization'] = undefined;

/**
 * A fraction between 0 and 1.
 * @member {Number} memoryUtilization
 */
SystemMetrics.prototype['memoryUtilization'] = undefined;

/**
 * 95th percentile of job duration over the last hour.
 * @member {Number} p95JobLatencySeconds
 */
SystemMetrics.prototype['p95JobLatencySeconds'] = undefined;

/**
 * Bytes stored for the organisation.
 * @member {Number} storageBytes
 */
SystemMetrics.prototype['storageBytes'] = undefined;



export default SystemMetrics;


