// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum TemplateVisibility: `private`: only its creator sees it; `team`: the whole organisation does.
 * The values are static fields (e.g. `TemplateVisibility.private`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class TemplateVisibility {

    /** value: "private" */
    static "private" = "private";

    /** value: "team" */
    static "team" = "team";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

