// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import {maskSecretProperty} from '../core/credentials.js';
import AuditActor from './AuditActor.js';
import AuditResource from './AuditResource.js';
/**
 * AuditEvent: One entry of the audit trail.
 * @module model/AuditEvent
 */
class AuditEvent {
    /**
     * Constructs a new <code>AuditEvent</code> from its required properties.
     * @param {String} id An audit event ID.
     * @param {Date} occurredAt An RFC 3339 date-time in UTC.
     * @param {module:model/AuditActor} actor 
     * @param {String} action What was done, as `resource.verb`, for example `template.update`.
     * @param {module:model/AuditResource} resource 
     * @param {module:model/AuditEvent.OutcomeEnum} outcome Whether the action succeeded.
     * @param {String} requestId The request that did it.
     */
    constructor(id, occurredAt, actor, action, resource, outcome, requestId) {
        AuditEvent.initialize(this, id, occurredAt, actor, action, resource, outcome, requestId);
    }

    /**
     * Sets the required properties on <code>obj</code> (also used by allOf composites). Spec
     * defaults are not filled in: a request body carries exactly what the caller set (R3.7), and
     * a decoded response exactly what the server sent (R7.3); the server applies its defaults.
     */
    static initialize(obj, id, occurredAt, actor, action, resource, outcome, requestId) {
        obj['id'] = id;
        obj['occurredAt'] = occurredAt;
        obj['actor'] = actor;
        obj['action'] = action;
        obj['resource'] = resource;
        obj['outcome'] = outcome;
        obj['requestId'] = requestId;
    }

    /**
     * Builds a <code>AuditEvent</code> from decoded JSON. Unknown properties are kept as received.
     * @param {Object} data plain object from the wire
     * @param {module:model/AuditEvent} [obj] instance to fill
     * @return {module:model/AuditEvent}
     */
    static constructFromObject(data, obj) {
        if (data) {
            obj = obj || new AuditEvent();
            if (Object.prototype.hasOwnProperty.call(data, 'id')) {
                obj['id'] = ApiClient.convertToType(data['id'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'occurredAt')) {
                obj['occurredAt'] = ApiClient.convertToType(data['occurredAt'], 'Date');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'actor')) {
                obj['actor'] = ApiClient.convertToType(data['actor'], AuditActor);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'action')) {
                obj['action'] = ApiClient.convertToType(data['action'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'resource')) {
                obj['resource'] = ApiClient.convertToType(data['resource'], AuditResource);
            }
            if (Object.prototype.hasOwnProperty.call(data, 'outcome')) {
                obj['outcome'] = ApiClient.convertToType(data['outcome'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'ipAddress')) {
                obj['ipAddress'] = ApiClient.convertToType(data['ipAddress'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'userAgent')) {
                obj['userAgent'] = ApiClient.convertToType(data['userAgent'], 'String');
            }
            if (Object.prototype.hasOwnProperty.call(data, 'requestId')) {
                obj['requestId'] = ApiClient.convertToType(data['requestId'], 'String');
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
     * Checks that decoded JSON has the shape of <code>AuditEvent</code> (required properties
     * present, strings/arrays/objects where declared); throws an Error naming the field otherwise.
     * @param {Object} data
     * @return {boolean}
     */
    static validateJSON(data) {
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            throw new Error('AuditEvent: expected a JSON object but got ' + (Array.isArray(data) ? 'an array' : typeof data));
        }
        for (const property of AuditEvent.RequiredProperties) {
            if (data[property] === undefined) {
                throw new Error('AuditEvent: required field `' + property + '` is missing');
            }
        }
        if (data['id'] != null && typeof data['id'] !== 'string') {
            throw new Error('AuditEvent: field `id` must be a string but got ' + typeof data['id']);
        }
        if (data['actor'] != null) {
            AuditActor.validateJSON(data['actor']);
        }
        if (data['action'] != null && typeof data['action'] !== 'string') {
            throw new Error('AuditEvent: field `action` must be a string but got ' + typeof data['action']);
        }
        if (data['resource'] != null) {
            AuditResource.validateJSON(data['resource']);
        }
        if (data['outcome'] != null && typeof data['outcome'] !== 'string') {
            throw new Error('AuditEvent: field `outcome` must be a string but got ' + typeof data['outcome']);
        }
        if (data['ipAddress'] != null && typeof data['ipAddress'] !== 'string') {
            throw new Error('AuditEvent: field `ipAddress` must be a string but got ' + typeof data['ipAddress']);
        }
        if (data['userAgent'] != null && typeof data['userAgent'] !== 'string') {
            throw new Error('AuditEvent: field `userAgent` must be a string but got ' + typeof data['userAgent']);
        }
        if (data['requestId'] != null && typeof data['requestId'] !== 'string') {
            throw new Error('AuditEvent: field `requestId` must be a string but got ' + typeof data['requestId']);
        }
        return true;
    }
}

/** Properties that must be present on the wire. */
AuditEvent.RequiredProperties = ['id', 'occurredAt', 'actor', 'action', 'resource', 'outcome', 'requestId'];

/**
 * An audit event ID.
 * @member {String} id
 */
AuditEvent.prototype['id'] = undefined;

/**
 * An RFC 3339 date-time in UTC.
 * @member {Date} occurredAt
 */
AuditEvent.prototype['occurredAt'] = undefined;

/**
 * @member {module:model/AuditActor} actor
 */
AuditEvent.prototype['actor'] = undefined;

/**
 * What was done, as `resource.verb`, for example `template.update`.
 * @member {String} action
 */
AuditEvent.prototype['action'] = undefined;

/**
 * @member {module:model/AuditResource} resource
 */
AuditEvent.prototype['resource'] = undefined;

/**
 * Whether the action succeeded.
 * @member {module:model/AuditEvent.OutcomeEnum} outcome
 */
AuditEvent.prototype['outcome'] = undefined;

/**
 * The client's IPv4 or IPv6 address.
 * @member {String} ipAddress
 */
AuditEvent.prototype['ipAddress'] = undefined;

/**
 * The client's User-Agent.
 * @member {String} userAgent
 */
AuditEvent.prototype['userAgent'] = undefined;

/**
 * The request that did it.
 * @member {String} requestId
 */
AuditEvent.prototype['requestId'] = undefined;



/**
 * Allowed values for the <code>outcome</code> property.
 * @enum {String}
 * @readonly
 */
AuditEvent['OutcomeEnum'] = {

    /**
     * value: "success"
     * @const
     */
    "success": "success",

    /**
     * value: "failure"
     * @const
     */
    "failure": "failure"
};


export default AuditEvent;


