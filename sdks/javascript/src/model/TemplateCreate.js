// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import JobType from './JobType.js';
import TemplateVisibility from './TemplateVisibility.js';
/**
 * TemplateCreate: A new template.
 * @module model/TemplateCreate
 */
class TemplateCreate {
    /**
     * Constructs a new <code>TemplateCreate</code> from its required properties.
     * @param {String} name A human-readable name.
     * @param {module:model/JobType} kind 
     * @param {String} prompt What to generate, in natural language.
     */
    constructor(name, kind, prompt) {
        TemplateCreate.initialize(this, name, kind, prompt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, name, kind, prompt) {
        obj['name'] = name;
        obj['kind'] = kind;
        obj['prompt'] = prompt;
    }

    /**
     * Builds a <code>TemplateCreate</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/TemplateCreate} [obj] instance to fill
     * @return {module:model/TemplateCreate}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new TemplateCreate();
            if (Object.prototype.hasOwnProperty.call(data, 'name')) {
                obj['name'] = ApiClient.convertToType(data['name'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'kind')) {
                obj['kind'] = JobType.constructFromObject(data['kind']);
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
     * Checks that decoded JSON has the shape of <code>TemplateCreate</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('TemplateCreate: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of TemplateCreate.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('TemplateCreate: required field `' + property + '` is missing');
            }
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('TemplateCreate: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('TemplateCreate: field `description` must be a string but got ' + typeof data['description']);
        }
        if (data['prompt'] != null && typeof data['prompt'] !== 'string') {
            throw new Error('TemplateCreate: field `prompt` must be a string but got ' + typeof data['prompt']);
        }
        if (data['tags'] != null) {
            if (!Array.isArray(data['tags'])) {
                throw new Error('TemplateCreate: field `tags` must be an array but got ' + typeof data['tags']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
TemplateCreate.RequiredProperties = ['name', 'kind', 'prompt'];

/**
 * A human-readable name.
 * @member {String} name
 */
TemplateCreate.prototype['name'] = undefined;

/**
 * @member {module:model/JobType} kind
 */
TemplateCreate.prototype['kind'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
TemplateCreate.prototype['description'] = undefined;

/**
 * What to generate, in natural language.
 * @member {String} prompt
 */
TemplateCreate.prototype['prompt'] = undefined;

/**
 * Tags to find the template by.
 * @member {Array.<String>} tags
 */
TemplateCreate.prototype['tags'] = undefined;

/**
 * @member {module:model/TemplateVisibility} visibility
 */
TemplateCreate.prototype['visibility'] = undefined;



export default TemplateCreate;


