// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import Backup from './Backup.js';
/**
 * BackupList: A page of backups.
 * @module model/BackupList
 */
class BackupList {
    /**
     * Constructs a new <code>BackupList</code> from its required properties.
     * @param {Array.<module:model/Backup>} data The backups on this page.
     * @param {String} nextCursor Pass as `cursor` to read the next page; `null` on the last page.
     */
    constructor(data, nextCursor) {
        BackupList.initialize(this, data, nextCursor);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, data, nextCursor) {
        obj['data'] = data;
        obj['nextCursor'] = nextCursor;
    }

    /**
     * Builds a <code>BackupList</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/BackupList} [obj] instance to fill
     * @return {module:model/BackupList}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new BackupList();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], [Backup]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'nextCursor')) {
                obj['nextCursor'] = ApiClient.convertToType(data['nextCursor'], 'String');
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
     * Checks that decoded JSON has the shape of <code>BackupList</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('BackupList: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of BackupList.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('BackupList: required field `' + property + '` is missing');
            }
        }
        if (data['data'] != null) {
            if (!Array.isArray(data['data'])) {
                throw new Error('BackupList: field `data` must be an array but got ' + typeof data['data']);
            }
            for (const item of data['data']) {
                Backup.validateJSON(item);
            }
        }
        if (data['nextCursor'] != null && typeof data['nextCursor'] !== 'string') {
            throw new Error('BackupList: field `nextCursor` must be a string but got ' + typeof data['nextCursor']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
BackupList.RequiredProperties = ['data', 'nextCursor'];

/**
 * The backups on this page.
 * @member {Array.<module:model/Backup>} data
 */
BackupList.prototype['data'] = undefined;

/**
 * Pass as `cursor` to read the next page; `null` on the last page.
 * @member {String} nextCursor
 */
BackupList.prototype['nextCursor'] = undefined;



export default BackupList;


