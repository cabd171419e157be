// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ApiKey from './ApiKey.js';
/**
 * ApiKeyList: A page of API keys.
 * @module model/ApiKeyList
 */
class ApiKeyList {
    /**
     * Constructs a new <code>ApiKeyList</code> from its required properties.
     * @param {Array.<module:model/ApiKey>} data The API keys on this page.
     * @param {String} nextCursor Pass as `cursor` to read the next page; `null` on the last page.
     */
    constructor(data, nextCursor) {
        ApiKeyList.initialize(this, data, nextCursor);
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
     * Builds a <code>ApiKeyList</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ApiKeyList} [obj] instance to fill
     * @return {module:model/ApiKeyList}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ApiKeyList();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], [ApiKey]);
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
     * Checks that decoded JSON has the shape of <code>ApiKeyList</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ApiKeyList: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ApiKeyList.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ApiKeyList: required field `' + property + '` is missing');
            }
        }
        if (data['data'] != null) {
            if (!Array.isArray(data['data'])) {
                throw new Error('ApiKeyList: field `data` must be an array but got ' + typeof data['data']);
            }
            for (const item of data['data']) {
                ApiKey.validateJSON(item);
            }
        }
        if (data['nextCursor'] != null && typeof data['nextCursor'] !== 'string') {
            throw new Error('ApiKeyList: field `nextCursor` must be a string but got ' + typeof data['nextCursor']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ApiKeyList.RequiredProperties = ['data', 'nextCursor'];

/**
 * The API keys on this page.
 * @member {Array.<module:model/ApiKey>} data
 */
ApiKeyList.prototype['data'] = undefined;

/**
 * Pass as `cursor` to read the next page; `null` on the last page.
 * @member {String} nextCursor
 */
ApiKeyList.prototype['nextCursor'] = undefined;



export default ApiKeyList;


