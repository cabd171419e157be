// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import ComplianceFramework from './ComplianceFramework.js';
import ComplianceReportFormat from './ComplianceReportFormat.js';
import ComplianceReportStatus from './ComplianceReportStatus.js';
import ComplianceSummary from './ComplianceSummary.js';
/**
 * ComplianceReport: A compliance report.
 * @module model/ComplianceReport
 */
class ComplianceReport {
    /**
     * Constructs a new <code>ComplianceReport</code> from its required properties.
     * @param {String} id A compliance report ID.
     * @param {module:model/ComplianceFramework} framework 
     * @param {module:model/ComplianceReportStatus} status 
     * @param {Date} periodStart First day of the period covered.
     * @param {Date} periodEnd Last day of the period covered.
     * @param {module:model/ComplianceReportFormat} format 
     * @param {module:model/ComplianceSummary} summary 
     * @param {String} downloadUrl A short-lived link to the report file, once ready.
     * @param {Date} createdAt An RFC 3339 date-time in UTC.
     * @param {Date} completedAt When the report reached a terminal status.
     */
    constructor(id, framework, status, periodStart, periodEnd, format, summary, downloadUrl, createdAt, completedAt) {
        ComplianceReport.initialize(this, id, framework, status, periodStart, periodEnd, format, summary, downloadUrl, createdAt, completedAt);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, framework, status, periodStart, periodEnd, format, summary, downloadUrl, createdAt, completedAt) {
        obj['id'] = id;
        obj['framework'] = framework;
        obj['status'] = status;
        obj['periodStart'] = periodStart;
        obj['periodEnd'] = periodEnd;
        obj['format'] = format;
        obj['summary'] = summary;
        obj['downloadUrl'] = downloadUrl;
        obj['createdAt'] = createdAt;
        obj['completedAt'] = completedAt;
    }

    /**
     * Builds a <code>ComplianceReport</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ComplianceReport} [obj] instance to fill
     * @return {module:model/ComplianceReport}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ComplianceReport();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'framework')) {
                obj['framework'] = ComplianceFramework.constructFromObject(data['framework']);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'status')) {
                obj['status'] = ComplianceReportStatus.constructFromObject(data['status']);
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
            if (Object.prototype.hasOwnProperty.call(data, 'summary')) {
                obj['summary'] = ApiClient.convertToType(data['summary'], ComplianceSummary);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'downloadUrl')) {
                obj['downloadUrl'] = ApiClient.convertToType(data['downloadUrl'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'createdAt')) {
                obj['createdAt'] = ApiClient.convertToType(data['createdAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'completedAt')) {
                obj['completedAt'] = ApiClient.convertToType(data['completedAt'], 'Date');
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
     * Checks that decoded JSON has the shape of <code>ComplianceReport</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ComplianceReport: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ComplianceReport.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ComplianceReport: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('ComplianceReport: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['summary'] != null) {
            ComplianceSummary.validateJSON(data['summary']);
        }
        if (data['downloadUrl'] != null && typeof data['downloadUrl'] !== 'string') {
            throw new Error('ComplianceReport: field `downloadUrl` must be a string but got ' + typeof data['downloadUrl']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ComplianceReport.RequiredProperties = ['id', 'framework', 'status', 'periodStart', 'periodEnd', 'format', 'summary', 'downloadUrl', 'createdAt', 'completedAt'];

/**
 * A compliance report ID.
 * @member {String} id
 */
ComplianceReport.prototype['id'] = undefined;

/**
 * @member {module:model/ComplianceFramework} framework
 */
ComplianceReport.prototype['framework'] = undefined;

/**
 * @member {module:model/ComplianceReportStatus} status
 */
ComplianceReport.prototype['status'] = undefined;

/**
 * First day of the period covered.
 * @member {Date} periodStart
 */
ComplianceReport.prototype['periodStart'] = undefined;

/**
 * Last day of the period covered.
 * @member {Date} periodEnd
 */
ComplianceReport.prototype['periodEnd'] = undefined;

/**
 * @member {module:model/ComplianceReportFormat} format
 */
ComplianceReport.prototype['format'] = undefined;

/**
 * @member {module:model/ComplianceSummary} summary
 */
ComplianceReport.prototype['summary'] = undefined;

/**
 * A short-lived link to the report file, once ready.
 * @member {String} downloadUrl
 */
ComplianceReport.prototype['downloadUrl'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} createdAt
 */
ComplianceReport.prototype['createdAt'] = undefined;

/**
 * When the report reached a terminal status.
 * @member {Date} completedAt
 */
ComplianceReport.prototype['completedAt'] = undefined;



export default ComplianceReport;


