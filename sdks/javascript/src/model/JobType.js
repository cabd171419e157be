// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum JobType: What a job generates.
 * The values are static fields (e.g. `JobType.image`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class JobType {

    /** value: "image" */
    static "image" = "image";

    /** value: "video" */
    static "video" = "video";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

