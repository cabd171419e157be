// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * AzureBlobDestination: An Azure Blob Storage container.
 * @module model/AzureBlobDestination
 */
class AzureBlobDestination {
    /**
     * Constructs a new <code>AzureBlobDestination</code> from its required properties.
     * @param {module:model/AzureBlobDestination.ProviderEnum} provider Always `azure_blob`.
     * @param {String} storageAccount The storage account name.
     * @param {String} container The container name.
     */
    constructor(provider, storageAccount, container) {
        AzureBlobDestination.initialize(this, provider, storageAccount, container);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, provider, storageAccount, container) {
        obj['provider'] = provider;
        obj['storageAccount'] = storageAccount;
        obj['container'] = container;
    }

    /**
     * Builds a <code>AzureBlobDestination</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/AzureBlobDestination} [obj] instance to fill
     * @return {module:model/AzureBlobDestination}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new AzureBlobDestination();
            if (Object.prototype.hasOwnProperty.call(data, 'provider')) {
                obj['provider'] = ApiClient.convertToType(data['provider'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'storageAccount')) {
                obj['storageAccount'] = ApiClient.convertToType(data['storageAccount'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'container')) {
                obj['container'] = ApiClient.convertToType(data['container'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'prefix')) {
                obj['prefix'] = ApiClient.convertToType(data['prefix'], 'String');
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
     * Checks that decoded JSON has the shape of <code>AzureBlobDestination</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('AzureBlobDestination: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of AzureBlobDestination.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('AzureBlobDestination: required field `' + property + '` is missing');
            }
        }
        if (data['provider'] != null && typeof data['provider'] !== 'string') {
            throw new Error('AzureBlobDestination: field `provider` must be a string but got ' + typeof data['provider']);
        }
        if (data['storageAccount'] != null && typeof data['storageAccount'] !== 'string') {
            throw new Error('AzureBlobDestination: field `storageAccount` must be a string but got ' + typeof data['storageAccount']);
        }
        if (data['container'] != null && typeof data['container'] !== 'string') {
            throw new Error('AzureBlobDestination: field `container` must be a string but got ' + typeof data['container']);
        }
        if (data['prefix'] != null && typeof data['prefix'] !== 'string') {
            throw new Error('AzureBlobDestination: field `prefix` must be a string but got ' + typeof data['prefix']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
AzureBlobDestination.RequiredProperties = ['provider', 'storageAccount', 'container'];

/**
 * Always `azure_blob`.
 * @member {module:model/AzureBlobDestination.ProviderEnum} provider
 */
AzureBlobDestination.prototype['provider'] = undefined;

/**
 * The storage account name.
 * @member {String} storageAccount
 */
AzureBlobDestination.prototype['storageAccount'] = undefined;

/**
 * The container name.
 * @member {String} container
 */
AzureBlobDestination.prototype['container'] = undefined;

/**
 * A key prefix inside the bucket or container.
 * @member {String} prefix
 */
AzureBlobDestination.prototype['prefix'] = undefined;



/**
 * Allowed values for the <code>provider</code> property.
 * @enum {String}
 * @readonly
 */
AzureBlobDestination['ProviderEnum'] = {

    /**
     * value: "azure_blob"
     * @const
     */
    "azure_blob": "azure_blob"
};


export default AzureBlobDestination;


