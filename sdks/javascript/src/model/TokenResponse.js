// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * TokenResponse: An access token and the refresh token that renews it.
 * @module model/TokenResponse
 */
class TokenResponse {
    /**
     * Constructs a new <code>TokenResponse</code> from its required properties.
     * @param {String} accessToken The JWT access token.
     * @param {module:model/TokenResponse.TokenTypeEnum} tokenType Always `Bearer`.
     * @param {Number} expiresIn Seconds until the access token expires.
     */
    constructor(accessToken, tokenType, expiresIn) {
        TokenResponse.initialize(this, accessToken, tokenType, expiresIn);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, accessToken, tokenType, expiresIn) {
        obj['accessToken'] = accessToken;
        obj['tokenType'] = tokenType;
        obj['expiresIn'] = expiresIn;
    }

    /**
     * Builds a <code>TokenResponse</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/TokenResponse} [obj] instance to fill
     * @return {module:model/TokenResponse}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new TokenResponse();
            if (Object.prototype.hasOwnProperty.call(data, 'accessToken')) {
                obj['accessToken'] = ApiClient.convertToType(data['accessToken'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'tokenType')) {
                obj['tokenType'] = ApiClient.convertToType(data['tokenType'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'expiresIn')) {
                obj['expiresIn'] = ApiClient.convertToType(data['expiresIn'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'refreshToken')) {
                obj['refreshToken'] = ApiClient.convertToType(data['refreshToken'], 'String');
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
     * Checks that decoded JSON has the shape of <code>TokenResponse</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('TokenResponse: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of TokenResponse.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('TokenResponse: required field `' + property + '` is missing');
            }
        }
        if (data['accessToken'] != null && typeof data['accessToken'] !== 'string') {
            throw new Error('TokenResponse: field `accessToken` must be a string but got ' + typeof data['accessToken']);
        }
        if (data['tokenType'] != null && typeof data['tokenType'] !== 'string') {
            throw new Error('TokenResponse: field `tokenType` must be a string but got ' + typeof data['tokenType']);
        }
        if (data['refreshToken'] != null && typeof data['refreshToken'] !== 'string') {
            throw new Error('TokenResponse: field `refreshToken` must be a string but got ' + typeof data['refreshToken']);
        }
        if (data['scope'] != null && typeof data['scope'] !== 'string') {
            throw new Error('TokenResponse: field `scope` must be a string but got ' + typeof data['scope']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
TokenResponse.RequiredProperties = ['accessToken', 'tokenType', 'expiresIn'];

/**
 * The JWT access token.
 * @member {String} accessToken
 */
TokenResponse.prototype['accessToken'] = undefined;

/**
 * Always `Bearer`.
 * @member {module:model/TokenResponse.TokenTypeEnum} tokenType
 */
TokenResponse.prototype['tokenType'] = undefined;

/**
 * Seconds until the access token expires.
 * @member {Number} expiresIn
 */
TokenResponse.prototype['expiresIn'] = undefined;

/**
 * The single-use refresh token; `null` for the client-credentials grant.
 * @member {String} refreshToken
 */
TokenResponse.prototype['refreshToken'] = undefined;

/**
 * Space-separated permissions a token is limited to.
 * @member {String} scope
 */
TokenResponse.prototype['scope'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(TokenResponse, 'accessToken');

// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(TokenResponse, 'refreshToken');


/**
 * Allowed values for the <code>tokenType</code> property.
 * @enum {String}
 * @readonly
 */
TokenResponse['TokenTypeEnum'] = {

    /**
     * value: "Bearer"
     * @const
     */
    "Bearer": "Bearer"
};


export default TokenResponse;


