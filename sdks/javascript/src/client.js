// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// The client users construct: `new SecureAIStudio()`, one resource per tag with a method per
// operation (client.<x-sdk-resource>.<x-sdk-method>, see core/resources.js), settings from the
// options or the environment (R4.1), and `withOptions` for a copy with other settings.
import ApiClient from './ApiClient.js';
import {OPERATIONS} from './operations.js';
import {installResources} from './core/resources.js';
import ApiKeysApi from './api/ApiKeysApi.js';
import AssetsApi from './api/AssetsApi.js';
import AuditEventsApi from './api/AuditEventsApi.js';
import AuthApi from './api/AuthApi.js';
import BackupsApi from './api/BackupsApi.js';
import ComplianceApi from './api/ComplianceApi.js';
import GraphqlApi from './api/GraphqlApi.js';
import HealthApi from './api/HealthApi.js';
import JobsApi from './api/JobsApi.js';
import MetricsApi from './api/MetricsApi.js';
import RolesApi from './api/RolesApi.js';
import TemplatesApi from './api/TemplatesApi.js';
import UsersApi from './api/UsersApi.js';


const APIS = {ApiKeysApi, AssetsApi, AuditEventsApi, AuthApi, BackupsApi, ComplianceApi, GraphqlApi, HealthApi, JobsApi, MetricsApi, RolesApi, TemplatesApi, UsersApi};
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

export class SecureAIStudio {
    /** @type {Object} the options as given (private: they may hold credentials) */
    #options;

    /**
     * @param {Object} [options]
     * @param {string} [options.apiKey] default: the environment variable SECURE_AI_STUDIO_API_KEY
     *     (unless an accessToken is given)
     * @param {string} [options.accessToken] bearer token (R1.1)
     * @param {string} [options.refreshToken] enables one transparent refresh on 401 (R1.4)
     * @param {function({accessToken: string, refreshToken?: string}): void} [options.onTokenRefresh]
     * @param {string} [options.baseURL] default: SECURE_AI_STUDIO_BASE_URL, else the document's first server
     * @param {number} [options.timeout=60000] milliseconds per attempt (R2.1)
     * @param {number} [options.maxRetries=2] retries after the first attempt (R3.1)
     * @param {Object} [options.defaultHeaders] headers sent on every request
     * @param {function} [options.fetch] the fetch implementation
     * @param {string} [options.validation='warn'] response validation: 'strict', 'warn' or 'off' (R7.1)
     * @param  [options.logger=console] receives validation warnings
     */
    constructor(options = {}) {
        if (options === null || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('SecureAIStudio options must be an object');
        }
        const {baseURL, ...settings} = options;
        if (baseURL !== undefined && (typeof baseURL !== 'string' || baseURL === '')) {
            throw new TypeError('baseURL must be a non-empty string');
        }
        this.#options = {...options};
        const transport = new ApiClient(baseURL, settings);
        Object.defineProperty(this, 'transport', {value: transport});
        installResources(this, transport, APIS, OPERATIONS);
    }

    /** The base URL requests go to. */
    get baseURL() {
        return this.transport.basePath;
    }

    /** A new client with these options over this one's (the original is unchanged). */
    withOptions(options = {}) {
        if (options === null || typeof options !== 'object' || Array.isArray(options)) {
            throw new TypeError('withOptions takes an object of client options');
        }
        return new this.constructor({...this.#options, ...options});
    }

    /** Settings without credentials (R5.5): what console.log, JSON.stringify and String show. */
    toJSON() {
        return this.transport.toJSON();
    }

    [INSPECT](depth, options, inspect) {
        return inspect ? `SecureAIStudio ${inspect(this.toJSON(), options)}` : this.toJSON();
    }

    toString() {
        return `SecureAIStudio ${JSON.stringify(this.toJSON())}`;
    }
}
