// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * ApiKeyCreate: A new API key.
 * @module model/ApiKeyCreate
 */
class ApiKeyCreate {
    /**
     * Constructs a new <code>ApiKeyCreate</code> from its required properties.
     * @param {String} name A human-readable name.
     * @param {Array.<String>} scopes The permissions the key is limited to.
     */
    constructor(name, scopes) {
        ApiKeyCreate.initialize(this, name, scopes);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, name, scopes) {
        obj['name'] = name;
        obj['scopes'] = scopes;
    }

    /**
     * Builds a <code>ApiKeyCreate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ApiKeyCreate} [obj] instance to fill
     * @return {module:model/ApiKeyCreate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ApiKeyCreate();
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scopes')) {
                obj['scopes'] = ApiClient.convertToType(data['scopes'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'expiresAt')) {
                obj['expiresAt'] = ApiClient.convertToType(data['expiresAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>ApiKeyCreate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ApiKeyCreate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ApiKeyCreate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ApiKeyCreate: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('ApiKeyCreate: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['scopes'] != null) {
            if (!Array.isArray(data['scopes'])) {
                throw new Error('ApiKeyCreate: field `scopes` must be an array but got ' + typeof data['scopes']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ApiKeyCreate.RequiredProperties = ['name', 'scopes'];

/**
 * A human-readable name.
 * @member {String} name
 */
ApiKeyCreate.prototype['name'] = undefined;

/**
 * The permissions the key is limited to.
 * @member {Array.<String>} scopes
 */
ApiKeyCreate.prototype['scopes'] = undefined;

/**
 * When the key stops working; `null` or absent for never.
 * @member {Date} expiresAt
 */
ApiKeyCreate.prototype['expiresAt'] = undefined;



export default ApiKeyCreate;


