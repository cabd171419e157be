// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * ApiKey: An API key, without its secret.
 * @module model/ApiKey
 */
class ApiKey {
    /**
     * Constructs a new <code>ApiKey</code> from its required properties.
     * @param {String} id An API key ID.
     * @param {String} name A human-readable name.
     * @param {String} prefix The first characters of the secret, to recognise the key.
     * @param {Array.<String>} scopes The permissions the key is limited to.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} lastUsedAt When the key was last used; `null` if never.
     * @param {Date} expiresAt When the key stops working; `null` if never.
     */
    constructor(id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt) {
        ApiKey.initialize(this, id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt) {
        obj['id'] = id;
        obj['name'] = name;
        obj['prefix'] = prefix;
        obj['scopes'] = scopes;
        obj['createdAt'] = createdAt;
        obj['lastUsedAt'] = lastUsedAt;
        obj['expiresAt'] = expiresAt;
    }

    /**
     * Builds a <code>ApiKey</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ApiKey} [obj] instance to fill
     * @return {module:model/ApiKey}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ApiKey();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'prefix')) {
                obj['prefix'] = ApiClient.convertToType(data['prefix'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scopes')) {
                obj['scopes'] = ApiClient.convertToType(data['scopes'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'lastUsedAt')) {
                obj['lastUsedAt'] = ApiClient.convertToType(data['lastUsedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>ApiKey</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ApiKey: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ApiKey.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ApiKey: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('ApiKey: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('ApiKey: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['prefix'] != null && typeof data['prefix'] !== 'string') {
            throw new Error('ApiKey: field `prefix` must be a string but got ' + typeof data['prefix']);
        }
        if (data['scopes'] != null) {
            if (!Array.isArray(data['scopes'])) {
                throw new Error('ApiKey: field `scopes` must be an array but got ' + typeof data['scopes']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ApiKey.RequiredProperties = ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt'];

/**
 * An API key ID.
 * @member {String} id
 */
ApiKey.prototype['id'] = undefined;

/**
 * A human-readable name.
 * @member {String} name
 */
ApiKey.prototype['name'] = undefined;

/**
 * The first characters of the secret, to recognise the key.
 * @member {String} prefix
 */
ApiKey.prototype['prefix'] = undefined;

/**
 * The permissions the key is limited to.
 * @member {Array.<String>} scopes
 */
ApiKey.prototype['scopes'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
ApiKey.prototype['createdAt'] = undefined;

/**
 * When the key was last used; `null` if never.
 * @member {Date} lastUsedAt
 */
ApiKey.prototype['lastUsedAt'] = undefined;

/**
 * When the key stops working; `null` if never.
 * @member {Date} expiresAt
 */
ApiKey.prototype['expiresAt'] = undefined;



export default ApiKey;


