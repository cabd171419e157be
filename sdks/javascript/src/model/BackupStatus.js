// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum BackupStatus: `pending` and `running` are in progress; `completed` and `failed` are terminal.
 * The values are static fields (e.g. `BackupStatus.pending`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class BackupStatus {

    /** value: "pending" */
    static "pending" = "pending";

    /** value: "running" */
    static "running" = "running";

    /** value: "completed" */
    static "completed" = "completed";

    /** value: "failed" */
    static "failed" = "failed";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

