// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import Permission from './Permission.js';
/**
 * PermissionList: A page of permissions.
 * @module model/PermissionList
 */
class PermissionList {
    /**
     * Constructs a new <code>PermissionList</code> from its required properties.
     * @param {Array.<module:model/Permission>} data The permissions on this page.
     * @param {String} nextCursor Pass as `cursor` to read the next page; `null` on the last page.
     */
    constructor(data, nextCursor) {
        PermissionList.initialize(this, data, nextCursor);
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
     * Builds a <code>PermissionList</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/PermissionList} [obj] instance to fill
     * @return {module:model/PermissionList}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new PermissionList();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], [Permission]);
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
     * Checks that decoded JSON has the shape of <code>PermissionList</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('PermissionList: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of PermissionList.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('PermissionList: required field `' + property + '` is missing');
            }
        }
        if (data['data'] != null) {
            if (!Array.isArray(data['data'])) {
                throw new Error('PermissionList: field `data` must be an array but got ' + typeof data['data']);
            }
            for (const item of data['data']) {
                Permission.validateJSON(item);
            }
        }
        if (data['nextCursor'] != null && typeof data['nextCursor'] !== 'string') {
            throw new Error('PermissionList: field `nextCursor` must be a string but got ' + typeof data['nextCursor']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
PermissionList.RequiredProperties = ['data', 'nextCursor'];

/**
 * The permissions on this page.
 * @member {Array.<module:model/Permission>} data
 */
PermissionList.prototype['data'] = undefined;

/**
 * Pass as `cursor` to read the next page; `null` on the last page.
 * @member {String} nextCursor
 */
PermissionList.prototype['nextCursor'] = undefined;



export default PermissionList;


