// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum ImageStyle: The visual style.
 * The values are static fields (e.g. `ImageStyle.photographic`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class ImageStyle {

    /** value: "photographic" */
    static "photographic" = "photographic";

    /** value: "illustration" */
    static "illustration" = "illustration";

    /** value: "anime" */
    static "anime" = "anime";

    /** value: "3d_render" */
    static "3d_render" = "3d_render";

    /** value: "pixel_art" */
    static "pixel_art" = "pixel_art";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

