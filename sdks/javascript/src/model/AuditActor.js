// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * AuditActor: Who did it.
 * @module model/AuditActor
 */
class AuditActor {
    /**
     * Constructs a new <code>AuditActor</code> from its required properties.
     * @param {String} id The ID of a user or an API key.
     * @param {module:model/AuditActor.KindEnum} kind Whether the actor is a user or an API key.
     * @param {String} displayName A human-readable name.
     */
    constructor(id, kind, displayName) {
        AuditActor.initialize(this, id, kind, displayName);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, kind, displayName) {
        obj['id'] = id;
        obj['kind'] = kind;
        obj['displayName'] = displayName;
    }

    /**
     * Builds a <code>AuditActor</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/AuditActor} [obj] instance to fill
     * @return {module:model/AuditActor}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new AuditActor();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'kind')) {
                obj['kind'] = ApiClient.convertToType(data['kind'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'displayName')) {
                obj['displayName'] = ApiClient.convertToType(data['displayName'], 'String');
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
     * Checks that decoded JSON has the shape of <code>AuditActor</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('AuditActor: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of AuditActor.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('AuditActor: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('AuditActor: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['kind'] != null && typeof data['kind'] !== 'string') {
            throw new Error('AuditActor: field `kind` must be a string but got ' + typeof data['kind']);
        }
        if (data['displayName'] != null && typeof data['displayName'] !== 'string') {
            throw new Error('AuditActor: field `displayName` must be a string but got ' + typeof data['displayName']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
AuditActor.RequiredProperties = ['id', 'kind', 'displayName'];

/**
 * The ID of a user or an API key.
 * @member {String} id
 */
AuditActor.prototype['id'] = undefined;

/**
 * Whether the actor is a user or an API key.
 * @member {module:model/AuditActor.KindEnum} kind
 */
AuditActor.prototype['kind'] = undefined;

/**
 * A human-readable name.
 * @member {String} displayName
 */
AuditActor.prototype['displayName'] = undefined;



/**
 * Allowed values for the <code>kind</code> property.
 * @enum {String}
 * @readonly
 */
AuditActor['KindEnum'] = {

    /**
     * value: "user"
     * @const
     */
    "user": "user",

    /**
     * value: "api_key"
     * @const
     */
    "api_key": "api_key"
};


export default AuditActor;


