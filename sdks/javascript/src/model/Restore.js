// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupScopeItem from './BackupScopeItem.js';
import BackupStatus from './BackupStatus.js';
/**
 * Restore: A restore from a backup.
 * @module model/Restore
 */
class Restore {
    /**
     * Constructs a new <code>Restore</code> from its required properties.
     * @param {String} id A restore ID.
     * @param {String} backupId A backup ID.
     * @param {module:model/BackupStatus} status 
     * @param {Array.<module:model/BackupScopeItem>} scope What is restored.
     * @param {String} targetRegion The region restored into.
     * @param {Boolean} dryRun Whether this is a dry run.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} completedAt When the restore reached a terminal status.
     */
    constructor(id, backupId, status, scope, targetRegion, dryRun, createdAt, completedAt) {
        Restore.initialize(this, id, backupId, status, scope, targetRegion, dryRun, createdAt, completedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, backupId, status, scope, targetRegion, dryRun, createdAt, completedAt) {
        obj['id'] = id;
        obj['backupId'] = backupId;
        obj['status'] = status;
        obj['scope'] = scope;
        obj['targetRegion'] = targetRegion;
        obj['dryRun'] = dryRun;
        obj['createdAt'] = createdAt;
        obj['completedAt'] = completedAt;
    }

    /**
     * Builds a <code>Restore</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Restore} [obj] instance to fill
     * @return {module:model/Restore}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Restore();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'backupId')) {
                obj['backupId'] = ApiClient.convertToType(data['backupId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = BackupStatus.constructFromObject(data['status']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'scope')) {
                obj['scope'] = ApiClient.convertToType(data['scope'], [BackupScopeItem]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'targetRegion')) {
                obj['targetRegion'] = ApiClient.convertToType(data['targetRegion'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'dryRun')) {
                obj['dryRun'] = ApiClient.convertToType(data['dryRun'], 'Boolean');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'completedAt')) {
                obj['completedAt'] = ApiClient.convertToType(data['completedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>Restore</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Restore: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Restore.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Restore: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Restore: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['backupId'] != null && typeof data['backupId'] !== 'string') {
            throw new Error('Restore: field `backupId` must be a string but got ' + typeof data['backupId']);
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('Restore: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['targetRegion'] != null && typeof data['targetRegion'] !== 'string') {
            throw new Error('Restore: field `targetRegion` must be a string but got ' + typeof data['targetRegion']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Restore.RequiredProperties = ['id', 'backupId', 'status', 'scope', 'targetRegion', 'dryRun', 'createdAt', 'completedAt'];

/**
 * A restore ID.
 * @member {String} id
 */
Restore.prototype['id'] = undefined;

/**
 * A backup ID.
 * @member {String} backupId
 */
Restore.prototype['backupId'] = undefined;

/**
 * @member {module:model/BackupStatus} status
 */
Restore.prototype['status'] = undefined;

/**
 * What is restored.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
Restore.prototype['scope'] = undefined;

/**
 * The region restored into.
 * @member {String} targetRegion
 */
Restore.prototype['targetRegion'] = undefined;

/**
 * Whether this is a dry run.
 * @member {Boolean} dryRun
 */
Restore.prototype['dryRun'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
Restore.prototype['createdAt'] = undefined;

/**
 * When the restore reached a terminal status.
 * @member {Date} completedAt
 */
Restore.prototype['completedAt'] = undefined;



export default Restore;


