// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Permission: A permission a role can grant.
 * @module model/Permission
 */
class Permission {
    /**
     * Constructs a new <code>Permission</code> from its required properties.
     * @param {String} id A permission, as `resource:read` or `resource:write`.
     * @param {String} resource The resource the permission is about.
     * @param {String} description A free-text description.
     */
    constructor(id, resource, description) {
        Permission.initialize(this, id, resource, description);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, resource, description) {
        obj['id'] = id;
        obj['resource'] = resource;
        obj['description'] = description;
    }

    /**
     * Builds a <code>Permission</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Permission} [obj] instance to fill
     * @return {module:model/Permission}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Permission();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'resource')) {
                obj['resource'] = ApiClient.convertToType(data['resource'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
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
     * Checks that decoded JSON has the shape of <code>Permission</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Permission: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Permission.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Permission: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Permission: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['resource'] != null && typeof data['resource'] !== 'string') {
            throw new Error('Permission: field `resource` must be a string but got ' + typeof data['resource']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('Permission: field `description` must be a string but got ' + typeof data['description']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Permission.RequiredProperties = ['id', 'resource', 'description'];

/**
 * A permission, as `resource:read` or `resource:write`.
 * @member {String} id
 */
Permission.prototype['id'] = undefined;

/**
 * The resource the permission is about.
 * @member {String} resource
 */
Permission.prototype['resource'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
Permission.prototype['description'] = undefined;



export default Permission;


