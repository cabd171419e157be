// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * AwsS3Destination: An Amazon S3 bucket.
 * @module model/AwsS3Destination
 */
class AwsS3Destination {
    /**
     * Constructs a new <code>AwsS3Destination</code> from its required properties.
     * @param {module:model/AwsS3Destination.ProviderEnum} provider Always `aws_s3`.
     * @param {String} bucket The bucket name.
     * @param {String} region A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
     */
    constructor(provider, bucket, region) {
        AwsS3Destination.initialize(this, provider, bucket, region);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, provider, bucket, region) {
        obj['provider'] = provider;
        obj['bucket'] = bucket;
        obj['region'] = region;
    }

    /**
     * Builds a <code>AwsS3Destination</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/AwsS3Destination} [obj] instance to fill
     * @return {module:model/AwsS3Destination}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new AwsS3Destination();
            if (Object.prototype.hasOwnProperty.call(data, 'provider')) {
                obj['provider'] = ApiClient.convertToType(data['provider'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'bucket')) {
                obj['bucket'] = ApiClient.convertToType(data['bucket'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'region')) {
                obj['region'] = ApiClient.convertToType(data['region'], 'String');
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
     * Checks that decoded JSON has the shape of <code>AwsS3Destination</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('AwsS3Destination: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of AwsS3Destination.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('AwsS3Destination: required field `' + property + '` is missing');
            }
        }
        if (data['provider'] != null && typeof data['provider'] !== 'string') {
            throw new Error('AwsS3Destination: field `provider` must be a string but got ' + typeof data['provider']);
        }
        if (data['bucket'] != null && typeof data['bucket'] !== 'string') {
            throw new Error('AwsS3Destination: field `bucket` must be a string but got ' + typeof data['bucket']);
        }
        if (data['region'] != null && typeof data['region'] !== 'string') {
            throw new Error('AwsS3Destination: field `region` must be a string but got ' + typeof data['region']);
        }
        if (data['prefix'] != null && typeof data['prefix'] !== 'string') {
            throw new Error('AwsS3Destination: field `prefix` must be a string but got ' + typeof data['prefix']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
AwsS3Destination.RequiredProperties = ['provider', 'bucket', 'region'];

/**
 * Always `aws_s3`.
 * @member {module:model/AwsS3Destination.ProviderEnum} provider
 */
AwsS3Destination.prototype['provider'] = undefined;

/**
 * The bucket name.
 * @member {String} bucket
 */
AwsS3Destination.prototype['bucket'] = undefined;

/**
 * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
 * @member {String} region
 */
AwsS3Destination.prototype['region'] = undefined;

/**
 * A key prefix inside the bucket or container.
 * @member {String} prefix
 */
AwsS3Destination.prototype['prefix'] = undefined;



/**
 * Allowed values for the <code>provider</code> property.
 * @enum {String}
 * @readonly
 */
AwsS3Destination['ProviderEnum'] = {

    /**
     * value: "aws_s3"
     * @const
     */
    "aws_s3": "aws_s3"
};


export default AwsS3Destination;


