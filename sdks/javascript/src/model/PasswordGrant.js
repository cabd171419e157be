// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * PasswordGrant: A user's email and password.
 * @module model/PasswordGrant
 */
class PasswordGrant {
    /**
     * Constructs a new <code>PasswordGrant</code> from its required properties.
     * @param {module:model/PasswordGrant.GrantTypeEnum} grantType Always `password`.
     * @param {String} username The user's email address.
     * @param {String} password The user's password.
     */
    constructor(grantType, username, password) {
        PasswordGrant.initialize(this, grantType, username, password);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, grantType, username, password) {
        obj['grantType'] = grantType;
        obj['username'] = username;
        obj['password'] = password;
    }

    /**
     * Builds a <code>PasswordGrant</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/PasswordGrant} [obj] instance to fill
     * @return {module:model/PasswordGrant}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new PasswordGrant();
            if (Object.prototype.hasOwnProperty.call(data, 'grantType')) {
                obj['grantType'] = ApiClient.convertToType(data['grantType'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'username')) {
                obj['username'] = ApiClient.convertToType(data['username'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'password')) {
                obj['password'] = ApiClient.convertToType(data['password'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scope')) {
                obj['scope'] = ApiClient.convertToType(data['scope'], 'String');
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
     * Checks that decoded JSON has the shape of <code>PasswordGrant</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('PasswordGrant: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of PasswordGrant.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('PasswordGrant: required field `' + property + '` is missing');
            }
        }
        if (data['grantType'] != null && typeof data['grantType'] !== 'string') {
            throw new Error('PasswordGrant: field `grantType` must be a string but got ' + typeof data['grantType']);
        }
        if (data['username'] != null && typeof data['username'] !== 'string') {
            throw new Error('PasswordGrant: field `username` must be a string but got ' + typeof data['username']);
        }
        if (data['password'] != null && typeof data['password'] !== 'string') {
            throw new Error('PasswordGrant: field `password` must be a string but got ' + typeof data['password']);
        }
        if (data['scope'] != null && typeof data['scope'] !== 'string') {
            throw new Error('PasswordGrant: field `scope` must be a string but got ' + typeof data['scope']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
PasswordGrant.RequiredProperties = ['grantType', 'username', 'password'];

/**
 * Always `password`.
 * @member {module:model/PasswordGrant.GrantTypeEnum} grantType
 */
PasswordGrant.prototype['grantType'] = undefined;

/**
 * The user's email address.
 * @member {String} username
 */
PasswordGrant.prototype['username'] = undefined;

/**
 * The user's password.
 * @member {String} password
 */
PasswordGrant.prototype['password'] = undefined;

/**
 * Space-separated permissions a token is limited to.
 * @member {String} scope
 */
PasswordGrant.prototype['scope'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(PasswordGrant, 'password');


/**
 * Allowed values for the <code>grantType</code> property.
 * @enum {String}
 * @readonly
 */
PasswordGrant['GrantTypeEnum'] = {

    /**
     * value: "password"
     * @const
     */
    "password": "password"
};


export default PasswordGrant;


