// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * ClientCredentialsGrant: A service client's ID and secret.
 * @module model/ClientCredentialsGrant
 */
class ClientCredentialsGrant {
    /**
     * Constructs a new <code>ClientCredentialsGrant</code> from its required properties.
     * @param {module:model/ClientCredentialsGrant.GrantTypeEnum} grantType Always `client_credentials`.
     * @param {String} clientId The client's ID.
     * @param {String} clientSecret The client's secret.
     */
    constructor(grantType, clientId, clientSecret) {
        ClientCredentialsGrant.initialize(this, grantType, clientId, clientSecret);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, grantType, clientId, clientSecret) {
        obj['grantType'] = grantType;
        obj['clientId'] = clientId;
        obj['clientSecret'] = clientSecret;
    }

    /**
     * Builds a <code>ClientCredentialsGrant</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ClientCredentialsGrant} [obj] instance to fill
     * @return {module:model/ClientCredentialsGrant}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ClientCredentialsGrant();
            if (Object.prototype.hasOwnProperty.call(data, 'grantType')) {
                obj['grantType'] = ApiClient.convertToType(data['grantType'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'clientId')) {
                obj['clientId'] = ApiClient.convertToType(data['clientId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'clientSecret')) {
                obj['clientSecret'] = ApiClient.convertToType(data['clientSecret'], 'String');
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
     * Checks that decoded JSON has the shape of <code>ClientCredentialsGrant</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ClientCredentialsGrant: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ClientCredentialsGrant.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ClientCredentialsGrant: required field `' + property + '` is missing');
            }
        }
        if (data['grantType'] != null && typeof data['grantType'] !== 'string') {
            throw new Error('ClientCredentialsGrant: field `grantType` must be a string but got ' + typeof data['grantType']);
        }
        if (data['clientId'] != null && typeof data['clientId'] !== 'string') {
            throw new Error('ClientCredentialsGrant: field `clientId` must be a string but got ' + typeof data['clientId']);
        }
        if (data['clientSecret'] != null && typeof data['clientSecret'] !== 'string') {
            throw new Error('ClientCredentialsGrant: field `clientSecret` must be a string but got ' + typeof data['clientSecret']);
        }
        if (data['scope'] != null && typeof data['scope'] !== 'string') {
            throw new Error('ClientCredentialsGrant: field `scope` must be a string but got ' + typeof data['scope']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ClientCredentialsGrant.RequiredProperties = ['grantType', 'clientId', 'clientSecret'];

/**
 * Always `client_credentials`.
 * @member {module:model/ClientCredentialsGrant.GrantTypeEnum} grantType
 */
ClientCredentialsGrant.prototype['grantType'] = undefined;

/**
 * The client's ID.
 * @member {String} clientId
 */
ClientCredentialsGrant.prototype['clientId'] = undefined;

/**
 * The client's secret.
 * @member {String} clientSecret
 */
ClientCredentialsGrant.prototype['clientSecret'] = undefined;

/**
 * Space-separated permissions a token is limited to.
 * @member {String} scope
 */
ClientCredentialsGrant.prototype['scope'] = undefined;


// R5.5: a `format: password` property is readable as usual but shows as [REDACTED] when printed.
maskSecretProperty(ClientCredentialsGrant, 'clientSecret');


/**
 * Allowed values for the <code>grantType</code> property.
 * @enum {String}
 * @readonly
 */
ClientCredentialsGrant['GrantTypeEnum'] = {

    /**
     * value: "client_credentials"
     * @const
     */
    "client_credentials": "client_credentials"
};


export default ClientCredentialsGrant;


