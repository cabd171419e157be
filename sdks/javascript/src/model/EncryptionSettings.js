// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * EncryptionSettings: How backup data is encrypted at rest. Data is always encrypted with AES-256-GCM.
 * @module model/EncryptionSettings
 */
class EncryptionSettings {
    /**
     * Constructs a new <code>EncryptionSettings</code> from its required properties.
     * @param {module:model/EncryptionSettings.AlgorithmEnum} algorithm The cipher.
     * @param {module:model/EncryptionSettings.KeySourceEnum} keySource Who holds the key; `customer_managed` needs `kmsKeyId`.
     */
    constructor(algorithm, keySource) {
        EncryptionSettings.initialize(this, algorithm, keySource);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, algorithm, keySource) {
        obj['algorithm'] = algorithm;
        obj['keySource'] = keySource;
    }

    /**
     * Builds a <code>EncryptionSettings</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/EncryptionSettings} [obj] instance to fill
     * @return {module:model/EncryptionSettings}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new EncryptionSettings();
            if (Object.prototype.hasOwnProperty.call(data, 'algorithm')) {
                obj['algorithm'] = ApiClient.convertToType(data['algorithm'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'keySource')) {
                obj['keySource'] = ApiClient.convertToType(data['keySource'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'kmsKeyId')) {
                obj['kmsKeyId'] = ApiClient.convertToType(data['kmsKeyId'], 'String');
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
     * Checks that decoded JSON has the shape of <code>EncryptionSettings</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('EncryptionSettings: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of EncryptionSettings.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('EncryptionSettings: required field `' + property + '` is missing');
            }
        }
        if (data['algorithm'] != null && typeof data['algorithm'] !== 'string') {
            throw new Error('EncryptionSettings: field `algorithm` must be a string but got ' + typeof data['algorithm']);
        }
        if (data['keySource'] != null && typeof data['keySource'] !== 'string') {
            throw new Error('EncryptionSettings: field `keySource` must be a string but got ' + typeof data['keySource']);
        }
        if (data['kmsKeyId'] != null && typeof data['kmsKeyId'] !== 'string') {
            throw new Error('EncryptionSettings: field `kmsKeyId` must be a string but got ' + typeof data['kmsKeyId']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
EncryptionSettings.RequiredProperties = ['algorithm', 'keySource'];

/**
 * The cipher.
 * @member {module:model/EncryptionSettings.AlgorithmEnum} algorithm
 */
EncryptionSettings.prototype['algorithm'] = undefined;

/**
 * Who holds the key; `customer_managed` needs `kmsKeyId`.
 * @member {module:model/EncryptionSettings.KeySourceEnum} keySource
 */
EncryptionSettings.prototype['keySource'] = undefined;

/**
 * The customer's KMS key (ARN, Key Vault key URI or Cloud KMS key name).
 * @member {String} kmsKeyId
 */
EncryptionSettings.prototype['kmsKeyId'] = undefined;



/**
 * Allowed values for the <code>algorithm</code> property.
 * @enum {String}
 * @readonly
 */
EncryptionSettings['AlgorithmEnum'] = {

    /**
     * value: "AES-256-GCM"
     * @const
     */
    "AES-256-GCM": "AES-256-GCM"
};


/**
 * Allowed values for the <code>keySource</code> property.
 * @enum {String}
 * @readonly
 */
EncryptionSettings['KeySourceEnum'] = {

    /**
     * value: "platform_managed"
     * @const
     */
    "platform_managed": "platform_managed",

    /**
     * value: "customer_managed"
     * @const
     */
    "customer_managed": "customer_managed"
};


export default EncryptionSettings;


