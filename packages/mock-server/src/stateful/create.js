import { deref } from '../spec/operations.js';
import { newId, timestamp, mergeInto, unsentValues, copyJson, copyTemplate, etagOf } from './values.js';
import { reply, writeReply } from './reply.js';
import { hasHeader, withHeader } from './headers.js';
import { idempotentRequest } from './idempotency.js';
import { success, jsonExample } from './shapes.js';

/**
 * Creates a resource: the documented success answer with the request's fields in the
 * documented shape (a job's request lands in its `params`), a new ID shaped like the examples',
 * `createdAt`/`updatedAt` now, `version` 1, `Location` and `ETag` where documented; a
 * long-running one starts in its first state. Checked against the spec before it is stored.
 */
export function createCreateRoute(env) {
  const { doc, basePath, store, validators, idempotency, now, answers, specResponder } = env;
  const slotsOf = new WeakMap(); // compiled response -> { list, location, etag } (headerSlots)
  const unsentAllowed = new Map();
  const unsentByOp = new Map();

  function create(ctx, { c, pair }) {
    const idem = idempotentRequest(env, ctx, pair);
    if (idem.answered) return undefined;
    const ok = success(pair);
    const template = jsonExample(ok);
    if (template === null || typeof template !== 'object') return specResponder(ctx);
    const id = newId(template.id ?? exampleId(c), env.random);
    const t = now();
    const lro = c.longRunning && c.steps ? { startedMs: t, steps: c.steps, frozen: null } : null;
    const slots = headerSlots(ok);
    const etag = etagOf(id, 1);
    const headers = slots.list.slice();
    if (slots.location !== -1) headers[slots.location] = `${basePath}${c.itemPath(id)}`;
    if (slots.etag !== -1) headers[slots.etag] = etag;
    // Checked before it is stored: the request as sent in the documented shape, else the
    // example with the new ID; if the spec allows neither, spec mode answers and nothing is kept.
    // The fields taken over from a JSON body are not checked twice where its schema agrees
    // with the answer's (response-validators.js, split-check.js): the verdict is the same.
    const fields = plainFields(ctx.body);
    let body = buildCreated(pair, template, fields, id, t);
    if (lro !== null) body = startLongRunning(body, c);
    const from = fields !== null && ctx.media?.kind === 'json' && ctx.media.schema !== null ? { schema: ctx.media.schema, body: fields } : null;
    let r;
    if (validators.check(pair.raw, ok.status, 'application/json', body, from) === null) r = reply(ok.status, headers, 'application/json', body);
    else {
      body = stamp(copyTemplate(template), id, t);
      r = reply(ok.status, headers, 'application/json', lro === null ? body : startLongRunning(body, c));
      if (!answers.check(ctx, pair, r)) return specResponder(ctx);
    }
    store.add(c.template, id, withoutSecrets(r.body, c.secrets), lro, etag);
    if (idem.key !== undefined) idempotency.remember(pair.op.operationId, idem.key, ctx.body, r);
    return writeReply(ctx.res, ctx.req, r, ctx.requestId);
  }

  // The documented headers with where this create's Location and ETag go, worked out once per
  // response: each create copies the list and fills the two slots.
  function headerSlots(ok) {
    let h = slotsOf.get(ok);
    if (h === undefined) {
      let list = ok.headers;
      if (hasHeader(list, 'Location')) list = withHeader(list, 'Location', '');
      if (hasHeader(list, 'ETag')) list = withHeader(list, 'ETag', '');
      const at = (name) => {
        for (let i = 0; i < list.length; i += 2) if (list[i].toLowerCase() === name) return i + 1;
        return -1;
      };
      h = { list, location: hasHeader(ok.headers, 'Location') ? at('location') : -1, etag: hasHeader(ok.headers, 'ETag') ? at('etag') : -1 };
      slotsOf.set(ok, h);
    }
    return h;
  }

  // The most faithful answer the spec allows: the request as sent (a job's `params`), else merged
  // into the example; a field the request could set but did not becomes its default or null
  // where the answer's schema allows that (decided once per operation and field), else keeps
  // the example's value; else the example with a new ID.
  function buildCreated(pair, template, fields, id, t) {
    const merged = stamp(mergeInto(template, fields), id, t);
    let unsent = unsentByOp.get(pair.op.operationId);
    if (unsent === undefined) {
      unsent = [...unsentValues(deref(doc, pair.raw.requestBody?.content?.['application/json']?.schema), doc)];
      unsentByOp.set(pair.op.operationId, unsent);
    }
    if (unsent.length === 0) return merged;
    // Where the request's fields live in the answer: the top level, or a nested object (`params`).
    const nested = fields === null ? undefined : nestedField(template, fields);
    const target = nested === undefined ? merged : merged[nested];
    for (let i = 0; i < unsent.length; i++) {
      const [key, value] = unsent[i];
      if ((fields !== null && Object.hasOwn(fields, key)) || !Object.hasOwn(target, key)) continue;
      const cacheKey = `${pair.op.operationId}\u0000${nested ?? ''}\u0000${key}`;
      let allowed = unsentAllowed.get(cacheKey);
      if (allowed === undefined) {
        const before = target[key];
        target[key] = value;
        // Once per operation and field, so not on the hot path.
        allowed = validators.check(pair.raw, success(pair).status, 'application/json', merged) === null;
        target[key] = before;
        unsentAllowed.set(cacheKey, allowed);
      }
      if (allowed) target[key] = copyJson(value);
    }
    return merged;
  }

  // An ID to shape new ones like: the newest resource's (the examples' IDs when none was given).
  function exampleId(c) {
    let sample = null;
    store.walk(c.template, Infinity, (rec) => {
      sample = rec.id;
      return false;
    });
    return sample;
  }

  return { create };
}

function startLongRunning(value, c) {
  return {
    ...value,
    [c.statusField]: c.steps[0].status,
    ...('progress' in value ? { progress: 0 } : {}),
    ...('completedAt' in value ? { completedAt: null } : {}),
  };
}

// The object field of the example that has every request field, when none of them is a
// top-level field of the example (a job's `params`); else undefined.
function nestedField(template, fields) {
  let any = false;
  for (const k in fields) {
    if (!Object.hasOwn(fields, k)) continue;
    if (Object.hasOwn(template, k)) return undefined;
    any = true;
  }
  if (!any) return undefined;
  const keys = Object.keys(fields);
  return Object.keys(template).find((k) => template[k] && typeof template[k] === 'object' && !Array.isArray(template[k]) && keys.every((f) => Object.hasOwn(template[k], f)));
}

function plainFields(body) {
  return body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) ? body : null;
}

function stamp(value, id, t) {
  value.id = id;
  if ('createdAt' in value) value.createdAt = timestamp(t);
  if ('updatedAt' in value) value.updatedAt = timestamp(t);
  if (Number.isInteger(value.version)) value.version = 1;
  return value;
}

function withoutSecrets(value, secrets) {
  if (secrets.size === 0) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !secrets.has(k)));
}
