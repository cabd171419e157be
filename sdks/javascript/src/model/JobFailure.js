// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * JobFailure: Why a job failed; `null` unless its status is `failed`.
 * @module model/JobFailure
 */
class JobFailure {
    /**
     * Constructs a new <code>JobFailure</code> from its required properties.
     * @param {String} code A stable, machine-readable reason, for example `content_policy_violation`.
     * @param {String} message A human-readable explanation.
     */
    constructor(code, message) {
        JobFailure.initialize(this, code, message);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, code, message) {
        obj['code'] = code;
        obj['message'] = message;
    }

    /**
     * Builds a <code>JobFailure</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/JobFailure} [obj] instance to fill
     * @return {module:model/JobFailure}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new JobFailure();
            if (Object.prototype.hasOwnProperty.call(data, 'code')) {
                obj['code'] = ApiClient.convertToType(data['code'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'message')) {
                obj['message'] = ApiClient.convertToType(data['message'], 'String');
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
     * Checks that decoded JSON has the shape of <code>JobFailure</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('JobFailure: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of JobFailure.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('JobFailure: required field `' + property + '` is missing');
            }
        }
        if (data['code'] != null && typeof data['code'] !== 'string') {
            throw new Error('JobFailure: field `code` must be a string but got ' + typeof data['code']);
        }
        if (data['message'] != null && typeof data['message'] !== 'string') {
            throw new Error('JobFailure: field `message` must be a string but got ' + typeof data['message']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
JobFailure.RequiredProperties = ['code', 'message'];

/**
 * A stable, machine-readable reason, for example `content_policy_violation`.
 * @member {String} code
 */
JobFailure.prototype['code'] = undefined;

/**
 * A human-readable explanation.
 * @member {String} message
 */
JobFailure.prototype['message'] = undefined;



export default JobFailure;


