// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
/**
 * ComplianceSummary: Control counts; `null` until the report is ready.
 * @module model/ComplianceSummary
 */
class ComplianceSummary {
    /**
     * Constructs a new <code>ComplianceSummary</code> from its required properties.
     * @param {Number} controlsPassed Controls that passed.
     * @param {Number} controlsFailed Controls that failed.
     * @param {Number} controlsNotApplicable Controls that do not apply.
     */
    constructor(controlsPassed, controlsFailed, controlsNotApplicable) {
        ComplianceSummary.initialize(this, controlsPassed, controlsFailed, controlsNotApplicable);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, controlsPassed, controlsFailed, controlsNotApplicable) {
        obj['controlsPassed'] = controlsPassed;
        obj['controlsFailed'] = controlsFailed;
        obj['controlsNotApplicable'] = controlsNotApplicable;
    }

    /**
     * Builds a <code>ComplianceSummary</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/ComplianceSummary} [obj] instance to fill
     * @return {module:model/ComplianceSummary}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new ComplianceSummary();
            if (Object.prototype.hasOwnProperty.call(data, 'controlsPassed')) {
                obj['controlsPassed'] = ApiClient.convertToType(data['controlsPassed'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'controlsFailed')) {
                obj['controlsFailed'] = ApiClient.convertToType(data['controlsFailed'], 'Number');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'controlsNotApplicable')) {
                obj['controlsNotApplicable'] = ApiClient.convertToType(data['controlsNotApplicable'], 'Number');
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
     * Checks that decoded JSON has the shape of <code>ComplianceSummary</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('ComplianceSummary: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of ComplianceSummary.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('ComplianceSummary: required field `' + property + '` is missing');
            }
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
ComplianceSummary.RequiredProperties = ['controlsPassed', 'controlsFailed', 'controlsNotApplicable'];

/**
 * Controls that passed.
 * @member {Number} controlsPassed
 */
ComplianceSummary.prototype['controlsPassed'] = undefined;

/**
 * Controls that failed.
 * @member {Number} controlsFailed
 */
ComplianceSummary.prototype['controlsFailed'] = undefined;

/**
 * Controls that do not apply.
 * @member {Number} controlsNotApplicable
 */
ComplianceSummary.prototype['controlsNotApplicable'] = undefined;



export default ComplianceSummary;


