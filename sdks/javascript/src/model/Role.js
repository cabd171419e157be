// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Role: A named set of permissions.
 * @module model/Role
 */
class Role {
    /**
     * Constructs a new <code>Role</code> from its required properties.
     * @param {String} id A role ID.
     * @param {String} name A human-readable name.
     * @param {String} description A free-text description.
     * @param {Boolean} builtIn Built-in roles cannot be changed or deleted.
     * @param {Array.<String>} permissions The permissions the role grants.
     */
    constructor(id, name, description, builtIn, permissions) {
        Role.initialize(this, id, name, description, builtIn, permissions);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, name, description, builtIn, permissions) {
        obj['id'] = id;
        obj['name'] = name;
        obj['description'] = description;
        obj['builtIn'] = builtIn;
        obj['permissions'] = permissions;
    }

    /**
     * Builds a <code>Role</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Role} [obj] instance to fill
     * @return {module:model/Role}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Role();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'builtIn')) {
                obj['builtIn'] = ApiClient.convertToType(data['builtIn'], 'Boolean');
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
     * Checks that decoded JSON has the shape of <code>Role</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Role: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Role.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Role: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Role: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('Role: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('Role: field `description` must be a string but got ' + typeof data['description']);
        }
        if (data['permissions'] != null) {
            if (!Array.isArray(data['permissions'])) {
                throw new Error('Role: field `permissions` must be an array but got ' + typeof data['permissions']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Role.RequiredProperties = ['id', 'name', 'description', 'builtIn', 'permissions'];

/**
 * A role ID.
 * @member {String} id
 */
Role.prototype['id'] = undefined;

/**
 * A human-readable name.
 * @member {String} name
 */
Role.prototype['name'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
Role.prototype['description'] = undefined;

/**
 * Built-in roles cannot be changed or deleted.
 * @member {Boolean} builtIn
 */
Role.prototype['builtIn'] = undefined;

/**
 * The permissions the role grants.
 * @member {Array.<String>} permissions
 */
Role.prototype['permissions'] = undefined;



export default Role;


