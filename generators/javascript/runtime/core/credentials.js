// Hand-written runtime: the credentials of one security scheme, kept out of every printed form
// (docs/sdk-behavior.md R5.5). The secrets live in private fields behind accessors, so
// `auth.apiKey = '...'` and `auth.apiKey` work as before, while util.inspect/console.log,
// JSON.stringify, String() and Object.keys never show them: they print `[REDACTED]`.
import {REDACTED} from './redact.js';

/** Node's hook for util.inspect and console.log, without importing node:util (browsers). */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

const SECRET_FIELDS = ['apiKey', 'accessToken', 'refreshToken', 'password'];

/** `value` as printed: a set secret (or a function returning one) is `[REDACTED]`. */
const masked = (value) => (value === undefined || value === null || value === '' ? value : REDACTED);

export class SchemeCredentials {
    #secrets = {};

    /**
     * @param {Object} settings `type` ('apiKey', 'bearer', 'oauth2', 'basic'), `in` and `name` for
     *     an apiKey scheme, and any of apiKey, accessToken, refreshToken, username, password
     */
    constructor(settings) {
        for (const [key, value] of Object.entries(settings)) {
            this[key] = value;
        }
    }

    get apiKey() { return this.#secrets.apiKey; }
    set apiKey(value) { this.#secrets.apiKey = value; }
    get accessToken() { return this.#secrets.accessToken; }
    set accessToken(value) { this.#secrets.accessToken = value; }
    get refreshToken() { return this.#secrets.refreshToken; }
    set refreshToken(value) { this.#secrets.refreshToken = value; }
    get password() { return this.#secrets.password; }
    set password(value) { this.#secrets.password = value; }

    /** The configured secret strings (a function-valued token is called), for redaction. */
    secretValues() {
        return SECRET_FIELDS.map((key) => (typeof this[key] === 'function' ? this[key]() : this[key]))
            .filter((value) => typeof value === 'string');
    }

    /** The printable form: the public settings, and each secret set shown as `[REDACTED]`. */
    toJSON() {
        const view = {...this};
        for (const key of SECRET_FIELDS) {
            if (this.#secrets[key] !== undefined) {
                view[key] = masked(this.#secrets[key]);
            }
        }
        return view;
    }

    [INSPECT](depth, options, inspect) {
        return inspect ? `SchemeCredentials ${inspect(this.toJSON(), options)}` : this.toJSON();
    }

    toString() {
        return `SchemeCredentials ${JSON.stringify(this.toJSON())}`;
    }
}

const MASKED = Symbol('maskedProperties');

/**
 * Marks `property` of model class `ModelClass` as a secret (`format: password`, e.g.
 * ApiKeyWithSecret.secret): `model.secret` still reads the value and JSON.stringify still sends
 * it (it is data), but util.inspect, console.log and String() show `[REDACTED]`.
 */
export function maskSecretProperty(ModelClass, property) {
    const prototype = ModelClass.prototype;
    if (!Object.prototype.hasOwnProperty.call(prototype, MASKED)) {
        Object.defineProperty(prototype, MASKED, {value: []});
        Object.defineProperty(prototype, INSPECT, {
            value(depth, options, inspect) {
                const view = {...this};
                for (const key of this[MASKED]) {
                    if (view[key] !== undefined && view[key] !== null) {
                        view[key] = REDACTED;
                    }
                }
                return inspect ? `${ModelClass.name} ${inspect(view, options)}` : view;
            },
        });
        Object.defineProperty(prototype, 'toString', {
            value() {
                return `[object ${ModelClass.name}]`;
            },
        });
    }
    prototype[MASKED].push(property);
}
