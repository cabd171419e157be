import { deref } from '../spec/operations.js';
import { essence, bodyKind } from '../http/media-type.js';
import { toJsonSchema } from './to-json-schema.js';
import { toViolations } from './ajv-errors.js';
import { createSplitChecks } from './split-check.js';

/**
 * Response-side validators, compiled on first use and kept: whether a status is documented for
 * an operation and whether a JSON body (or an SSE event's data, `x-event-schema`) matches its
 * schema. Stateful mode checks every answer it builds with them, record mode every answer the
 * upstream gives. Violations are `{ location: 'body', name: <JSON pointer>, message }`.
 *
 * @param {object} doc the OpenAPI document
 * @param {{ strict: import('ajv').default }} ajvPair from create-ajv.js
 */
export function createResponseValidators(doc, ajvPair) {
  const cache = new Map();
  const splitChecks = createSplitChecks(doc, ajvPair.strict);

  function responseOf(rawOp, status) {
    const responses = rawOp.responses ?? {};
    const key = String(status);
    const found = responses[key] ?? responses[`${key[0]}XX`] ?? responses[`${key[0]}xx`] ?? responses.default;
    return found === undefined ? null : deref(doc, found);
  }

  function compiled(id, schema) {
    let fn = cache.get(id);
    if (fn === undefined) {
      fn = ajvPair.strict.compile(toJsonSchema(schema, doc, 'response'));
      cache.set(id, fn);
    }
    return fn;
  }

  // A schema the split check cannot compile is checked whole, as before.
  function splitOrNull(responseSchema, requestSchema) {
    try {
      return splitChecks.compile(responseSchema, requestSchema);
    } catch {
      return null;
    }
  }

  const checkers = new WeakMap(); // rawOp -> status -> contentType -> (value, from) => violations|null
  const allowed = () => null;

  function checkerFor(rawOp, status, contentType) {
    const response = responseOf(rawOp, status);
    if (response === null) {
      const violations = [{ location: 'status', name: '', message: `${status} is not a documented response of ${rawOp.operationId}` }];
      return () => violations.map((v) => ({ ...v }));
    }
    const content = response.content ?? {};
    const types = Object.keys(content);
    if (types.length === 0 || contentType === null || contentType === undefined) return allowed;
    const type = essence(contentType);
    const mediaType = types.find((t) => essence(t) === type) ?? types.find((t) => t.endsWith('/*') && type.startsWith(t.slice(0, -1)));
    if (mediaType === undefined) {
      const violations = [{ location: 'header', name: 'Content-Type', message: `${type} is not a documented media type of ${rawOp.operationId} ${status} (${types.join(', ')})` }];
      return () => violations.map((v) => ({ ...v }));
    }
    const media = deref(doc, content[mediaType]);
    if (!media?.schema || bodyKind(type) !== 'json') return allowed;
    const fn = compiled(`${rawOp.operationId} ${status} ${mediaType}`, media.schema);
    const whole = (value) => (value === undefined || fn(value) ? null : toViolations(fn.errors, 'body'));
    const splits = new WeakMap(); // request body schema -> split check (split-check.js) or null
    return (value, from) => {
      if (from === undefined || from === null || value === undefined || from.schema === null || typeof from.schema !== 'object') return whole(value);
      let split = splits.get(from.schema);
      if (split === undefined) splits.set(from.schema, (split = splitOrNull(media.schema, from.schema)));
      // Only a pass is taken from the split check; a failure is worked out whole, for its violations.
      return split !== null && split(value, from.body) ? null : whole(value);
    };
  }

  return {
    /** Is `status` documented (exactly, by range or by `default`)? */
    documents(rawOp, status) {
      return responseOf(rawOp, status) !== null;
    },
    /**
     * Checks one answer: null when it is allowed, else a list of violations. A media type the
     * response does not declare is a violation; bodies are checked for JSON media types only.
     * `from` (`{ schema, body }`): `value` was built from `body`, a JSON request body that
     * passed `schema` (the operation's OpenAPI request schema), so the fields it took over
     * unchanged need not be checked again where the two schemas agree (split-check.js); the
     * verdict is the same.
     */
    check(rawOp, status, contentType, value, from = null) {
      // Stateful mode asks on every answer: what to check is worked out once per operation,
      // status and media type, the schema check itself runs every time.
      let byStatus = checkers.get(rawOp);
      if (byStatus === undefined) checkers.set(rawOp, (byStatus = new Map()));
      let byType = byStatus.get(status);
      if (byType === undefined) {
        byType = new Map();
        if (byStatus.size < 64) byStatus.set(status, byType); // upstreams vary in record mode: bounded
      }
      const type = contentType ?? '';
      let checker = byType.get(type);
      if (checker === undefined) {
        checker = checkerFor(rawOp, status, contentType);
        if (byType.size < 64) byType.set(type, checker);
      }
      return checker(value, from);
    },
    /** Checks the data of one SSE event against the operation's `x-event-schema`, if any. */
    checkEvent(rawOp, data) {
      const response = responseOf(rawOp, 200);
      const media = response && deref(doc, response.content?.['text/event-stream']);
      const schema = media?.['x-event-schema'];
      if (!schema) return null;
      const fn = compiled(`${rawOp.operationId} event`, schema);
      return fn(data) ? null : toViolations(fn.errors, 'body');
    },
  };
}
