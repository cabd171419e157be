// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
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

    /** Sets required properties and defaults on <code>obj</code> (also used by allOf composites). */
    static initialize(obj, scope) {
        obj['scope'] = scope;
        obj['dryRun'] = false;
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
            throw new Error('RestoreRequest: expected a JSON object but got ' + JSON.stringify(data));
        }
        for (const property of RestoreRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('RestoreRequest: required field `' + property + '` is missing in ' + JSON.stringify(data));
            }
        }
        if (data['scope'] != null) {
            if (!Array.isArray(data['scope'])) {
                throw new Error('RestoreRequest: field `scope` must be an array but got ' + JSON.stringify(data['scope']));
            }
        }
        if (data['targetRegion'] != null && typeof data['targetRegion'] !== 'string') {
            throw new Error('RestoreRequest: field `targetRegion` must be a string but got ' + JSON.stringify(data['targetRegion']));
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
 * @default false
 */
RestoreRequest.prototype['dryRun'] = false;


export default RestoreRequest;


