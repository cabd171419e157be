// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum ComplianceReportFormat: The report's file format.
 * The values are static fields (e.g. `ComplianceReportFormat.pdf`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class ComplianceReportFormat {

    /** value: "pdf" */
    static "pdf" = "pdf";

    /** value: "json" */
    static "json" = "json";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

