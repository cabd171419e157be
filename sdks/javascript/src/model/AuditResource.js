// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import AuditResourceType from './AuditResourceType.js';
/**
 * AuditResource: What it was done to.
 * @module model/AuditResource
 */
class AuditResource {
    /**
     * Constructs a new <code>AuditResource</code> from its required properties.
     * @param {module:model/AuditResourceType} type 
     * @param {String} id The ID of any resource; the prefix names its type.
     */
    constructor(type, id) {
        AuditResource.initialize(this, type, id);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, type, id) {
        obj['type'] = type;
        obj['id'] = id;
    }

    /**
     * Builds a <code>AuditResource</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/AuditResource} [obj] instance to fill
     * @return {module:model/AuditResource}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new AuditResource();
            if (Object.prototype.hasOwnProperty.call(data, 'type')) {
                obj['type'] = AuditResourceType.constructFromObject(data['type']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
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
     * Checks that decoded JSON has the shape of <code>AuditResource</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('AuditResource: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of AuditResource.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('AuditResource: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('AuditResource: field `id` must be a string but got ' + typeof data['id']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
AuditResource.RequiredProperties = ['type', 'id'];

/**
 * @member {module:model/AuditResourceType} type
 */
AuditResource.prototype['type'] = undefined;

/**
 * The ID of any resource; the prefix names its type.
 * @member {String} id
 */
AuditResource.prototype['id'] = undefined;



export default AuditResource;


