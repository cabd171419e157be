// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import AssetKind from './AssetKind.js';
/**
 * Asset: A stored media file.
 * @module model/Asset
 */
class Asset {
    /**
     * Constructs a new <code>Asset</code> from its required properties.
     * @param {String} id An asset ID.
     * @param {module:model/AssetKind} kind 
     * @param {module:model/Asset.ContentTypeEnum} contentType The media type of the content.
     * @param {Number} sizeBytes Size of the content in bytes.
     * @param {String} sha256 SHA-256 of the content, hex-encoded.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     */
    constructor(id, kind, contentType, sizeBytes, sha256, createdAt) {
        Asset.initialize(this, id, kind, contentType, sizeBytes, sha256, createdAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, kind, contentType, sizeBytes, sha256, createdAt) {
        obj['id'] = id;
        obj['kind'] = kind;
        obj['contentType'] = contentType;
        obj['sizeBytes'] = sizeBytes;
        obj['sha256'] = sha256;
        obj['createdAt'] = createdAt;
    }

    /**
     * Builds a <code>Asset</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/Asset} [obj] instance to fill
     * @return {module:model/Asset}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new Asset();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'kind')) {
                obj['kind'] = AssetKind.constructFromObject(data['kind']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'contentType')) {
                obj['contentType'] = ApiClient.convertToType(data['contentType'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'sizeBytes')) {
                obj['sizeBytes'] = ApiClient.convertToType(data['sizeBytes'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'sha256')) {
                obj['sha256'] = ApiClient.convertToType(data['sha256'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'width')) {
                obj['width'] = ApiClient.convertToType(data['width'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'height')) {
                obj['height'] = ApiClient.convertToType(data['height'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'durationSeconds')) {
                obj['durationSeconds'] = ApiClient.convertToType(data['durationSeconds'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'jobId')) {
                obj['jobId'] = ApiClient.convertToType(data['jobId'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'description')) {
                obj['description'] = ApiClient.convertToType(data['description'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>Asset</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('Asset: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of Asset.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('Asset: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('Asset: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['contentType'] != null && typeof data['contentType'] !== 'string') {
            throw new Error('Asset: field `contentType` must be a string but got ' + typeof data['contentType']);
        }
        if (data['sha256'] != null && typeof data['sha256'] !== 'string') {
            throw new Error('Asset: field `sha256` must be a string but got ' + typeof data['sha256']);
        }
        if (data['jobId'] != null && typeof data['jobId'] !== 'string') {
            throw new Error('Asset: field `jobId` must be a string but got ' + typeof data['jobId']);
        }
        if (data['description'] != null && typeof data['description'] !== 'string') {
            throw new Error('Asset: field `description` must be a string but got ' + typeof data['description']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
Asset.RequiredProperties = ['id', 'kind', 'contentType', 'sizeBytes', 'sha256', 'createdAt'];

/**
 * An asset ID.
 * @member {String} id
 */
Asset.prototype['id'] = undefined;

/**
 * @member {module:model/AssetKind} kind
 */
Asset.prototype['kind'] = undefined;

/**
 * The media type of the content.
 * @member {module:model/Asset.ContentTypeEnum} contentType
 */
Asset.prototype['contentType'] = undefined;

/**
 * Size of the content in bytes.
 * @member {Number} sizeBytes
 */
Asset.prototype['sizeBytes'] = undefined;

/**
 * SHA-256 of the content, hex-encoded.
 * @member {String} sha256
 */
Asset.prototype['sha256'] = undefined;

/**
 * Width in pixels.
 * @member {Number} width
 */
Asset.prototype['width'] = undefined;

/**
 * Height in pixels.
 * @member {Number} height
 */
Asset.prototype['height'] = undefined;

/**
 * Duration of a video; `null` for images.
 * @member {Number} durationSeconds
 */
Asset.prototype['durationSeconds'] = undefined;

/**
 * The job that generated the asset; `null` for uploads.
 * @member {String} jobId
 */
Asset.prototype['jobId'] = undefined;

/**
 * A free-text description.
 * @member {String} description
 */
Asset.prototype['description'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
Asset.prototype['createdAt'] = undefined;



/**
 * Allowed values for the <code>contentType</code> property.
 * @enum {String}
 * @readonly
 */
Asset['ContentTypeEnum'] = {

    /**
     * value: "image/png"
     * @const
     */
    "image/png": "image/png",

    /**
     * value: "image/jpeg"
     * @const
     */
    "image/jpeg": "image/jpeg",

    /**
     * value: "image/webp"
     * @const
     */
    "image/webp": "image/webp",

    /**
     * value: "video/mp4"
     * @const
     */
    "video/mp4": "video/mp4"
};


export default Asset;


