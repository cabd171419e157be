// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * BackupPolicyUpdate: Changes to a backup policy; fields left out are unchanged.
 * @module model/BackupPolicyUpdate
 */
class BackupPolicyUpdate {
    /**
     * Constructs a new <code>BackupPolicyUpdate</code> from its required properties.
     */
    constructor() {
        BackupPolicyUpdate.initialize(this);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj) {
    }

    /**
     * Builds a <code>BackupPolicyUpdate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/BackupPolicyUpdate} [obj] instance to fill
     * @return {module:model/BackupPolicyUpdate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new BackupPolicyUpdate();
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'enabled')) {
                obj['enabled'] = ApiClient.convertToType(data['enabled'], 'Boolean');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'schedule')) {
                obj['schedule'] = ApiClient.convertToType(data['schedule'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'retentionDays')) {
                obj['retentionDays'] = ApiClient.convertToType(data['retentionDays'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'regions')) {
                obj['regions'] = ApiClient.convertToType(data['regions'], ['String']);
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
     * Checks that decoded JSON has the shape of <code>BackupPolicyUpdate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('BackupPolicyUpdate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of BackupPolicyUpdate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('BackupPolicyUpdate: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('BackupPolicyUpdate: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['schedule'] != null && typeof data['schedule'] !== 'string') {
            throw new Error('BackupPolicyUpdate: field `schedule` must be a string but got ' + typeof data['schedule']);
        }
        if (data['regions'] != null) {
            if (!Array.isArray(data['regions'])) {
                throw new Error('BackupPolicyUpdate: field `regions` must be an array but got ' + typeof data['regions']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
BackupPolicyUpdate.RequiredProperties = [];

/**
 * A human-readable name.
 * @member {String} name
 */
BackupPolicyUpdate.prototype['name'] = undefined;

/**
 * Disabled policies make no backups.
 * @member {Boolean} enabled
 */
BackupPolicyUpdate.prototype['enabled'] = undefined;

/**
 * A five-field cron expression, in UTC.
 * @member {String} schedule
 */
BackupPolicyUpdate.prototype['schedule'] = undefined;

/**
 * Backups older than this are deleted.
 * @member {Number} retentionDays
 */
BackupPolicyUpdate.prototype['retentionDays'] = undefined;

/**
 * The regions every backup is replicated to.
 * @member {Array.<String>} regions
 */
BackupPolicyUpdate.prototype['regions'] = undefined;



export default BackupPolicyUpdate;


