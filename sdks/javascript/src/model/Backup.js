// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupDestination from './BackupDestination.js';
import BackupScopeItem from './BackupScopeItem.js';
import BackupStatus from './BackupStatus.js';
import EncryptionSettings from './EncryptionSettings.js';
/**
 * Backup: An encrypted backup.
 * @module model/Backup
 */
class Backup {
    /**
     * Constructs a new <code>Backup</code> from its required properties.
     * @param {String} id A backup ID.
     * @param {module:model/BackupStatus} status 
     * @param {module:model/BackupDestination} destination 
     * @param {Array.<module:model/BackupScopeItem>} scope What the backup holds.
     * @param {Array.<String>} regions The regions the backup is replicated to.
     * @param {module:model/EncryptionSettings} encryption 
     * @param {String} policyId The policy that made the backup; `null` for a manual one.
     * @param {Number} sizeBytes Size once completed.
     * @param {String} checksumSha256 SHA-256 of the encrypted archive, once completed.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} completedAt When the backup reached a terminal status.
     */
    constructor(id, status, destination, scope, regions, encryption, policyId, sizeBytes, checksumSha256, createdAt, completedAt) {
        Backup.initialize(this, id, status, destination, scope, regions, encryption, policyId, sizeBytes, checksumSha256, createdAt, completedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, status, destination, scope, regions, encryption, policyId, sizeBytes, checksumSha256, createdAt, completedAt) {
        obj['id'] = id;
        obj['status'] = status;
        obj['destination'] = destination;
        obj['scope'] = scope;
        obj['regions'] = regions;
        obj['encryption'] = encryption;
        obj['policyId'] = policyId;
        obj['sizeBytes'] = sizeBytes;
        obj['checksumSha256'] = checksumSha256;
        obj['createdAt'] = createdAt;
        obj['completedAt'] = completedAt;
    }

    /**
     * Builds a <code>Backup</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Backup} [obj] instance to fill
     * @return {module:model/Backup}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Backup();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = BackupStatus.constructFromObject(data['status']);
            }
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
            if (Object.prototype.hasOwnProperty.call(data, 'policyId')) {
                obj['policyId'] = ApiClient.convertToType(data['policyId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'sizeBytes')) {
                obj['sizeBytes'] = ApiClient.convertToType(data['sizeBytes'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'checksumSha256')) {
                obj['checksumSha256'] = ApiClient.convertToType(data['checksumSha256'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
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
     * Checks that decoded JSON has the shape of <code>Backup</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Backup: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Backup.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Backup: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Backup: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['destination'] != null) {
            BackupDestination.validateJSON(data['destination']);
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('Backup: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['regions'] != null) {
            if (!Array.isArray(data['regions'])) {
                throw new Error('Backup: field `regions` must be an array but got ' + typeof data['regions']);
            }
        }
        if (data['encryption'] != null) {
            EncryptionSettings.validateJSON(data['encryption']);
        }
        if (data['policyId'] != null && typeof data['policyId'] !== 'string') {
            throw new Error('Backup: field `policyId` must be a string but got ' + typeof data['policyId']);
        }
        if (data['checksumSha256'] != null && typeof data['checksumSha256'] !== 'string') {
            throw new Error('Backup: field `checksumSha256` must be a string but got ' + typeof data['checksumSha256']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('Backup: field `description` must be a string but got ' + typeof data['description']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Backup.RequiredProperties = ['id', 'status', 'destination', 'scope', 'regions', 'encryption', 'policyId', 'sizeBytes', 'checksumSha256', 'createdAt', 'completedAt'];

/**
 * A backup ID.
 * @member {String} id
 */
Backup.prototype['id'] = undefined;

/**
 * @member {module:model/BackupStatus} status
 */
Backup.prototype['status'] = undefined;

/**
 * @member {module:model/BackupDestination} destination
 */
Backup.prototype['destination'] = undefined;

/**
 * What the backup holds.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
Backup.prototype['scope'] = undefined;

/**
 * The regions the backup is replicated to.
 * @member {Array.<String>} regions
 */
Backup.prototype['regions'] = undefined;

/**
 * @member {module:model/EncryptionSettings} encryption
 */
Backup.prototype['encryption'] = undefined;

/**
 * The policy that made the backup; `null` for a manual one.
 * @member {String} policyId
 */
Backup.prototype['policyId'] = undefined;

/**
 * Size once completed.
 * @member {Number} sizeBytes
 */
Backup.prototype['sizeBytes'] = undefined;

/**
 * SHA-256 of the encrypted archive, once completed.
 * @member {String} checksumSha256
 */
Backup.prototype['checksumSha256'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
Backup.prototype['description'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
Backup.prototype['createdAt'] = undefined;

/**
 * When the backup reached a terminal status.
 * @member {Date} completedAt
 */
Backup.prototype['completedAt'] = undefined;



export default Backup;


