// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * GraphqlError: One GraphQL error.
 * @module model/GraphqlError
 */
class GraphqlError {
    /**
     * Constructs a new <code>GraphqlError</code> from its required properties.
     * @param {String} message What went wrong.
     */
    constructor(message) {
        GraphqlError.initialize(this, message);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, message) {
        obj['message'] = message;
    }

    /**
     * Builds a <code>GraphqlError</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/GraphqlError} [obj] instance to fill
     * @return {module:model/GraphqlError}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new GraphqlError();
            if (Object.prototype.hasOwnProperty.call(data, 'message')) {
                obj['message'] = ApiClient.convertToType(data['message'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'path')) {
                obj['path'] = ApiClient.convertToType(data['path'], [Object]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'extensions')) {
                obj['extensions'] = ApiClient.convertToType(data['extensions'], Object);
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
     * Checks that decoded JSON has the shape of <code>GraphqlError</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('GraphqlError: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of GraphqlError.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('GraphqlError: required field `' + property + '` is missing');
            }
        }
        if (data['message'] != null && typeof data['message'] !== 'string') {
            throw new Error('GraphqlError: field `message` must be a string but got ' + typeof data['message']);
        }
        if (data['path'] != null) {
            if (!Array.isArray(data['path'])) {
                throw new Error('GraphqlError: field `path` must be an array but got ' + typeof data['path']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
GraphqlError.RequiredProperties = ['message'];

/**
 * What went wrong.
 * @member {String} message
 */
GraphqlError.prototype['message'] = undefined;

/**
 * The response field the error is about, as field names (strings) and list indexes (integers).
 * @member {Array.<Object>} path
 */
GraphqlError.prototype['path'] = undefined;

/**
 * Extra, server-defined details, such as `code`.
 * @member {Object} extensions
 */
GraphqlError.prototype['extensions'] = undefined;



export default GraphqlError;


