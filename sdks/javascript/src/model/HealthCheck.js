// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * HealthCheck: One dependency's health.
 * @module model/HealthCheck
 */
class HealthCheck {
    /**
     * Constructs a new <code>HealthCheck</code> from its required properties.
     * @param {String} name The dependency.
     * @param {module:model/HealthCheck.StatusEnum} status Its health.
     */
    constructor(name, status) {
        HealthCheck.initialize(this, name, status);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, name, status) {
        obj['name'] = name;
        obj['status'] = status;
    }

    /**
     * Builds a <code>HealthCheck</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/HealthCheck} [obj] instance to fill
     * @return {module:model/HealthCheck}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new HealthCheck();
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = ApiClient.convertToType(data['status'], 'String');
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
     * Checks that decoded JSON has the shape of <code>HealthCheck</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('HealthCheck: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of HealthCheck.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('HealthCheck: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('HealthCheck: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['status'] != null && typeof data['status'] !== 'string') {
            throw new Error('HealthCheck: field `status` must be a string but got ' + typeof data['status']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
HealthCheck.RequiredProperties = ['name', 'status'];

/**
 * The dependency.
 * @member {String} name
 */
HealthCheck.prototype['name'] = undefined;

/**
 * Its health.
 * @member {module:model/HealthCheck.StatusEnum} status
 */
HealthCheck.prototype['status'] = undefined;



/**
 * Allowed values for the <code>status</code> property.
 * @enum {String}
 * @readonly
 */
HealthCheck['StatusEnum'] = {

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


export default HealthCheck;


