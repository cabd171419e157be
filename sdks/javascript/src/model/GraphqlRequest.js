// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * GraphqlRequest: A GraphQL-over-HTTP request.
 * @module model/GraphqlRequest
 */
class GraphqlRequest {
    /**
     * Constructs a new <code>GraphqlRequest</code> from its required properties.
     * @param {String} query The GraphQL document.
     */
    constructor(query) {
        GraphqlRequest.initialize(this, query);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, query) {
        obj['query'] = query;
    }

    /**
     * Builds a <code>GraphqlRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/GraphqlRequest} [obj] instance to fill
     * @return {module:model/GraphqlRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new GraphqlRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'query')) {
                obj['query'] = ApiClient.convertToType(data['query'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'variables')) {
                obj['variables'] = ApiClient.convertToType(data['variables'], Object);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'operationName')) {
                obj['operationName'] = ApiClient.convertToType(data['operationName'], 'String');
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
     * Checks that decoded JSON has the shape of <code>GraphqlRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('GraphqlRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of GraphqlRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('GraphqlRequest: required field `' + property + '` is missing');
            }
        }
        if (data['query'] != null && typeof data['query'] !== 'string') {
            throw new Error('GraphqlRequest: field `query` must be a string but got ' + typeof data['query']);
        }
        if (data['operationName'] != null && typeof data['operationName'] !== 'string') {
            throw new Error('GraphqlRequest: field `operationName` must be a string but got ' + typeof data['operationName']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
GraphqlRequest.RequiredProperties = ['query'];

/**
 * The GraphQL document.
 * @member {String} query
 */
GraphqlRequest.prototype['query'] = undefined;

/**
 * Values for the document's variables.
 * @member {Object} variables
 */
GraphqlRequest.prototype['variables'] = undefined;

/**
 * Which operation of the document to run.
 * @member {String} operationName
 */
GraphqlRequest.prototype['operationName'] = undefined;



export default GraphqlRequest;


