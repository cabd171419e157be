// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum AssetKind: `image` and `video` are generated; `reference` was uploaded.
 * The values are static fields (e.g. `AssetKind.image`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class AssetKind {

    /** value: "image" */
    static "image" = "image";

    /** value: "video" */
    static "video" = "video";

    /** value: "reference" */
    static "reference" = "reference";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

