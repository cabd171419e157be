// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import Template from './Template.js';
/**
 * TemplateList: A page of templates.
 * @module model/TemplateList
 */
class TemplateList {
    /**
     * Constructs a new <code>TemplateList</code> from its required properties.
     * @param {Array.<module:model/Template>} data The templates on this page.
     * @param {String} nextCursor Pass as `cursor` to read the next page; `null` on the last page.
     */
    constructor(data, nextCursor) {
        TemplateList.initialize(this, data, nextCursor);
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
     * Builds a <code>TemplateList</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/TemplateList} [obj] instance to fill
     * @return {module:model/TemplateList}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new TemplateList();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], [Template]);
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
     * Checks that decoded JSON has the shape of <code>TemplateList</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('TemplateList: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of TemplateList.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('TemplateList: required field `' + property + '` is missing');
            }
        }
        if (data['data'] != null) {
            if (!Array.isArray(data['data'])) {
                throw new Error('TemplateList: field `data` must be an array but got ' + typeof data['data']);
            }
            for (const item of data['data']) {
                Template.validateJSON(item);
            }
        }
        if (data['nextCursor'] != null && typeof data['nextCursor'] !== 'string') {
            throw new Error('TemplateList: field `nextCursor` must be a string but got ' + typeof data['nextCursor']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
TemplateList.RequiredProperties = ['data', 'nextCursor'];

/**
 * The templates on this page.
 * @member {Array.<module:model/Template>} data
 */
TemplateList.prototype['data'] = undefined;

/**
 * Pass as `cursor` to read the next page; `null` on the last page.
 * @member {String} nextCursor
 */
TemplateList.prototype['nextCursor'] = undefined;



export default TemplateList;


