// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * RoleAssignment: The complete set of roles a user should hold.
 * @module model/RoleAssignment
 */
class RoleAssignment {
    /**
     * Constructs a new <code>RoleAssignment</code> from its required properties.
     * @param {Array.<String>} roleIds The roles; an empty list removes every role.
     */
    constructor(roleIds) {
        RoleAssignment.initialize(this, roleIds);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, roleIds) {
        obj['roleIds'] = roleIds;
    }

    /**
     * Builds a <code>RoleAssignment</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/RoleAssignment} [obj] instance to fill
     * @return {module:model/RoleAssignment}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new RoleAssignment();
            if (Object.prototype.hasOwnProperty.call(data, 'roleIds')) {
                obj['roleIds'] = ApiClient.convertToType(data['roleIds'], ['String']);
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
     * Checks that decoded JSON has the shape of <code>RoleAssignment</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('RoleAssignment: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of RoleAssignment.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('RoleAssignment: required field `' + property + '` is missing');
            }
        }
        if (data['roleIds'] != null) {
            if (!Array.isArray(data['roleIds'])) {
                throw new Error('RoleAssignment: field `roleIds` must be an array but got ' + typeof data['roleIds']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
RoleAssignment.RequiredProperties = ['roleIds'];

/**
 * The roles; an empty list removes every role.
 * @member {Array.<String>} roleIds
 */
RoleAssignment.prototype['roleIds'] = undefined;



export default RoleAssignment;


