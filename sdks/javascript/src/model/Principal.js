// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Principal: Who a request is authenticated as.
 * @module model/Principal
 */
class Principal {
    /**
     * Constructs a new <code>Principal</code> from its required properties.
     * @param {String} id The ID of a user or an API key.
     * @param {module:model/Principal.KindEnum} kind Whether the principal is a user or an API key.
     * @param {String} organizationId An organisation ID.
     * @param {String} displayName A human-readable name.
     * @param {Array.<String>} roleIds The roles the principal holds.
     * @param {Array.<String>} permissions The effective permissions from all roles.
     */
    constructor(id, kind, organizationId, displayName, roleIds, permissions) {
        Principal.initialize(this, id, kind, organizationId, displayName, roleIds, permissions);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, kind, organizationId, displayName, roleIds, permissions) {
        obj['id'] = id;
        obj['kind'] = kind;
        obj['organizationId'] = organizationId;
        obj['displayName'] = displayName;
        obj['roleIds'] = roleIds;
        obj['permissions'] = permissions;
    }

    /**
     * Builds a <code>Principal</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Principal} [obj] instance to fill
     * @return {module:model/Principal}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Principal();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'kind')) {
                obj['kind'] = ApiClient.convertToType(data['kind'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'organizationId')) {
                obj['organizationId'] = ApiClient.convertToType(data['organizationId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'email')) {
                obj['email'] = ApiClient.convertToType(data['email'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'displayName')) {
                obj['displayName'] = ApiClient.convertToType(data['displayName'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'roleIds')) {
                obj['roleIds'] = ApiClient.convertToType(data['roleIds'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'permissions')) {
                obj['permissions'] = ApiClient.convertToType(data['permissions'], ['String']);
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
     * Checks that decoded JSON has the shape of <code>Principal</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Principal: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Principal.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Principal: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Principal: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['kind'] != null && typeof data['kind'] !== 'string') {
            throw new Error('Principal: field `kind` must be a string but got ' + typeof data['kind']);
        }
        if (data['organizationId'] != null && typeof data['organizationId'] !== 'string') {
            throw new Error('Principal: field `organizationId` must be a string but got ' + typeof data['organizationId']);
        }
        if (data['email'] != null && typeof data['email'] !== 'string') {
            throw new Error('Principal: field `email` must be a string but got ' + typeof data['email']);
        }
        if (data['displayName'] != null && typeof data['displayName'] !== 'string') {
            throw new Error('Principal: field `displayName` must be a string but got ' + typeof data['displayName']);
        }
        if (data['roleIds'] != null) {
            if (!Array.isArray(data['roleIds'])) {
                throw new Error('Principal: field `roleIds` must be an array but got ' + typeof data['roleIds']);
            }
        }
        if (data['permissions'] != null) {
            if (!Array.isArray(data['permissions'])) {
                throw new Error('Principal: field `permissions` must be an array but got ' + typeof data['permissions']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Principal.RequiredProperties = ['id', 'kind', 'organizationId', 'displayName', 'roleIds', 'permissions'];

/**
 * The ID of a user or an API key.
 * @member {String} id
 */
Principal.prototype['id'] = undefined;

/**
 * Whether the principal is a user or an API key.
 * @member {module:model/Principal.KindEnum} kind
 */
Principal.prototype['kind'] = undefined;

/**
 * An organisation ID.
 * @member {String} organizationId
 */
Principal.prototype['organizationId'] = undefined;

/**
 * The user's email; `null` for API keys.
 * @member {String} email
 */
Principal.prototype['email'] = undefined;

/**
 * A human-readable name.
 * @member {String} displayName
 */
Principal.prototype['displayName'] = undefined;

/**
 * The roles the principal holds.
 * @member {Array.<String>} roleIds
 */
Principal.prototype['roleIds'] = undefined;

/**
 * The effective permissions from all roles.
 * @member {Array.<String>} permissions
 */
Principal.prototype['permissions'] = undefined;



/**
 * Allowed values for the <code>kind</code> property.
 * @enum {String}
 * @readonly
 */
Principal['KindEnum'] = {

    /**
     * value: "user"
     * @const
     */
    "user": "user",

    /**
     * value: "api_key"
     * @const
     */
    "api_key": "api_key"
};


export default Principal;


