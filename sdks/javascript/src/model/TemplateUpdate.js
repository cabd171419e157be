// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import TemplateVisibility from './TemplateVisibility.js';
/**
 * TemplateUpdate: Changes to a template; fields left out are unchanged.
 * @module model/TemplateUpdate
 */
class TemplateUpdate {
    /**
     * Constructs a new <code>TemplateUpdate</code> from its required properties.
     */
    constructor() {
        TemplateUpdate.initialize(this);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj) {
    }

    /**
     * Builds a <code>TemplateUpdate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/TemplateUpdate} [obj] instance to fill
     * @return {module:model/TemplateUpdate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new TemplateUpdate();
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'prompt')) {
                obj['prompt'] = ApiClient.convertToType(data['prompt'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'tags')) {
                obj['tags'] = ApiClient.convertToType(data['tags'], ['String']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'visibility')) {
                obj['visibility'] = TemplateVisibility.constructFromObject(data['visibility']);
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
     * Checks that decoded JSON has the shape of <code>TemplateUpdate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('TemplateUpdate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of TemplateUpdate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('TemplateUpdate: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('TemplateUpdate: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('TemplateUpdate: field `description` must be a string but got ' + typeof data['description']);
        }
        if (data['prompt'] != null && typeof data['prompt'] !== 'string') {
            throw new Error('TemplateUpdate: field `prompt` must be a string but got ' + typeof data['prompt']);
        }
        if (data['tags'] != null) {
            if (!Array.isArray(data['tags'])) {
                throw new Error('TemplateUpdate: field `tags` must be an array but got ' + typeof data['tags']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
TemplateUpdate.RequiredProperties = [];

/**
 * A human-readable name.
 * @member {String} name
 */
TemplateUpdate.prototype['name'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
TemplateUpdate.prototype['description'] = undefined;

/**
 * What to generate, in natural language.
 * @member {String} prompt
 */
TemplateUpdate.prototype['prompt'] = undefined;

/**
 * Tags to find the template by.
 * @member {Array.<String>} tags
 */
TemplateUpdate.prototype['tags'] = undefined;

/**
 * @member {module:model/TemplateVisibility} visibility
 */
TemplateUpdate.prototype['visibility'] = undefined;



export default TemplateUpdate;


