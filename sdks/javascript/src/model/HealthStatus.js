// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import HealthCheck from './HealthCheck.js';
/**
 * HealthStatus: The service's health.
 * @module model/HealthStatus
 */
class HealthStatus {
    /**
     * Constructs a new <code>HealthStatus</code> from its required properties.
     * @param {module:model/HealthStatus.StatusEnum} status The overall health.
     * @param {String} version The running service version.
     * @param {Array.<module:model/HealthCheck>} checks Each dependency's health.
     */
    constructor(status, version, checks) {
        HealthStatus.initialize(this, status, version, checks);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, status, version, checks) {
        obj['status'] = status;
        obj['version'] = version;
        obj['checks'] = checks;
    }

    /**
     * Builds a <code>HealthStatus</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/HealthStatus} [obj] instance to fill
     * @return {module:model/HealthStatus}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new HealthStatus();
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = ApiClient.convertToType(data['status'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'version')) {
                obj['version'] = ApiClient.convertToType(data['version'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'checks')) {
                obj['checks'] = ApiClient.convertToType(data['checks'], [HealthCheck]);
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
     * Checks that decoded JSON has the shape of <code>HealthStatus</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('HealthStatus: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of HealthStatus.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('HealthStatus: required field `' + property + '` is missing');
            }
        }
        if (data['status'] != null && typeof data['status'] !== 'string') {
            throw new Error('HealthStatus: field `status` must be a string but got ' + typeof data['status']);
        }
        if (data['version'] != null && typeof data['version'] !== 'string') {
            throw new Error('HealthStatus: field `version` must be a string but got ' + typeof data['version']);
        }
        if (data['checks'] != null) {
            if (!Array.isArray(data['checks'])) {
                throw new Error('HealthStatus: field `checks` must be an array but got ' + typeof data['checks']);
            }
            for (const item of data['checks']) {
                HealthCheck.validateJSON(item);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
HealthStatus.RequiredProperties = ['status', 'version', 'checks'];

/**
 * The overall health.
 * @member {module:model/HealthStatus.StatusEnum} status
 */
HealthStatus.prototype['status'] = undefined;

/**
 * The running service version.
 * @member {String} version
 */
HealthStatus.prototype['version'] = undefined;

/**
 * Each dependency's health.
 * @member {Array.<module:model/HealthCheck>} checks
 */
HealthStatus.prototype['checks'] = undefined;



/**
 * Allowed values for the <code>status</code> property.
 * @enum {String}
 * @readonly
 */
HealthStatus['StatusEnum'] = {

    /**
     * value: "ok"
     * @const
     */
    "ok": "ok",

    /**
     * value: "degraded"
     * @const
     */
    "degraded": "degraded",

    /**
     * value: "down"
     * @const
     */
    "down": "down"
};


export default HealthStatus;


