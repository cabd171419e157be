// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupDestination from './BackupDestination.js';
import BackupScopeItem from './BackupScopeItem.js';
import EncryptionSettings from './EncryptionSettings.js';
/**
 * BackupPolicy: A schedule of recurring backups.
 * @module model/BackupPolicy
 */
class BackupPolicy {
    /**
     * Constructs a new <code>BackupPolicy</code> from its required properties.
     * @param {String} id A backup policy ID.
     * @param {String} name A human-readable name.
     * @param {Boolean} enabled Disabled policies make no backups.
     * @param {String} schedule A five-field cron expression, in UTC.
     * @param {Number} retentionDays Backups older than this are deleted.
     * @param {module:model/BackupDestination} destination 
     * @param {Array.<String>} regions The regions every backup is replicated to (cross-region redundancy).
     * @param {Array.<module:model/BackupScopeItem>} scope What each backup holds.
     * @param {module:model/EncryptionSettings} encryption 
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} updatedAt An RFC 3339 date-time in UTC.
     */
    constructor(id, name, enabled, schedule, retentionDays, destination, regions, scope, encryption, createdAt, updatedAt) {
        BackupPolicy.initialize(this, id, name, enabled, schedule, retentionDays, destination, regions, scope, encryption, createdAt, updatedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, name, enabled, schedule, retentionDays, destination, regions, scope, encryption, createdAt, updatedAt) {
        obj['id'] = id;
        obj['name'] = name;
        obj['enabled'] = enabled;
        obj['schedule'] = schedule;
        obj['retentionDays'] = retentionDays;
        obj['destination'] = destination;
        obj['regions'] = regions;
        obj['scope'] = scope;
        obj['encryption'] = encryption;
        obj['createdAt'] = createdAt;
        obj['updatedAt'] = updatedAt;
    }

    /**
     * Builds a <code>BackupPolicy</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/BackupPolicy} [obj] instance to fill
     * @return {module:model/BackupPolicy}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new BackupPolicy();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
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
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'updatedAt')) {
                obj['updatedAt'] = ApiClient.convertToType(data['updatedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>BackupPolicy</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('BackupPolicy: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of BackupPolicy.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('BackupPolicy: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('BackupPolicy: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('BackupPolicy: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['schedule'] != null && typeof data['schedule'] !== 'string') {
            throw new Error('BackupPolicy: field `schedule` must be a string but got ' + typeof data['schedule']);
        }
        if (data['destination'] != null) {
            BackupDestination.validateJSON(data['destination']);
        }
        if (data['regions'] != null) {
            if (!Array.isArray(data['regions'])) {
                throw new Error('BackupPolicy: field `regions` must be an array but got ' + typeof data['regions']);
            }
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('BackupPolicy: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['encryption'] != null) {
            EncryptionSettings.validateJSON(data['encryption']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
BackupPolicy.RequiredProperties = ['id', 'name', 'enabled', 'schedule', 'retentionDays', 'destination', 'regions', 'scope', 'encryption', 'createdAt', 'updatedAt'];

/**
 * A backup policy ID.
 * @member {String} id
 */
BackupPolicy.prototype['id'] = undefined;

/**
 * A human-readable name.
 * @member {String} name
 */
BackupPolicy.prototype['name'] = undefined;

/**
 * Disabled policies make no backups.
 * @member {Boolean} enabled
 */
BackupPolicy.prototype['enabled'] = undefined;

/**
 * A five-field cron expression, in UTC.
 * @member {String} schedule
 */
BackupPolicy.prototype['schedule'] = undefined;

/**
 * Backups older than this are deleted.
 * @member {Number} retentionDays
 */
BackupPolicy.prototype['retentionDays'] = undefined;

/**
 * @member {module:model/BackupDestination} destination
 */
BackupPolicy.prototype['destination'] = undefined;

/**
 * The regions every backup is replicated to (cross-region redundancy).
 * @member {Array.<String>} regions
 */
BackupPolicy.prototype['regions'] = undefined;

/**
 * What each backup holds.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
BackupPolicy.prototype['scope'] = undefined;

/**
 * @member {module:model/EncryptionSettings} encryption
 */
BackupPolicy.prototype['encryption'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
BackupPolicy.prototype['createdAt'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} updatedAt
 */
BackupPolicy.prototype['updatedAt'] = undefined;



export default BackupPolicy;


