// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import UsagePoint from './UsagePoint.js';
/**
 * UsageSeries: Usage as a time series.
 * @module model/UsageSeries
 */
class UsageSeries {
    /**
     * Constructs a new <code>UsageSeries</code> from its required properties.
     * @param {Date} from An RFC 3339 date-time in UTC.
     * @param {Date} to An RFC 3339 date-time in UTC.
     * @param {module:model/UsageSeries.GranularityEnum} granularity The bucket size.
     * @param {Array.<module:model/UsagePoint>} points One point per bucket, oldest first.
     */
    constructor(from, to, granularity, points) {
        UsageSeries.initialize(this, from, to, granularity, points);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, from, to, granularity, points) {
        obj['from'] = from;
        obj['to'] = to;
        obj['granularity'] = granularity;
        obj['points'] = points;
    }

    /**
     * Builds a <code>UsageSeries</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/UsageSeries} [obj] instance to fill
     * @return {module:model/UsageSeries}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new UsageSeries();
            if (Object.prototype.hasOwnProperty.call(data, 'from')) {
                obj['from'] = ApiClient.convertToType(data['from'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'to')) {
                obj['to'] = ApiClient.convertToType(data['to'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'granularity')) {
                obj['granularity'] = ApiClient.convertToType(data['granularity'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'points')) {
                obj['points'] = ApiClient.convertToType(data['points'], [UsagePoint]);
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
     * Checks that decoded JSON has the shape of <code>UsageSeries</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('UsageSeries: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of UsageSeries.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('UsageSeries: required field `' + property + '` is missing');
            }
        }
        if (data['granularity'] != null && typeof data['granularity'] !== 'string') {
            throw new Error('UsageSeries: field `granularity` must be a string but got ' + typeof data['granularity']);
        }
        if (data['points'] != null) {
            if (!Array.isArray(data['points'])) {
                throw new Error('UsageSeries: field `points` must be an array but got ' + typeof data['points']);
            }
            for (const item of data['points']) {
                UsagePoint.validateJSON(item);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
UsageSeries.RequiredProperties = ['from', 'to', 'granularity', 'points'];

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} from
 */
UsageSeries.prototype['from'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} to
 */
UsageSeries.prototype['to'] = undefined;

/**
 * The bucket size.
 * @member {module:model/UsageSeries.GranularityEnum} granularity
 */
UsageSeries.prototype['granularity'] = undefined;

/**
 * One point per bucket, oldest first.
 * @member {Array.<module:model/UsagePoint>} points
 */
UsageSeries.prototype['points'] = undefined;



/**
 * Allowed values for the <code>granularity</code> property.
 * @enum {String}
 * @readonly
 */
UsageSeries['GranularityEnum'] = {

    /**
     * value: "hour"
     * @const
     */
    "hour": "hour",

    /**
     * value: "day"
     * @const
     */
    "day": "day",

    /**
     * value: "month"
     * @const
     */
    "month": "month"
};


export default UsageSeries;


