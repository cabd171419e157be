// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * UsagePoint: Usage in one time bucket.
 * @module model/UsagePoint
 */
class UsagePoint {
    /**
     * Constructs a new <code>UsagePoint</code> from its required properties.
     * @param {Date} timestamp An RFC 3339 date-time in UTC.
     * @param {Number} imagesGenerated Images generated in the bucket.
     * @param {Number} videoSecondsGenerated Seconds of video generated in the bucket.
     * @param {Number} apiRequests API requests made in the bucket.
     * @param {Number} storageBytes Bytes stored at the end of the bucket.
     */
    constructor(timestamp, imagesGenerated, videoSecondsGenerated, apiRequests, storageBytes) {
        UsagePoint.initialize(this, timestamp, imagesGenerated, videoSecondsGenerated, apiRequests, storageBytes);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, timestamp, imagesGenerated, videoSecondsGenerated, apiRequests, storageBytes) {
        obj['timestamp'] = timestamp;
        obj['imagesGenerated'] = imagesGenerated;
        obj['videoSecondsGenerated'] = videoSecondsGenerated;
        obj['apiRequests'] = apiRequests;
        obj['storageBytes'] = storageBytes;
    }

    /**
     * Builds a <code>UsagePoint</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/UsagePoint} [obj] instance to fill
     * @return {module:model/UsagePoint}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new UsagePoint();
            if (Object.prototype.hasOwnProperty.call(data, 'timestamp')) {
                obj['timestamp'] = ApiClient.convertToType(data['timestamp'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'imagesGenerated')) {
                obj['imagesGenerated'] = ApiClient.convertToType(data['imagesGenerated'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'videoSecondsGenerated')) {
                obj['videoSecondsGenerated'] = ApiClient.convertToType(data['videoSecondsGenerated'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'apiRequests')) {
                obj['apiRequests'] = ApiClient.convertToType(data['apiRequests'], 'Number');
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
     * Checks that decoded JSON has the shape of <code>UsagePoint</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('UsagePoint: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of UsagePoint.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('UsagePoint: required field `' + property + '` is missing');
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
UsagePoint.RequiredProperties = ['timestamp', 'imagesGenerated', 'videoSecondsGenerated', 'apiRequests', 'storageBytes'];

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} timestamp
 */
UsagePoint.prototype['timestamp'] = undefined;

/**
 * Images generated in the bucket.
 * @member {Number} imagesGenerated
 */
UsagePoint.prototype['imagesGenerated'] = undefined;

/**
 * Seconds of video generated in the bucket.
 * @member {Number} videoSecondsGenerated
 */
UsagePoint.prototype['videoSecondsGenerated'] = undefined;

/**
 * API requests made in the bucket.
 * @member {Number} apiRequests
 */
UsagePoint.prototype['apiRequests'] = undefined;

/**
 * Bytes stored at the end of the bucket.
 * @member {Number} storageBytes
 */
UsagePoint.prototype['storageBytes'] = undefined;



export default UsagePoint;


