// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import JobType from './JobType.js';
import TemplateVisibility from './TemplateVisibility.js';
/**
 * Template: A reusable set of generation settings. `{placeholders}` in the prompt are filled in per job.
 * @module model/Template
 */
class Template {
    /**
     * Constructs a new <code>Template</code> from its required properties.
     * @param {String} id A template ID.
     * @param {String} name A human-readable name.
     * @param {module:model/JobType} kind 
     * @param {String} description A free-text description.
     * @param {String} prompt What to generate, in natural language.
     * @param {Array.<String>} tags Tags to find the template by.
     * @param {module:model/TemplateVisibility} visibility 
     * @param {Number} version Goes up by one on every change.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} updatedAt An RFC 3339 date-time in UTC.
     */
    constructor(id, name, kind, description, prompt, tags, visibility, version, createdAt, updatedAt) {
        Template.initialize(this, id, name, kind, description, prompt, tags, visibility, version, createdAt, updatedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, name, kind, description, prompt, tags, visibility, version, createdAt, updatedAt) {
        obj['id'] = id;
        obj['name'] = name;
        obj['kind'] = kind;
        obj['description'] = description;
        obj['prompt'] = prompt;
        obj['tags'] = tags;
        obj['visibility'] = visibility;
        obj['version'] = version;
        obj['createdAt'] = createdAt;
        obj['updatedAt'] = updatedAt;
    }

    /**
     * Builds a <code>Template</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Template} [obj] instance to fill
     * @return {module:model/Template}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Template();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
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
            if (Object.prototype.hasOwnProperty.call(data, 'version')) {
                obj['version'] = ApiClient.convertToType(data['version'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'updatedAt')) {
                obj['updatedAt'] = ApiClient.convertToType(data['updatedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>Template</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Template: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Template.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Template: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Template: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['name'] != null && typeof data['name'] !== 'string') {
            throw new Error('Template: field `name` must be a string but got ' + typeof data['name']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('Template: field `description` must be a string but got ' + typeof data['description']);
        }
        if (data['prompt'] != null && typeof data['prompt'] !== 'string') {
            throw new Error('Template: field `prompt` must be a string but got ' + typeof data['prompt']);
        }
        if (data['tags'] != null) {
            if (!Array.isArray(data['tags'])) {
                throw new Error('Template: field `tags` must be an array but got ' + typeof data['tags']);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Template.RequiredProperties = ['id', 'name', 'kind', 'description', 'prompt', 'tags', 'visibility', 'version', 'createdAt', 'updatedAt'];

/**
 * A template ID.
 * @member {String} id
 */
Template.prototype['id'] = undefined;

/**
 * A human-readable name.
 * @member {String} name
 */
Template.prototype['name'] = undefined;

/**
 * @member {module:model/JobType} kind
 */
Template.prototype['kind'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
Template.prototype['description'] = undefined;

/**
 * What to generate, in natural language.
 * @member {String} prompt
 */
Template.prototype['prompt'] = undefined;

/**
 * Tags to find the template by.
 * @member {Array.<String>} tags
 */
Template.prototype['tags'] = undefined;

/**
 * @member {module:model/TemplateVisibility} visibility
 */
Template.prototype['visibility'] = undefined;

/**
 * Goes up by one on every change.
 * @member {Number} version
 */
Template.prototype['version'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
Template.prototype['createdAt'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} updatedAt
 */
Template.prototype['updatedAt'] = undefined;



export default Template;


