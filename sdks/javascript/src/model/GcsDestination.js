// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * GcsDestination: A Google Cloud Storage bucket.
 * @module model/GcsDestination
 */
class GcsDestination {
    /**
     * Constructs a new <code>GcsDestination</code> from its required properties.
     * @param {module:model/GcsDestination.ProviderEnum} provider Always `gcs`.
     * @param {String} bucket The bucket name.
     */
    constructor(provider, bucket) {
        GcsDestination.initialize(this, provider, bucket);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, provider, bucket) {
        obj['provider'] = provider;
        obj['bucket'] = bucket;
    }

    /**
     * Builds a <code>GcsDestination</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/GcsDestination} [obj] instance to fill
     * @return {module:model/GcsDestination}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new GcsDestination();
            if (Object.prototype.hasOwnProperty.call(data, 'provider')) {
                obj['provider'] = ApiClient.convertToType(data['provider'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'bucket')) {
                obj['bucket'] = ApiClient.convertToType(data['bucket'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'location')) {
                obj['location'] = ApiClient.convertToType(data['location'], 'String');
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
     * Checks that decoded JSON has the shape of <code>GcsDestination</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('GcsDestination: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of GcsDestination.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('GcsDestination: required field `' + property + '` is missing');
            }
        }
        if (data['provider'] != null && typeof data['provider'] !== 'string') {
            throw new Error('GcsDestination: field `provider` must be a string but got ' + typeof data['provider']);
        }
        if (data['bucket'] != null && typeof data['bucket'] !== 'string') {
            throw new Error('GcsDestination: field `bucket` must be a string but got ' + typeof data['bucket']);
        }
        if (data['location'] != null && typeof data['location'] !== 'string') {
            throw new Error('GcsDestination: field `location` must be a string but got ' + typeof data['location']);
        }
        if (data['prefix'] != null && typeof data['prefix'] !== 'string') {
            throw new Error('GcsDestination: field `prefix` must be a string but got ' + typeof data['prefix']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
GcsDestination.RequiredProperties = ['provider', 'bucket'];

/**
 * Always `gcs`.
 * @member {module:model/GcsDestination.ProviderEnum} provider
 */
GcsDestination.prototype['provider'] = undefined;

/**
 * The bucket name.
 * @member {String} bucket
 */
GcsDestination.prototype['bucket'] = undefined;

/**
 * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
 * @member {String} location
 */
GcsDestination.prototype['location'] = undefined;

/**
 * A key prefix inside the bucket or container.
 * @member {String} prefix
 */
GcsDestination.prototype['prefix'] = undefined;



/**
 * Allowed values for the <code>provider</code> property.
 * @enum {String}
 * @readonly
 */
GcsDestination['ProviderEnum'] = {

    /**
     * value: "gcs"
     * @const
     */
    "gcs": "gcs"
};


export default GcsDestination;


