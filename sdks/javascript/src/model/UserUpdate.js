// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * UserUpdate: Changes to a user; fields left out are unchanged.
 * @module model/UserUpdate
 */
class UserUpdate {
    /**
     * Constructs a new <code>UserUpdate</code> from its required properties.
     */
    constructor() {
        UserUpdate.initialize(this);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj) {
    }

    /**
     * Builds a <code>UserUpdate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/UserUpdate} [obj] instance to fill
     * @return {module:model/UserUpdate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new UserUpdate();
            if (Object.prototype.hasOwnProperty.call(data, 'displayName')) {
                obj['displayName'] = ApiClient.convertToType(data['displayName'], 'String');
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
     * Checks that decoded JSON has the shape of <code>UserUpdate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('UserUpdate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of UserUpdate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('UserUpdate: required field `' + property + '` is missing');
            }
        }
        if (data['displayName'] != null && typeof data['displayName'] !== 'string') {
            throw new Error('UserUpdate: field `displayName` must be a string but got ' + typeof data['displayName']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
UserUpdate.RequiredProperties = [];

/**
 * A human-readable name.
 * @member {String} displayName
 */
UserUpdate.prototype['displayName'] = undefined;



export default UserUpdate;


