// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum JobStatus: `queued` and `running` are in progress; `succeeded`, `failed` and `canceled` are terminal. 
 * The values are static fields (e.g. `JobStatus.queued`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class JobStatus {

    /** value: "queued" */
    static "queued" = "queued";

    /** value: "running" */
    static "running" = "running";

    /** value: "succeeded" */
    static "succeeded" = "succeeded";

    /** value: "failed" */
    static "failed" = "failed";

    /** value: "canceled" */
    static "canceled" = "canceled";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

