// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * RefreshTokenRequest: A refresh token to exchange.
 * @module model/RefreshTokenRequest
 */
class RefreshTokenRequest {
    /**
     * Constructs a new <code>RefreshTokenRequest</code> from its required properties.
     * @param {String} refreshToken The refresh token from the last token response.
     */
    constructor(refreshToken) {
        RefreshTokenRequest.initialize(this, refreshToken);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, refreshToken) {
        obj['refreshToken'] = refreshToken;
    }

    /**
     * Builds a <code>RefreshTokenRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/RefreshTokenRequest} [obj] instance to fill
     * @return {module:model/RefreshTokenRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new RefreshTokenRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'refreshToken')) {
                obj['refreshToken'] = ApiClient.convertToType(data['refreshToken'], 'String');
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
     * Checks that decoded JSON has the shape of <code>RefreshTokenRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('RefreshTokenRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of RefreshTokenRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('RefreshTokenRequest: required field `' + property + '` is missing');
            }
        }
        if (data['refreshToken'] != null && typeof data['refreshToken'] !== 'string') {
            throw new Error('RefreshTokenRequest: field `refreshToken` must be a string but got ' + typeof data['refreshToken']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
RefreshTokenRequest.RequiredProperties = ['refreshToken'];

/**
 * The refresh token from the last token response.
 * @member {String} refreshToken
 */
RefreshTokenRequest.prototype['refreshToken'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(RefreshTokenRequest, 'refreshToken');


export default RefreshTokenRequest;


