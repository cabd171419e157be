// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ImageStyle from './ImageStyle.js';
/**
 * ImageJobRequest: What an image job should generate.
 * @module model/ImageJobRequest
 */
class ImageJobRequest {
    /**
     * Constructs a new <code>ImageJobRequest</code> from its required properties.
     * @param {String} prompt What to generate, in natural language.
     */
    constructor(prompt) {
        ImageJobRequest.initialize(this, prompt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, prompt) {
        obj['prompt'] = prompt;
    }

    /**
     * Builds a <code>ImageJobRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ImageJobRequest} [obj] instance to fill
     * @return {module:model/ImageJobRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ImageJobRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'prompt')) {
                obj['prompt'] = ApiClient.convertToType(data['prompt'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'negativePrompt')) {
                obj['negativePrompt'] = ApiClient.convertToType(data['negativePrompt'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'width')) {
                obj['width'] = ApiClient.convertToType(data['width'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'height')) {
                obj['height'] = ApiClient.convertToType(data['height'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'style')) {
                obj['style'] = ImageStyle.constructFromObject(data['style']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'count')) {
                obj['count'] = ApiClient.convertToType(data['count'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'seed')) {
                obj['seed'] = ApiClient.convertToType(data['seed'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'templateId')) {
                obj['templateId'] = ApiClient.convertToType(data['templateId'], 'String');
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
     * Checks that decoded JSON has the shape of <code>ImageJobRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ImageJobRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ImageJobRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ImageJobRequest: required field `' + property + '` is missing');
            }
        }
        if (data['prompt'] != null && typeof data['prompt'] !== 'string') {
            throw new Error('ImageJobRequest: field `prompt` must be a string but got ' + typeof data['prompt']);
        }
        if (data['negativePrompt'] != null && typeof data['negativePrompt'] !== 'string') {
            throw new Error('ImageJobRequest: field `negativePrompt` must be a string but got ' + typeof data['negativePrompt']);
        }
        if (data['templateId'] != null && typeof data['templateId'] !== 'string') {
            throw new Error('ImageJobRequest: field `templateId` must be a string but got ' + typeof data['templateId']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ImageJobRequest.RequiredProperties = ['prompt'];

/**
 * What to generate, in natural language.
 * @member {String} prompt
 */
ImageJobRequest.prototype['prompt'] = undefined;

/**
 * What to keep out of the images.
 * @member {String} negativePrompt
 */
ImageJobRequest.prototype['negativePrompt'] = undefined;

/**
 * Width in pixels, a multiple of 64.
 * @member {Number} width
 * Server default when not sent: 1024
 */
ImageJobRequest.prototype['width'] = undefined;

/**
 * Height in pixels, a multiple of 64.
 * @member {Number} height
 * Server default when not sent: 1024
 */
ImageJobRequest.prototype['height'] = undefined;

/**
 * @member {module:model/ImageStyle} style
 */
ImageJobRequest.prototype['style'] = undefined;

/**
 * How many images to generate.
 * @member {Number} count
 * Server default when not sent: 1
 */
ImageJobRequest.prototype['count'] = undefined;

/**
 * A seed for reproducible output; `null` for a random one.
 * @member {Number} seed
 */
ImageJobRequest.prototype['seed'] = undefined;

/**
 * A template whose settings fill in what the request leaves out.
 * @member {String} templateId
 */
ImageJobRequest.prototype['templateId'] = undefined;



export default ImageJobRequest;


