// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ApiKey from './ApiKey.js';
/**
 * ApiKeyWithSecret: A new API key with its secret, shown only once.
 * @module model/ApiKeyWithSecret
 */
class ApiKeyWithSecret {
    /**
     * Constructs a new <code>ApiKeyWithSecret</code> from its required properties.
     * @param {String} id An API key ID.
     * @param {String} name A human-readable name.
     * @param {String} prefix The first characters of the secret, to recognise the key.
     * @param {Array.<String>} scopes The permissions the key is limited to.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} lastUsedAt When the key was last used; `null` if never.
     * @param {Date} expiresAt When the key stops working; `null` if never.
     * @param {String} secret The full secret. Store it now; it is never shown again.
     */
    constructor(id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt, secret) {
        ApiKeyWithSecret.initialize(this, id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt, secret);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, name, prefix, scopes, createdAt, lastUsedAt, expiresAt, secret) {
        obj['id'] = id;
        obj['name'] = name;
        obj['prefix'] = prefix;
        obj['scopes'] = scopes;
        obj['createdAt'] = createdAt;
        obj['lastUsedAt'] = lastUsedAt;
        obj['expiresAt'] = expiresAt;
        obj['secret'] = secret;
    }

    /**
     * Builds a <code>ApiKeyWithSecret</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ApiKeyWithSecret} [obj] instance to fill
     * @return {module:model/ApiKeyWithSecret}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ApiKeyWithSecret();
            ApiKey.constructFromObject(data, obj);
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
            if (Object.prototype.hasOwnProperty.call(data, 'secret')) {
                obj['secret'] = ApiClient.convertToType(data['secret'], 'String');
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
     * Checks that decoded JSON has the shape of <code>ApiKeyWithSecret</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ApiKeyWithSecret: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ApiKeyWithSecret.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ApiKeyWithSecret: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('ApiKeyWithSecret: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('ApiKeyWithSecret: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['prefix'] != null && typeof data['prefix'] !== 'string') {
            throw new Error('ApiKeyWithSecret: field `prefix` must be a string but got ' + typeof data['prefix']);
        }
        if (data['scopes'] != null) {
            if (!Array.isArray(data['scopes'])) {
                throw new Error('ApiKeyWithSecret: field `scopes` must be an array but got ' + typeof data['scopes']);
            }
        }
        if (data['secret'] != null && typeof data['secret'] !== 'string') {
            throw new Error('ApiKeyWithSecret: field `secret` must be a string but got ' + typeof data['secret']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ApiKeyWithSecret.RequiredProperties = ['id', 'name', 'prefix', 'scopes', 'createdAt', 'lastUsedAt', 'expiresAt', 'secret'];

/**
 * An API key ID.
 * @member {String} id
 */
ApiKeyWithSecret.prototype['id'] = undefined;

/**
 * A human-readable name.
 * @member {String} name
 */
ApiKeyWithSecret.prototype['name'] = undefined;

/**
 * The first characters of the secret, to recognise the key.
 * @member {String} prefix
 */
ApiKeyWithSecret.prototype['prefix'] = undefined;

/**
 * The permissions the key is limited to.
 * @member {Array.<String>} scopes
 */
ApiKeyWithSecret.prototype['scopes'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
ApiKeyWithSecret.prototype['createdAt'] = undefined;

/**
 * When the key was last used; `null` if never.
 * @member {Date} lastUsedAt
 */
ApiKeyWithSecret.prototype['lastUsedAt'] = undefined;

/**
 * When the key stops working; `null` if never.
 * @member {Date} expiresAt
 */
ApiKeyWithSecret.prototype['expiresAt'] = undefined;

/**
 * The full secret. Store it now; it is never shown again.
 * @member {String} secret
 */
ApiKeyWithSecret.prototype['secret'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(ApiKeyWithSecret, 'secret');


export default ApiKeyWithSecret;


