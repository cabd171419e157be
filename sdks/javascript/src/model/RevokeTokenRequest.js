// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * RevokeTokenRequest: A token to revoke.
 * @module model/RevokeTokenRequest
 */
class RevokeTokenRequest {
    /**
     * Constructs a new <code>RevokeTokenRequest</code> from its required properties.
     * @param {String} token The access or refresh token.
     */
    constructor(token) {
        RevokeTokenRequest.initialize(this, token);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, token) {
        obj['token'] = token;
    }

    /**
     * Builds a <code>RevokeTokenRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/RevokeTokenRequest} [obj] instance to fill
     * @return {module:model/RevokeTokenRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new RevokeTokenRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'token')) {
                obj['token'] = ApiClient.convertToType(data['token'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'tokenTypeHint')) {
                obj['tokenTypeHint'] = ApiClient.convertToType(data['tokenTypeHint'], 'String');
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
     * Checks that decoded JSON has the shape of <code>RevokeTokenRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('RevokeTokenRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of RevokeTokenRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('RevokeTokenRequest: required field `' + property + '` is missing');
            }
        }
        if (data['token'] != null && typeof data['token'] !== 'string') {
            throw new Error('RevokeTokenRequest: field `token` must be a string but got ' + typeof data['token']);
        }
        if (data['tokenTypeHint'] != null && typeof data['tokenTypeHint'] !== 'string') {
            throw new Error('RevokeTokenRequest: field `tokenTypeHint` must be a string but got ' + typeof data['tokenTypeHint']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
RevokeTokenRequest.RequiredProperties = ['token'];

/**
 * The access or refresh token.
 * @member {String} token
 */
RevokeTokenRequest.prototype['token'] = undefined;

/**
 * Which kind of token `token` is, to speed up the lookup.
 * @member {module:model/RevokeTokenRequest.TokenTypeHintEnum} tokenTypeHint
 */
RevokeTokenRequest.prototype['tokenTypeHint'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(RevokeTokenRequest, 'token');


/**
 * Allowed values for the <code>tokenTypeHint</code> property.
 * @enum {String}
 * @readonly
 */
RevokeTokenRequest['TokenTypeHintEnum'] = {

    /**
     * value: "access_token"
     * @const
     */
    "access_token": "access_token",

    /**
     * value: "refresh_token"
     * @const
     */
    "refresh_token": "refresh_token"
};


export default RevokeTokenRequest;


