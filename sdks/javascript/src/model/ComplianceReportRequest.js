// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ComplianceFramework from './ComplianceFramework.js';
import ComplianceReportFormat from './ComplianceReportFormat.js';
/**
 * ComplianceReportRequest: The report to generate.
 * @module model/ComplianceReportRequest
 */
class ComplianceReportRequest {
    /**
     * Constructs a new <code>ComplianceReportRequest</code> from its required properties.
     * @param {module:model/ComplianceFramework} framework 
     * @param {Date} periodStart First day of the period covered.
     * @param {Date} periodEnd Last day of the period covered.
     */
    constructor(framework, periodStart, periodEnd) {
        ComplianceReportRequest.initialize(this, framework, periodStart, periodEnd);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, framework, periodStart, periodEnd) {
        obj['framework'] = framework;
        obj['periodStart'] = periodStart;
        obj['periodEnd'] = periodEnd;
    }

    /**
     * Builds a <code>ComplianceReportRequest</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ComplianceReportRequest} [obj] instance to fill
     * @return {module:model/ComplianceReportRequest}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ComplianceReportRequest();
            if (Object.prototype.hasOwnProperty.call(data, 'framework')) {
                obj['framework'] = ComplianceFramework.constructFromObject(data['framework']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'periodStart')) {
                obj['periodStart'] = ApiClient.convertToType(data['periodStart'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'periodEnd')) {
                obj['periodEnd'] = ApiClient.convertToType(data['periodEnd'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'format')) {
                obj['format'] = ComplianceReportFormat.constructFromObject(data['format']);
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
     * Checks that decoded JSON has the shape of <code>ComplianceReportRequest</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ComplianceReportRequest: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ComplianceReportRequest.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ComplianceReportRequest: required field `' + property + '` is missing');
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ComplianceReportRequest.RequiredProperties = ['framework', 'periodStart', 'periodEnd'];

/**
 * @member {module:model/ComplianceFramework} framework
 */
ComplianceReportRequest.prototype['framework'] = undefined;

/**
 * First day of the period covered.
 * @member {Date} periodStart
 */
ComplianceReportRequest.prototype['periodStart'] = undefined;

/**
 * Last day of the period covered.
 * @member {Date} periodEnd
 */
ComplianceReportRequest.prototype['periodEnd'] = undefined;

/**
 * @member {module:model/ComplianceReportFormat} format
 */
ComplianceReportRequest.prototype['format'] = undefined;



export default ComplianceReportRequest;


