// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum ComplianceFramework: SOC 2 Type II, ISO/IEC 27001, GDPR or HIPAA.
 * The values are static fields (e.g. `ComplianceFramework.soc2`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class ComplianceFramework {

    /** value: "soc2" */
    static "soc2" = "soc2";

    /** value: "iso27001" */
    static "iso27001" = "iso27001";

    /** value: "gdpr" */
    static "gdpr" = "gdpr";

    /** value: "hipaa" */
    static "hipaa" = "hipaa";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

