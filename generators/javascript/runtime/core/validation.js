// Hand-written runtime: response validation (docs/sdk-behavior.md R7.1, R7.2). Successful JSON
// bodies and SSE event data are checked with Ajv against the JSON Schemas generated from the
// document's models (../schemas.js). Validation never changes data (R7.3): the body is returned
// as received whatever the outcome. Ajv is loaded, and each schema compiled, on first use.
import {ResponseValidationError} from './errors.js';

export const VALIDATION_MODES = ['strict', 'warn', 'off'];

/** Throws naming the option unless `mode` is one of VALIDATION_MODES. */
export function checkValidationMode(mode) {
    if (mode !== undefined && !VALIDATION_MODES.includes(mode)) {
        throw new RangeError(`validation must be 'strict', 'warn' or 'off' (got ${JSON.stringify(mode)})`);
    }
}

const PRIMITIVES = {String: {type: 'string'}, Number: {type: 'number'}, Integer: {type: 'integer'}, Boolean: {type: 'boolean'}, Date: {type: 'string'}};

/**
 * A schemas.js entry as Ajv takes it. The generator writes patterns as "/.../flags" strings; Ajv
 * wants the bare expression. A `$ref` to a name with no entry accepts any value, as S() does: a
 * discriminator may map a value to a schema the generator makes no model of (GitHub's
 * repos/get-content maps `array` to an array schema), and one unresolvable reference would
 * otherwise make Ajv refuse every schema that reaches it.
 */
function prepare(value, names) {
    if (Array.isArray(value)) {
        return value.map((item) => prepare(item, names));
    }
    if (value && typeof value === 'object') {
        if (typeof value.$ref === 'string' && !names.has(value.$ref)) {
            return {};
        }
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            out[key] = key === 'pattern' && typeof item === 'string' ? item.replace(/^\/([\s\S]*)\/[a-z]*$/, '$1') : prepare(item, names);
        }
        return out;
    }
    return value;
}

const escapePointer = (token) => String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** Ajv errors as R7.2 issues `{path, message}`; a missing property points at that property. */
export function toIssues(errors) {
    const issues = [];
    const seen = new Set();
    for (const error of errors ?? []) {
        if (error.keyword === 'if') {
            continue; // "must match then schema": the failing branch's own errors say what is wrong
        }
        const path = error.keyword === 'required'
            ? `${error.instancePath}/${escapePointer(error.params.missingProperty)}`
            : error.instancePath;
        const message = error.keyword === 'required' ? 'is required' : error.message;
        const key = `${path}\u0000${message}`;
        if (!seen.has(key)) {
            seen.add(key);
            issues.push({path, message});
        }
    }
    return issues;
}

/** Checks decoded JSON against the schema of a return type (a model class, [T], {K: V}, a primitive name or a model name). */
export class ResponseValidator {
    /** @param {Object<string, Object>} schemas model name -> JSON Schema */
    constructor(schemas) {
        this.schemas = schemas;
        this.compiled = new Map();
        this.ajv = undefined;
    }

    /** The JSON Schema for `type`, or undefined when there is nothing to check. */
    schemaOf(type) {
        if (typeof type === 'string') {
            return PRIMITIVES[type] ?? (type in this.schemas ? {$ref: type} : undefined);
        }
        if (Array.isArray(type)) {
            const items = this.schemaOf(type[0]);
            return {type: 'array', ...(items ? {items} : {})};
        }
        if (typeof type === 'function') {
            return type.name in this.schemas ? {$ref: type.name} : undefined;
        }
        if (type && typeof type === 'object') {
            const values = this.schemaOf(Object.values(type)[0]);
            return {type: 'object', ...(values ? {additionalProperties: values} : {})};
        }
        return undefined;
    }

    async loadAjv() {
        this.ajv ??= (async () => {
            const [{default: ajvModule}, {default: formatsModule}] = await Promise.all([import('ajv'), import('ajv-formats')]);
            const Ajv = ajvModule.default ?? ajvModule;
            const addFormats = formatsModule.default ?? formatsModule;
            // strict: false lets formats Ajv does not know (password, json, ...) pass unchecked.
            const ajv = new Ajv({allErrors: true, strict: false});
            addFormats(ajv);
            const names = new Set(Object.keys(this.schemas));
            for (const [name, schema] of Object.entries(this.schemas)) {
                ajv.addSchema(prepare(schema, names), name);
            }
            return ajv;
        })();
        return this.ajv;
    }

    /** @return {Promise<Array<{path: string, message: string}>>} the issues, empty when `data` matches */
    async issues(data, type) {
        const schema = this.schemaOf(type);
        if (!schema) {
            return [];
        }
        const key = JSON.stringify(schema);
        let validate = this.compiled.get(key);
        if (!validate) {
            validate = (await this.loadAjv()).compile(schema);
            this.compiled.set(key, validate);
        }
        return validate(data) ? [] : toIssues(validate.errors);
    }

    /**
     * Applies `mode` (R7.1): 'strict' throws the ResponseValidationError, 'warn' hands it to
     * `logger.warn(message, error)`, 'off' skips the check.
     */
    async check(data, type, {mode, operationId, requestId, logger}) {
        if (mode === 'off') {
            return;
        }
        const issues = await this.issues(data, type);
        if (issues.length === 0) {
            return;
        }
        const error = new ResponseValidationError(operationId, issues, requestId ?? undefined);
        if (mode === 'strict') {
            throw error;
        }
        logger.warn(error.message, error);
    }
}
