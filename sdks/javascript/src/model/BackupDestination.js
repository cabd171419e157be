// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import AwsS3Destination from './AwsS3Destination.js';
import AzureBlobDestination from './AzureBlobDestination.js';
import GcsDestination from './GcsDestination.js';

/**
 * The BackupDestination model module.
 * @module model/BackupDestination
 * @version 1.0.0
 */
class BackupDestination {
    /**
     * Constructs a new <code>BackupDestination</code>.
     * Where a backup is written, by cloud &#x60;provider&#x60;.
     * @alias module:model/BackupDestination
     * @param {(module:model/AwsS3Destination|module:model/AzureBlobDestination|module:model/GcsDestination)} instance The actual instance to initialize BackupDestination.
     */
    constructor(instance = null) {
        if (instance === null) {
            this.actualInstance = null;
            return;
        }
        var match = 0;
        var errorMessages = [];
        // if discriminator exists, use it.
        if (instance && typeof instance === 'object' && instance['provider'] !== undefined) {
            var discriminatorValue = instance['provider'];
            switch (discriminatorValue) {
                case 'aws_s3':
                    try {
                        AwsS3Destination.validateJSON(instance);
                        this.actualInstance = AwsS3Destination.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct AwsS3Destination using discriminator value 'aws_s3': " + err);
                    }
                case 'azure_blob':
                    try {
                        AzureBlobDestination.validateJSON(instance);
                        this.actualInstance = AzureBlobDestination.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct AzureBlobDestination using discriminator value 'azure_blob': " + err);
                    }
                case 'gcs':
                    try {
                        GcsDestination.validateJSON(instance);
                        this.actualInstance = GcsDestination.constructFromObject(instance);
                        return;
                    } catch(err) {
                        throw new Error("Failed to construct GcsDestination using discriminator value 'gcs': " + err);
                    }
                default:
                    throw new Error("Unrecognized discriminator value '" + discriminatorValue + "' constructing `BackupDestination`. Expected one of: aws_s3, azure_blob, gcs.");
            }
        }
        // else try to construct using oneOf

        try {
            if (instance instanceof AwsS3Destination) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                AwsS3Destination.validateJSON(instance); // throw an exception if no match
                // create AwsS3Destination from JS object
                this.actualInstance = AwsS3Destination.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into AwsS3Destination
            errorMessages.push("Failed to construct AwsS3Destination: " + err)
        }

        try {
            if (instance instanceof AzureBlobDestination) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                AzureBlobDestination.validateJSON(instance); // throw an exception if no match
                // create AzureBlobDestination from JS object
                this.actualInstance = AzureBlobDestination.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into AzureBlobDestination
            errorMessages.push("Failed to construct AzureBlobDestination: " + err)
        }

        try {
            if (instance instanceof GcsDestination) {
                this.actualInstance = instance;
            } else {
                // plain JS object
                // validate the object
                GcsDestination.validateJSON(instance); // throw an exception if no match
                // create GcsDestination from JS object
                this.actualInstance = GcsDestination.constructFromObject(instance);
            }
            match++;
        } catch(err) {
            // json data failed to deserialize into GcsDestination
            errorMessages.push("Failed to construct GcsDestination: " + err)
        }

        if (match > 1) {
            throw new Error("Multiple matches found constructing `BackupDestination` with oneOf schemas AwsS3Destination, AzureBlobDestination, GcsDestination. Input: " + JSON.stringify(instance));
        } else if (match === 0) {
            this.actualInstance = null; // clear the actual instance in case there are multiple matches
            throw new Error("No match found constructing `BackupDestination` with oneOf schemas AwsS3Destination, AzureBlobDestination, GcsDestination. Details: " +
                            errorMessages.join(", "));
        } else { // only 1 match
            // the input is valid
        }
    }

    /**
     * Constructs a <code>BackupDestination</code> from a plain JavaScript object, optionally creating a new instance.
     * Copies all relevant properties from <code>data</code> to <code>obj</code> if supplied or a new instance if not.
     * @param {Object} data The plain JavaScript object bearing properties of interest.
     * @param {module:model/BackupDestination} obj Optional instance to populate.
     * @return {module:model/BackupDestination} The populated <code>BackupDestination</code> instance.
     */
    static constructFromObject(data, obj) {
        return new BackupDestination(data);
    }

    /**
     * Gets the actual instance, which can be <code>AwsS3Destination</code>, <code>AzureBlobDestination</code>, <code>GcsDestination</code>.
     * @return {(module:model/AwsS3Destination|module:model/AzureBlobDestination|module:model/GcsDestination)} The actual instance.
     */
    getActualInstance() {
        return this.actualInstance;
    }

    /**
     * Sets the actual instance, which can be <code>AwsS3Destination</code>, <code>AzureBlobDestination</code>, <code>GcsDestination</code>.
     * @param {(module:model/AwsS3Destination|module:model/AzureBlobDestination|module:model/GcsDestination)} obj The actual instance.
     */
    setActualInstance(obj) {
       this.actualInstance = BackupDestination.constructFromObject(obj).getActualInstance();
    }

    /**
     * Returns the JSON representation of the actual instance.
     * @return {string}
     */
    toJSON = function(){
        return this.getActualInstance();
    }

    /**
     * Create an instance of BackupDestination from a JSON string.
     * @param {string} json_string JSON string.
     * @return {module:model/BackupDestination} An instance of BackupDestination.
     */
    static fromJSON = function(json_string){
        return BackupDestination.constructFromObject(JSON.parse(json_string));
    }
}

/**
 * Always `gcs`.
 * @member {module:model/BackupDestination.ProviderEnum} provider
 */
BackupDestination.prototype['provider'] = undefined;

/**
 * The bucket name.
 * @member {String} bucket
 */
BackupDestination.prototype['bucket'] = undefined;

/**
 * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
 * @member {String} region
 */
BackupDestination.prototype['region'] = undefined;

/**
 * A key prefix inside the bucket or container.
 * @member {String} prefix
 */
BackupDestination.prototype['prefix'] = undefined;

/**
 * The storage account name.
 * @member {String} storageAccount
 */
BackupDestination.prototype['storageAccount'] = undefined;

/**
 * The container name.
 * @member {String} container
 */
BackupDestination.prototype['container'] = undefined;

/**
 * A cloud provider region, for example `eu-west-1`, `westeurope` or `europe-west4`.
 * @member {String} location
 */
BackupDestination.prototype['location'] = undefined;


BackupDestination.OneOf = ["AwsS3Destination", "AzureBlobDestination", "GcsDestination"];

export default BackupDestination;

