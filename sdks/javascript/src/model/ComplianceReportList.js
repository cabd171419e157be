// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ComplianceReport from './ComplianceReport.js';
/**
 * ComplianceReportList: A page of compliance reports.
 * @module model/ComplianceReportList
 */
class ComplianceReportList {
    /**
     * Constructs a new <code>ComplianceReportList</code> from its required properties.
     * @param {Array.<module:model/ComplianceReport>} data The reports on this page.
     * @param {String} nextCursor Pass as `cursor` to read the next page; `null` on the last page.
     */
    constructor(data, nextCursor) {
        ComplianceReportList.initialize(this, data, nextCursor);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, data, nextCursor) {
        obj['data'] = data;
        obj['nextCursor'] = nextCursor;
    }

    /**
     * Builds a <code>ComplianceReportList</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ComplianceReportList} [obj] instance to fill
     * @return {module:model/ComplianceReportList}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ComplianceReportList();
            if (Object.prototype.hasOwnProperty.call(data, 'data')) {
                obj['data'] = ApiClient.convertToType(data['data'], [ComplianceReport]);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'nextCursor')) {
                obj['nextCursor'] = ApiClient.convertToType(data['nextCursor'], 'String');
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
     * Checks that decoded JSON has the shape of <code>ComplianceReportList</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ComplianceReportList: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ComplianceReportList.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ComplianceReportList: required field `' + property + '` is missing');
            }
        }
        if (data['data'] != null) {
            if (!Array.isArray(data['data'])) {
                throw new Error('ComplianceReportList: field `data` must be an array but got ' + typeof data['data']);
            }
            for (const item of data['data']) {
                ComplianceReport.validateJSON(item);
            }
        }
        if (data['nextCursor'] != null && typeof data['nextCursor'] !== 'string') {
            throw new Error('ComplianceReportList: field `nextCursor` must be a string but got ' + typeof data['nextCursor']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ComplianceReportList.RequiredProperties = ['data', 'nextCursor'];

/**
 * The reports on this page.
 * @member {Array.<module:model/ComplianceReport>} data
 */
ComplianceReportList.prototype['data'] = undefined;

/**
 * Pass as `cursor` to read the next page; `null` on the last page.
 * @member {String} nextCursor
 */
ComplianceReportList.prototype['nextCursor'] = undefined;



export default ComplianceReportList;


