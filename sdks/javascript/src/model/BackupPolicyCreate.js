// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupDestination from './BackupDestination.js';
import BackupScopeItem from './BackupScopeItem.js';
import EncryptionSettings from './EncryptionSettings.js';
/**
 * BackupPolicyCreate: A new backup policy.
 * @module model/BackupPolicyCreate
 */
class BackupPolicyCreate {
    /**
     * Constructs a new <code>BackupPolicyCreate</code> from its required properties.
     * @param {String} name A human-readable name.
     * @param {String} schedule A five-field cron expression, in UTC.
     * @param {Number} retentionDays Backups older than this are deleted.
     * @param {module:model/BackupDestination} destination 
     * @param {Array.<module:model/BackupScopeItem>} scope What each backup holds.
     */
    constructor(name, schedule, retentionDays, destination, scope) {
        BackupPolicyCreate.initialize(this, name, schedule, retentionDays, destination, scope);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, name, schedule, retentionDays, destination, scope) {
        obj['name'] = name;
        obj['schedule'] = schedule;
        obj['retentionDays'] = retentionDays;
        obj['destination'] = destination;
        obj['scope'] = scope;
    }

    /**
     * Builds a <code>BackupPolicyCreate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/BackupPolicyCreate} [obj] instance to fill
     * @return {module:model/BackupPolicyCreate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new BackupPolicyCreate();
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
            if (Object.prototype.hasOwnProperty.call(data, 'destination')) {
                obj['destination'] = ApiClient.convertToType(data['destination'], BackupDestination);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'regions')) {
                obj['regions'] = ApiClient.convertToType(data['regions'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scope')) {
                obj['scope'] = ApiClient.convertToType(data['scope'], [BackupScopeItem]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'encryption')) {
                obj['encryption'] = ApiClient.convertToType(data['encryption'], EncryptionSettings);
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
     * Checks that decoded JSON has the shape of <code>BackupPolicyCreate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('BackupPolicyCreate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of BackupPolicyCreate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('BackupPolicyCreate: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('BackupPolicyCreate: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['schedule'] != null && typeof data['schedule'] !== 'string') {
            throw new Error('BackupPolicyCreate: field `schedule` must be a string but got ' + typeof data['schedule']);
        }
        if (data['destination'] != null) {
            BackupDestination.validateJSON(data['destination']);
        }
        if (data['regions'] != null) {
            if (!Array.isArray(data['regions'])) {
                throw new Error('BackupPolicyCreate: field `regions` must be an array but got ' + typeof data['regions']);
            }
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('BackupPolicyCreate: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['encryption'] != null) {
            EncryptionSettings.validateJSON(data['encryption']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
BackupPolicyCreate.RequiredProperties = ['name', 'schedule', 'retentionDays', 'destination', 'scope'];

/**
 * A human-readable name.
 * @member {String} name
 */
BackupPolicyCreate.prototype['name'] = undefined;

/**
 * Disabled policies make no backups.
 * @member {Boolean} enabled
 * Server default when not sent: true
 */
BackupPolicyCreate.prototype['enabled'] = undefined;

/**
 * A five-field cron expression, in UTC.
 * @member {String} schedule
 */
BackupPolicyCreate.prototype['schedule'] = undefined;

/**
 * Backups older than this are deleted.
 * @member {Number} retentionDays
 */
BackupPolicyCreate.prototype['retentionDays'] = undefined;

/**
 * @member {module:model/BackupDestination} destination
 */
BackupPolicyCreate.prototype['destination'] = undefined;

/**
 * The regions every backup is replicated to.
 * @member {Array.<String>} regions
 */
BackupPolicyCreate.prototype['regions'] = undefined;

/**
 * What each backup holds.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
BackupPolicyCreate.prototype['scope'] = undefined;

/**
 * @member {module:model/EncryptionSettings} encryption
 */
BackupPolicyCreate.prototype['encryption'] = undefined;



export default BackupPolicyCreate;


