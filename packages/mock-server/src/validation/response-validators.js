import { deref } from '../spec/operations.js';
import { essence, bodyKind } from '../http/media-type.js';
import { toJsonSchema } from './to-json-schema.js';
import { toViolations } from './ajv-errors.js';

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

  return {
    /** Is `status` documented (exactly, by range or by `default`)? */
    documents(rawOp, status) {
      return responseOf(rawOp, status) !== null;
    },
    /**
     * Checks one answer: null when it is allowed, else a list of violations. A media type the
     * response does not declare is a violation; bodies are checked for JSON media types only.
     */
    check(rawOp, status, contentType, value) {
      const response = responseOf(rawOp, status);
      if (response === null) return [{ location: 'status', name: '', message: `${status} is not a documented response of ${rawOp.operationId}` }];
      const content = response.content ?? {};
      const types = Object.keys(content);
      if (types.length === 0 || contentType === null || contentType === undefined) return null;
      const type = essence(contentType);
      const mediaType = types.find((t) => essence(t) === type) ?? types.find((t) => t.endsWith('/*') && type.startsWith(t.slice(0, -1)));
      if (mediaType === undefined) return [{ location: 'header', name: 'Content-Type', message: `${type} is not a documented media type of ${rawOp.operationId} ${status} (${types.join(', ')})` }];
      const media = deref(doc, content[mediaType]);
      if (!media?.schema || bodyKind(type) !== 'json' || value === undefined) return null;
      const fn = compiled(`${rawOp.operationId} ${status} ${mediaType}`, media.schema);
      return fn(value) ? null : toViolations(fn.errors, 'body');
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
