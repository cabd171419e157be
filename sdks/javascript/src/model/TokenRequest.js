// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ClientCredentialsGrant from './ClientCredentialsGrant.js';
import PasswordGrant from './PasswordGrant.js';

/**
 * The TokenRequest model module.
 * @module model/TokenRequest
 * @version 1.0.0
 */
class TokenRequest {
    /**
     * Constructs a new <code>TokenRequest</code>.
     * Credentials to exchange for tokens, by grant type.
     * @alias module:model/TokenRequest
     * @param {(module:model/ClientCredentialsGrant|module:model/PasswordGrant)} instance The actual instance to initialize TokenRequest.
     */
    constructor(instance = null) {
        if (instance === null) {
            this.actualInstance = null;
            return;
        }
        var match = 0;
        var errorMessages = [];
        // if discriminator exists, use it.
        if (instance && typeof instance === 'object' && instance['grantType'] !== undefined) {
            var discriminatorValue = instance['grantType'];
            switch (discriminatorValue) {
                case 'client_credentials':
                    try {
                        ClientCredentialsGrant.validateJSON(instance);
                        this.actualInstance = ClientCredentialsGrant.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct ClientCredentialsGrant using discriminator value 'client_credentials': " + err);
                    }
                case 'password':
                    try {
                        PasswordGrant.validateJSON(instance);
                        this.actualInstance = PasswordGrant.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct PasswordGrant using discriminator value 'password': " + err);
                    }
                default:
                    throw new Error("Unrecognized discriminator value '" + discriminatorValue + "' constructing `TokenRequest`. Expected one of: client_credentials, password.");
            }
        }
        // else try to construct using oneOf

        try {
            if (instance instanceof PasswordGrant) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                PasswordGrant.validateJSON(instance); // throw an exception if no match
                // create PasswordGrant from JS object
                this.actualInstance = PasswordGrant.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into PasswordGrant
            errorMessages.push("Failed to construct PasswordGrant: " + err)
        }

        try {
            if (instance instanceof ClientCredentialsGrant) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                ClientCredentialsGrant.validateJSON(instance); // throw an exception if no match
                // create ClientCredentialsGrant from JS object
                this.actualInstance = ClientCredentialsGrant.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into ClientCredentialsGrant
            errorMessages.push("Failed to construct ClientCredentialsGrant: " + err)
        }

        if (match > 1) {
            throw new Error("Multiple matches found constructing `TokenRequest` with oneOf schemas ClientCredentialsGrant, PasswordGrant. Input: " + JSON.stringify(instance));
        } else if (match === 0) {
            this.actualInstance = null; // clear the actual instance in case there are multiple matches
            throw new Error("No match found constructing `TokenRequest` with oneOf schemas ClientCredentialsGrant, PasswordGrant. Details: " +
                            errorMessages.join(", "));
        } else { // only 1 match
            // the input is valid
        }
    }

    /**
     * Constructs a <code>TokenRequest</code> from a plain JavaScript object, optionally creating a new instance.
     * Copies all relevant properties from <code>data</code> to <code>obj</code> if supplied or a new instance if not.
     * @param {Object} data The plain JavaScript object bearing properties of interest.
     * @param {module:model/TokenRequest} obj Optional instance to populate.
     * @return {module:model/TokenRequest} The populated <code>TokenRequest</code> instance.
     */
    static constructFromObject(data, obj) {
        return new TokenRequest(data);
    }

    /**
     * Gets the actual instance, which can be <code>ClientCredentialsGrant</code>, <code>PasswordGrant</code>.
     * @return {(module:model/ClientCredentialsGrant|module:model/PasswordGrant)} The actual instance.
     */
    getActualInstance() {
        return this.actualInstance;
    }

    /**
     * Sets the actual instance, which can be <code>ClientCredentialsGrant</code>, <code>PasswordGrant</code>.
     * @param {(module:model/ClientCredentialsGrant|module:model/PasswordGrant)} obj The actual instance.
     */
    setActualInstance(obj) {
       this.actualInstance = TokenRequest.constructFromObject(obj).getActualInstance();
    }

    /**
     * Returns the JSON representation of the actual instance.
     * @return {string}
     */
    toJSON = function(){
        return this.getActualInstance();
    }

    /**
     * Create an instance of TokenRequest from a JSON string.
     * @param {string} json_string JSON string.
     * @return {module:model/TokenRequest} An instance of TokenRequest.
     */
    static fromJSON = function(json_string){
        return TokenRequest.constructFromObject(JSON.parse(json_string));
    }
}

/**
 * Always `client_credentials`.
 * @member {module:model/TokenRequest.GrantTypeEnum} grantType
 */
TokenRequest.prototype['grantType'] = undefined;

/**
 * The user's email address.
 * @member {String} username
 */
TokenRequest.prototype['username'] = undefined;

/**
 * The user's password.
 * @member {String} password
 */
TokenRequest.prototype['password'] = undefined;

/**
 * Space-separated permissions a token is limited to.
 * @member {String} scope
 */
TokenRequest.prototype['scope'] = undefined;

/**
 * The client's ID.
 * @member {String} clientId
 */
TokenRequest.prototype['clientId'] = undefined;

/**
 * The client's secret.
 * @member {String} clientSecret
 */
TokenRequest.prototype['clientSecret'] = undefined;


TokenRequest.OneOf = ["ClientCredentialsGrant", "PasswordGrant"];

export default TokenRequest;

