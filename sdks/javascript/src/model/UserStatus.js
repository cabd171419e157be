// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * Enum UserStatus: `invited`: the invitation is not accepted yet; `active`: the user can sign in; `deactivated`: the user can no longer sign in. 
 * The values are static fields (e.g. `UserStatus.invited`); decoding passes unknown
 * values through unchanged so a newer server does not break an older client.
 * @enum {String}
 * @readonly
 */
export default class UserStatus {

    /** value: "invited" */
    static "invited" = "invited";

    /** value: "active" */
    static "active" = "active";

    /** value: "deactivated" */
    static "deactivated" = "deactivated";


    /** Returns the wire value unchanged (known or not). */
    static constructFromObject(object) {
        return object;
    }
}

