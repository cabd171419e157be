// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import VideoResolution from './VideoResolution.js';
/**
 * VideoJobRequest: What a video job should generate.
 * @module model/VideoJobRequest
 */
class VideoJobRequest {
    /**
     * Constructs a new <code>VideoJobRequest</code> from its required properties.
     * @param {String} prompt What to generate, in natural language.
     * @param {Number} durationSeconds Length of the video in seconds.
     */
    constructor(prompt, durationSeconds) {
        VideoJobRequest.initialize(this, prompt, durationSeconds);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, prompt, durationSeconds) {
        obj['prompt'] = prompt;
        obj['durationSeconds'] = durationSeconds;
    }

    /**
     * Builds a <code>VideoJobRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/VideoJobRequest} [obj] instance to fill
     * @return {module:model/VideoJobRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new VideoJobRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'prompt')) {
                obj['prompt'] = ApiClient.convertToType(data['prompt'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'durationSeconds')) {
                obj['durationSeconds'] = ApiClient.convertToType(data['durationSeconds'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'fps')) {
                obj['fps'] = ApiClient.convertToType(data['fps'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'resolution')) {
                obj['resolution'] = VideoResolution.constructFromObject(data['resolution']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'referenceAssetId')) {
                obj['referenceAssetId'] = ApiClient.convertToType(data['referenceAssetId'], 'String');
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
     * Checks that decoded JSON has the shape of <code>VideoJobRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('VideoJobRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of VideoJobRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('VideoJobRequest: required field `' + property + '` is missing');
            }
        }
        if (data['prompt'] != null && typeof data['prompt'] !== 'string') {
            throw new Error('VideoJobRequest: field `prompt` must be a string but got ' + typeof data['prompt']);
        }
        if (data['referenceAssetId'] != null && typeof data['referenceAssetId'] !== 'string') {
            throw new Error('VideoJobRequest: field `referenceAssetId` must be a string but got ' + typeof data['referenceAssetId']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
VideoJobRequest.RequiredProperties = ['prompt', 'durationSeconds'];

/**
 * What to generate, in natural language.
 * @member {String} prompt
 */
VideoJobRequest.prototype['prompt'] = undefined;

/**
 * Length of the video in seconds.
 * @member {Number} durationSeconds
 */
VideoJobRequest.prototype['durationSeconds'] = undefined;

/**
 * Frames per second.
 * @member {Number} fps
 * Server default when not sent: 24
 */
VideoJobRequest.prototype['fps'] = undefined;

/**
 * @member {module:model/VideoResolution} resolution
 */
VideoJobRequest.prototype['resolution'] = undefined;

/**
 * An uploaded reference image to animate; `null` for text-to-video.
 * @member {String} referenceAssetId
 */
VideoJobRequest.prototype['referenceAssetId'] = undefined;



export default VideoJobRequest;


