// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum BackupScopeItem: A kind of data a backup holds.
 * The values are static fields (e.g. `BackupScopeItem.templates`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class BackupScopeItem {

    /** value: "templates" */
    static "templates" = "templates";

    /** value: "assets" */
    static "assets" = "assets";

    /** value: "audit_events" */
    static "audit_events" = "audit_events";

    /** value: "users" */
    static "users" = "users";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

