// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupDestination from './BackupDestination.js';
import BackupScopeItem from './BackupScopeItem.js';
import EncryptionSettings from './EncryptionSettings.js';
/**
 * BackupCreate: A manual backup.
 * @module model/BackupCreate
 */
class BackupCreate {
    /**
     * Constructs a new <code>BackupCreate</code> from its required properties.
     * @param {module:model/BackupDestination} destination 
     * @param {Array.<module:model/BackupScopeItem>} scope What to back up.
     */
    constructor(destination, scope) {
        BackupCreate.initialize(this, destination, scope);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, destination, scope) {
        obj['destination'] = destination;
        obj['scope'] = scope;
    }

    /**
     * Builds a <code>BackupCreate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/BackupCreate} [obj] instance to fill
     * @return {module:model/BackupCreate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new BackupCreate();
            if (Object.prototype.hasOwnProperty.call(data, 'destination')) {
                obj['destination'] = ApiClient.convertToType(data['destination'], BackupDestination);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scope')) {
                obj['scope'] = ApiClient.convertToType(data['scope'], [BackupScopeItem]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'regions')) {
                obj['regions'] = ApiClient.convertToType(data['regions'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'encryption')) {
                obj['encryption'] = ApiClient.convertToType(data['encryption'], EncryptionSettings);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
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
     * Checks that decoded JSON has the shape of <code>BackupCreate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('BackupCreate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of BackupCreate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('BackupCreate: required field `' + property + '` is missing');
            }
        }
        if (data['destination'] != null) {
            BackupDestination.validateJSON(data['destination']);
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('BackupCreate: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['regions'] != null) {
            if (!Array.isArray(data['regions'])) {
                throw new Error('BackupCreate: field `regions` must be an array but got ' + typeof data['regions']);
            }
        }
        if (data['encryption'] != null) {
            EncryptionSettings.validateJSON(data['encryption']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('BackupCreate: field `description` must be a string but got ' + typeof data['description']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
BackupCreate.RequiredProperties = ['destination', 'scope'];

/**
 * @member {module:model/BackupDestination} destination
 */
BackupCreate.prototype['destination'] = undefined;

/**
 * What to back up.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
BackupCreate.prototype['scope'] = undefined;

/**
 * Regions to replicate the backup to.
 * @member {Array.<String>} regions
 */
BackupCreate.prototype['regions'] = undefined;

/**
 * @member {module:model/EncryptionSettings} encryption
 */
BackupCreate.prototype['encryption'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
BackupCreate.prototype['description'] = undefined;



export default BackupCreate;


