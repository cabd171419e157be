// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * ValidationIssue: One invalid field of a request.
 * @module model/ValidationIssue
 */
class ValidationIssue {
    /**
     * Constructs a new <code>ValidationIssue</code> from its required properties.
     * @param {module:model/ValidationIssue.LocationEnum} location Where the field is.
     * @param {String} name The parameter name, or a JSON pointer into the body.
     * @param {String} message What is wrong with it.
     */
    constructor(location, name, message) {
        ValidationIssue.initialize(this, location, name, message);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, location, name, message) {
        obj['location'] = location;
        obj['name'] = name;
        obj['message'] = message;
    }

    /**
     * Builds a <code>ValidationIssue</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ValidationIssue} [obj] instance to fill
     * @return {module:model/ValidationIssue}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ValidationIssue();
            if (Object.prototype.hasOwnProperty.call(data, 'location')) {
                obj['location'] = ApiClient.convertToType(data['location'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'message')) {
                obj['message'] = ApiClient.convertToType(data['message'], 'String');
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
     * Checks that decoded JSON has the shape of <code>ValidationIssue</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ValidationIssue: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ValidationIssue.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ValidationIssue: required field `' + property + '` is missing');
            }
        }
        if (data['location'] != null && typeof data['location'] !== 'string') {
            throw new Error('ValidationIssue: field `location` must be a string but got ' + typeof data['location']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('ValidationIssue: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['message'] != null && typeof data['message'] !== 'string') {
            throw new Error('ValidationIssue: field `message` must be a string but got ' + typeof data['message']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ValidationIssue.RequiredProperties = ['location', 'name', 'message'];

/**
 * Where the field is.
 * @member {module:model/ValidationIssue.LocationEnum} location
 */
ValidationIssue.prototype['location'] = undefined;

/**
 * The parameter name, or a JSON pointer into the body.
 * @member {String} name
 */
ValidationIssue.prototype['name'] = undefined;

/**
 * What is wrong with it.
 * @member {String} message
 */
ValidationIssue.prototype['message'] = undefined;



/**
 * Allowed values for the <code>location</code> property.
 * @enum {String}
 * @readonly
 */
ValidationIssue['LocationEnum'] = {

    /**
     * value: "path"
     * @const
     */
    "path": "path",

    /**
     * value: "query"
     * @const
     */
    "query": "query",

    /**
     * value: "header"
     * @const
     */
    "header": "header",

    /**
     * value: "body"
     * @const
     */
    "body": "body"
};


export default ValidationIssue;


