// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum VideoResolution: The output resolution.
 * The values are static fields (e.g. `VideoResolution.720p`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class VideoResolution {

    /** value: "720p" */
    static "720p" = "720p";

    /** value: "1080p" */
    static "1080p" = "1080p";

    /** value: "4k" */
    static "4k" = "4k";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

