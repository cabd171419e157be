// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum ComplianceReportStatus: `pending` and `generating` are in progress; `ready` and `failed` are terminal.
 * The values are static fields (e.g. `ComplianceReportStatus.pending`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class ComplianceReportStatus {

    /** value: "pending" */
    static "pending" = "pending";

    /** value: "generating" */
    static "generating" = "generating";

    /** value: "ready" */
    static "ready" = "ready";

    /** value: "failed" */
    static "failed" = "failed";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

