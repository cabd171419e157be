// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ValidationIssue from './ValidationIssue.js';
/**
 * Problem: An RFC 9457 problem details object, extended with `code`, `requestId` and, for validation failures, `errors`.
 * @module model/Problem
 */
class Problem {
    /**
     * Constructs a new <code>Problem</code> from its required properties.
     * @param {String} type A URI identifying the problem type; it links to its documentation.
     * @param {String} title A short, human-readable summary of the problem type.
     * @param {Number} status The HTTP status code.
     * @param {String} code A stable, machine-readable error code, for example `etag_mismatch`.
     * @param {String} requestId The request's ID, the same as the `X-Request-Id` header.
     */
    constructor(type, title, status, code, requestId) {
        Problem.initialize(this, type, title, status, code, requestId);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, type, title, status, code, requestId) {
        obj['type'] = type;
        obj['title'] = title;
        obj['status'] = status;
        obj['code'] = code;
        obj['requestId'] = requestId;
    }

    /**
     * Builds a <code>Problem</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Problem} [obj] instance to fill
     * @return {module:model/Problem}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Problem();
            if (Object.prototype.hasOwnProperty.call(data, 'type')) {
                obj['type'] = ApiClient.convertToType(data['type'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'title')) {
                obj['title'] = ApiClient.convertToType(data['title'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = ApiClient.convertToType(data['status'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'detail')) {
                obj['detail'] = ApiClient.convertToType(data['detail'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'instance')) {
                obj['instance'] = ApiClient.convertToType(data['instance'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'code')) {
                obj['code'] = ApiClient.convertToType(data['code'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'requestId')) {
                obj['requestId'] = ApiClient.convertToType(data['requestId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'errors')) {
                obj['errors'] = ApiClient.convertToType(data['errors'], [ValidationIssue]);
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
     * Checks that decoded JSON has the shape of <code>Problem</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Problem: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Problem.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Problem: required field `' + property + '` is missing');
            }
        }
        if (data['type'] != null && typeof data['type'] !== 'string') {
            throw new Error('Problem: field `type` must be a string but got ' + typeof data['type']);
        }
        if (data['title'] != null && typeof data['title'] !== 'string') {
            throw new Error('Problem: field `title` must be a string but got ' + typeof data['title']);
        }
        if (data['detail'] != null && typeof data['detail'] !== 'string') {
            throw new Error('Problem: field `detail` must be a string but got ' + typeof data['detail']);
        }
        if (data['instance'] != null && typeof data['instance'] !== 'string') {
            throw new Error('Problem: field `instance` must be a string but got ' + typeof data['instance']);
        }
        if (data['code'] != null && typeof data['code'] !== 'string') {
            throw new Error('Problem: field `code` must be a string but got ' + typeof data['code']);
        }
        if (data['requestId'] != null && typeof data['requestId'] !== 'string') {
            throw new Error('Problem: field `requestId` must be a string but got ' + typeof data['requestId']);
        }
        if (data['errors'] != null) {
            if (!Array.isArray(data['errors'])) {
                throw new Error('Problem: field `errors` must be an array but got ' + typeof data['errors']);
            }
            for (const item of data['errors']) {
                ValidationIssue.validateJSON(item);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Problem.RequiredProperties = ['type', 'title', 'status', 'code', 'requestId'];

/**
 * A URI identifying the problem type; it links to its documentation.
 * @member {String} type
 */
Problem.prototype['type'] = undefined;

/**
 * A short, human-readable summary of the problem type.
 * @member {String} title
 */
Problem.prototype['title'] = undefined;

/**
 * The HTTP status code.
 * @member {Number} status
 */
Problem.prototype['status'] = undefined;

/**
 * A human-readable explanation of this occurrence.
 * @member {String} detail
 */
Problem.prototype['detail'] = undefined;

/**
 * A URI reference identifying this occurrence.
 * @member {String} instance
 */
Problem.prototype['instance'] = undefined;

/**
 * A stable, machine-readable error code, for example `etag_mismatch`.
 * @member {String} code
 */
Problem.prototype['code'] = undefined;

/**
 * The request's ID, the same as the `X-Request-Id` header.
 * @member {String} requestId
 */
Problem.prototype['requestId'] = undefined;

/**
 * For validation failures, every invalid field.
 * @member {Array.<module:model/ValidationIssue>} errors
 */
Problem.prototype['errors'] = undefined;



export default Problem;


