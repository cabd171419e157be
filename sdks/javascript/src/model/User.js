// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import UserStatus from './UserStatus.js';
/**
 * User: A member of the organisation.
 * @module model/User
 */
class User {
    /**
     * Constructs a new <code>User</code> from its required properties.
     * @param {String} id A user ID.
     * @param {String} email The user's email address.
     * @param {String} displayName A human-readable name.
     * @param {module:model/UserStatus} status 
     * @param {Array.<String>} roleIds The roles the user holds.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} lastLoginAt When the user last signed in; `null` if never.
     * @param {Date} deactivatedAt When the user was deactivated; `null` unless deactivated.
     */
    constructor(id, email, displayName, status, roleIds, createdAt, lastLoginAt, deactivatedAt) {
        User.initialize(this, id, email, displayName, status, roleIds, createdAt, lastLoginAt, deactivatedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, email, displayName, status, roleIds, createdAt, lastLoginAt, deactivatedAt) {
        obj['id'] = id;
        obj['email'] = email;
        obj['displayName'] = displayName;
        obj['status'] = status;
        obj['roleIds'] = roleIds;
        obj['createdAt'] = createdAt;
        obj['lastLoginAt'] = lastLoginAt;
        obj['deactivatedAt'] = deactivatedAt;
    }

    /**
     * Builds a <code>User</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/User} [obj] instance to fill
     * @return {module:model/User}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new User();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'email')) {
                obj['email'] = ApiClient.convertToType(data['email'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'displayName')) {
                obj['displayName'] = ApiClient.convertToType(data['displayName'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = UserStatus.constructFromObject(data['status']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'roleIds')) {
                obj['roleIds'] = ApiClient.convertToType(data['roleIds'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'lastLoginAt')) {
                obj['lastLoginAt'] = ApiClient.convertToType(data['lastLoginAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'deactivatedAt')) {
                obj['deactivatedAt'] = ApiClient.convertToType(data['deactivatedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>User</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('User: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of User.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('User: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('User: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['email'] != null && typeof data['email'] !== 'string') {
            throw new Error('User: field `email` must be a string but got ' + typeof data['email']);
        }
        if (data['displayName'] != null && typeof data['displayName'] !== 'string') {
            throw new Error('User: field `displayName` must be a string but got ' + typeof data['displayName']);
        }
        if (data['roleIds'] != null) {
            if (!Array.isArray(data['roleIds'])) {
                throw new Error('User: field `roleIds` must be an array but got ' + typeof data['roleIds']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
User.RequiredProperties = ['id', 'email', 'displayName', 'status', 'roleIds', 'createdAt', 'lastLoginAt', 'deactivatedAt'];

/**
 * A user ID.
 * @member {String} id
 */
User.prototype['id'] = undefined;

/**
 * The user's email address.
 * @member {String} email
 */
User.prototype['email'] = undefined;

/**
 * A human-readable name.
 * @member {String} displayName
 */
User.prototype['displayName'] = undefined;

/**
 * @member {module:model/UserStatus} status
 */
User.prototype['status'] = undefined;

/**
 * The roles the user holds.
 * @member {Array.<String>} roleIds
 */
User.prototype['roleIds'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
User.prototype['createdAt'] = undefined;

/**
 * When the user last signed in; `null` if never.
 * @member {Date} lastLoginAt
 */
User.prototype['lastLoginAt'] = undefined;

/**
 * When the user was deactivated; `null` unless deactivated.
 * @member {Date} deactivatedAt
 */
User.prototype['deactivatedAt'] = undefined;



export default User;


