// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import GraphqlError from './GraphqlError.js';
/**
 * GraphqlResponse: A GraphQL result.
 * @module model/GraphqlResponse
 */
class GraphqlResponse {
    /**
     * Constructs a new <code>GraphqlResponse</code> from its required properties.
     */
    constructor() {
        GraphqlResponse.initialize(this);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj) {
    }

    /**
     * Builds a <code>GraphqlResponse</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/GraphqlResponse} [obj] instance to fill
     * @return {module:model/GraphqlResponse}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new GraphqlResponse();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], Object);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'errors')) {
                obj['errors'] = ApiClient.convertToType(data['errors'], [GraphqlError]);
            }
            // R7.3: properties this version does not know are kept as received.
            for (const key of Object.keys(data)) {
                if (!(key in obj)) {
                    obj[key] = data[key];
                }
            }
        }
        return obj;
    }

    /**
     * Checks that decoded JSON has the shape of <code>GraphqlResponse</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('GraphqlResponse: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of GraphqlResponse.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('GraphqlResponse: required field `' + property + '` is missing');
            }
        }
        if (data['errors'] != null) {
            if (!Array.isArray(data['errors'])) {
                throw new Error('GraphqlResponse: field `errors` must be an array but got ' + typeof data['errors']);
            }
            for (const item of data['errors']) {
                GraphqlError.validateJSON(item);
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
GraphqlResponse.RequiredProperties = [];

/**
 * The result; `null` if the request failed as a whole.
 * @member {Object} data
 */
GraphqlResponse.prototype['data'] = undefined;

/**
 * Errors; absent or `null` when there were none.
 * @member {Array.<module:model/GraphqlError>} errors
 */
GraphqlResponse.prototype['errors'] = undefined;



export default GraphqlResponse;


