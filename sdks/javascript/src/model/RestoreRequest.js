// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import BackupScopeItem from './BackupScopeItem.js';
/**
 * RestoreRequest: What to restore.
 * @module model/RestoreRequest
 */
class RestoreRequest {
    /**
     * Constructs a new <code>RestoreRequest</code> from its required properties.
     * @param {Array.<module:model/BackupScopeItem>} scope What to restore from the backup.
     */
    constructor(scope) {
        RestoreRequest.initialize(this, scope);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, scope) {
        obj['scope'] = scope;
    }

    /**
     * Builds a <code>RestoreRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/RestoreRequest} [obj] instance to fill
     * @return {module:model/RestoreRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new RestoreRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'scope')) {
                obj['scope'] = ApiClient.convertToType(data['scope'], [BackupScopeItem]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'targetRegion')) {
                obj['targetRegion'] = ApiClient.convertToType(data['targetRegion'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'dryRun')) {
                obj['dryRun'] = ApiClient.convertToType(data['dryRun'], 'Boolean');
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
     * Checks that decoded JSON has the shape of <code>RestoreRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('RestoreRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of RestoreRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('RestoreRequest: required field `' + property + '` is missing');
            }
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('RestoreRequest: field `scope` must be an array but got ' + typeof data['scope']);
            }
        }
        if (data['targetRegion'] != null && typeof data['targetRegion'] !== 'string') {
            throw new Error('RestoreRequest: field `targetRegion` must be a string but got ' + typeof data['targetRegion']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
RestoreRequest.RequiredProperties = ['scope'];

/**
 * What to restore from the backup.
 * @member {Array.<module:model/BackupScopeItem>} scope
 */
RestoreRequest.prototype['scope'] = undefined;

/**
 * Restore into this region; `null` for the organisation's home region.
 * @member {String} targetRegion
 */
RestoreRequest.prototype['targetRegion'] = undefined;

/**
 * Only report what would change.
 * @member {Boolean} dryRun
 * Server default when not sent: false
 */
RestoreRequest.prototype['dryRun'] = undefined;



export default RestoreRequest;


