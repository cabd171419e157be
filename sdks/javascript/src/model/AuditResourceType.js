// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum AuditResourceType: The type of resource an audit event is about.
 * The values are static fields (e.g. `AuditResourceType.user`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class AuditResourceType {

    /** value: "user" */
    static "user" = "user";

    /** value: "role" */
    static "role" = "role";

    /** value: "api_key" */
    static "api_key" = "api_key";

    /** value: "token" */
    static "token" = "token";

    /** value: "job" */
    static "job" = "job";

    /** value: "asset" */
    static "asset" = "asset";

    /** value: "template" */
    static "template" = "template";

    /** value: "backup" */
    static "backup" = "backup";

    /** value: "backup_policy" */
    static "backup_policy" = "backup_policy";

    /** value: "compliance_report" */
    static "compliance_report" = "compliance_report";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

