// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * UserInvite: An invitation.
 * @module model/UserInvite
 */
class UserInvite {
    /**
     * Constructs a new <code>UserInvite</code> from its required properties.
     * @param {String} email Where to send the invitation.
     * @param {Array.<String>} roleIds The roles the user starts with.
     */
    constructor(email, roleIds) {
        UserInvite.initialize(this, email, roleIds);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, email, roleIds) {
        obj['email'] = email;
        obj['roleIds'] = roleIds;
    }

    /**
     * Builds a <code>UserInvite</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/UserInvite} [obj] instance to fill
     * @return {module:model/UserInvite}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new UserInvite();
            if (Object.prototype.hasOwnProperty.call(data, 'email')) {
                obj['email'] = ApiClient.convertToType(data['email'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'displayName')) {
                obj['displayName'] = ApiClient.convertToType(data['displayName'], 'String');
            }
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
     * Checks that decoded JSON has the shape of <code>UserInvite</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('UserInvite: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of UserInvite.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('UserInvite: required field `' + property + '` is missing');
            }
        }
        if (data['email'] != null && typeof data['email'] !== 'string') {
            throw new Error('UserInvite: field `email` must be a string but got ' + typeof data['email']);
        }
        if (data['displayName'] != null && typeof data['displayName'] !== 'string') {
            throw new Error('UserInvite: field `displayName` must be a string but got ' + typeof data['displayName']);
        }
        if (data['roleIds'] != null) {
            if (!Array.isArray(data['roleIds'])) {
                throw new Error('UserInvite: field `roleIds` must be an array but got ' + typeof data['roleIds']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
UserInvite.RequiredProperties = ['email', 'roleIds'];

/**
 * Where to send the invitation.
 * @member {String} email
 */
UserInvite.prototype['email'] = undefined;

/**
 * A human-readable name.
 * @member {String} displayName
 */
UserInvite.prototype['displayName'] = undefined;

/**
 * The roles the user starts with.
 * @member {Array.<String>} roleIds
 */
UserInvite.prototype['roleIds'] = undefined;



export default UserInvite;


