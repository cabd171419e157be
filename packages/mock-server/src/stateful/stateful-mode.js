import { listOperations, deref } from '../spec/operations.js';
import { routeParamName } from '../http/router.js';
import { send, sendProblem } from '../http/send.js';
import { parsePrefer } from '../responses/prefer.js';
import { createResponseValidators } from '../validation/response-validators.js';
import { seededRandom } from '../faults/seeded-random.js';
import { deriveCollections } from './derive-collections.js';
import { createStore } from './store.js';
import { createIdempotencyStore } from './idempotency.js';
import { lifecycleSteps, materialise, isTerminal, stepIndex } from './lifecycle.js';
import { createEventNames, streamEvents, declaredProperties } from './event-stream.js';
import { newId, timestamp, mergeInto, projectNames, secretProperties, unsentValues, copyJson, copyTemplate, etagOf } from './values.js';
import { reply, writeReply, withHeader } from './reply.js';
import { decodeCursor, encodeCursor, matchesFilters } from './pages.js';

export const DEFAULT_STEP_MS = 1000;

/**
 * Stateful mode (`sais-mock --stateful`): resources live in memory per collection
 * (derive-collections.js), seeded from the examples; create, retrieve, list, update, delete,
 * actions and event streams work on them; everything else is answered by spec mode. Every
 * answer it builds is checked against the spec before it is sent: one the spec forbids is
 * reported to `onViolation` and replaced by spec mode's documented answer.
 *
 * @param {object} o
 * @param {object[]} o.operations compiled operations (server.js)
 * @param {number} [o.stepMs] how long a long-running resource stays in each state (1000 ms)
 * @param {number} [o.seed] seeds generated IDs (reset restarts the sequence)
 * @param {number} [o.maxItems] resources kept per collection (store.js)
 */
export function createStatefulMode(o) {
  const { operations, doc, basePath, problemFor, specResponder, ajvPair } = o;
  const stepMs = o.stepMs ?? DEFAULT_STEP_MS;
  const seed = o.seed ?? 1;
  const now = o.now ?? Date.now;
  const raw = listOperations(doc);
  const validators = createResponseValidators(doc, ajvPair);
  const collections = deriveCollections(raw, operations, doc, basePath);
  const store = createStore(collections, doc, { maxItems: o.maxItems });
  const idempotency = createIdempotencyStore();
  const streams = new Set();
  let random = seededRandom(seed);
  const schemas = new Map(); // `${operationId} ${status}` -> the JSON response schema (schemaOf)

  const routes = new Map();
  for (const c of collections.values()) {
    describeCollection(c, doc);
    const add = (pair, kind, extra = {}) => pair && routes.set(pair.op.operationId, { kind, c, pair, ...extra });
    if (c.list?.paginates !== undefined && c.list) add(c.list, 'list');
    for (const p of c.create) add(p, 'create');
    add(c.retrieve, 'retrieve');
    add(c.update, 'update');
    add(c.remove, 'remove');
    add(c.events, 'events');
    for (const [verb, p] of c.actions) add(p, 'action', { verb });
  }

  function respond(ctx) {
    const route = routes.get(ctx.op.operationId);
    // No resource behind it, or an explicit `Prefer: code/example`: spec mode's documented answer.
    if (route === undefined || (ctx.req.headers.prefer !== undefined && parsePrefer(ctx.req.headers.prefer) !== null)) return specResponder(ctx);
    return HANDLERS[route.kind](ctx, route);
  }

  const HANDLERS = {
    list(ctx, { c, pair }) {
      const l = c.list;
      const q = ctx.query;
      const limit = clampLimit(q[l.limitParam], l.defaultLimit);
      let from = Infinity;
      if (q[l.cursorParam] !== undefined && q[l.cursorParam] !== '') {
        from = decodeCursor(String(q[l.cursorParam]));
        if (from === null) return problem(ctx, 400, `The ${l.cursorParam} is not one this server issued; pass back a nextCursor.`, [{ location: 'query', name: l.cursorParam, message: 'is not a cursor this server issued' }]);
      }
      const filters = Object.entries(q).filter(([k]) => k !== l.cursorParam && k !== l.limitParam);
      const page = [];
      let next = null;
      const t = now();
      store.walk(c.template, from, (rec) => {
        const value = projectNames(materialise(rec, t, stepMs, c.statusField), c.itemNames);
        if (!matchesFilters(value, filters)) return true;
        if (page.length === limit) {
          next = encodeCursor(rec.seq);
          return false;
        }
        page.push(value);
        return true;
      });
      const body = { ...(c.listTemplate ?? {}), [l.itemsField]: page, [l.nextCursorField]: next };
      return finish(ctx, pair, reply(success(pair).status, success(pair).headers, 'application/json', body));
    },

    create(ctx, route) {
      const { c, pair } = route;
      const key = headerOf(ctx.req, 'idempotency-key');
      if (key !== undefined && pair.raw.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')) {
        const seen = idempotency.lookup(pair.op.operationId, key, ctx.body);
        if (seen?.conflict) return problem(ctx, 409, `Idempotency-Key ${key} was already used with another request body.`, [{ location: 'header', name: 'Idempotency-Key', message: 'was already used with another request body' }]);
        if (seen?.replay) return writeReply(ctx.res, ctx.req, seen.replay, ctx.requestId, ['Idempotent-Replayed', 'true']);
      }
      const ok = success(pair);
      const template = jsonExample(ok);
      if (template === null || typeof template !== 'object') return specResponder(ctx);
      const id = newId(template.id ?? exampleId(c), random);
      const t = now();
      const lro = c.longRunning && c.steps ? { startedMs: t, steps: c.steps, frozen: null } : null;
      const started = (value) => (lro === null ? value : {
        ...value,
        [c.statusField]: c.steps[0].status,
        ...('progress' in value ? { progress: 0 } : {}),
        ...('completedAt' in value ? { completedAt: null } : {}),
      });
      let headers = withHeader(ok.headers, 'Location', hasHeader(ok.headers, 'Location') ? `${basePath}${itemPath(c, id)}` : null);
      if (hasHeader(ok.headers, 'ETag')) headers = withHeader(headers, 'ETag', etagOf(id, 1));
      // Checked before it is stored: the request as sent in the documented shape, else the
      // example with the new ID; if the spec allows neither, spec mode answers and nothing is kept.
      let r = reply(ok.status, headers, 'application/json', started(buildCreated(pair, template, plainFields(ctx.body), id, t)));
      if (validators.check(pair.raw, r.status, r.contentType, r.body) !== null) {
        r = reply(ok.status, headers, 'application/json', started(stamp(copyTemplate(template), id, t)));
        if (!check(ctx, pair, r)) return specResponder(ctx);
      }
      store.add(c.template, id, withoutSecrets(r.body, c.secrets), lro);
      if (key !== undefined) idempotency.remember(pair.op.operationId, key, ctx.body, r);
      return writeReply(ctx.res, ctx.req, r, ctx.requestId);
    },

    retrieve(ctx, { c, pair }) {
      const rec = found(ctx, c, pair);
      if (rec === null) return undefined;
      const ok = success(pair);
      const body = project(materialise(rec, now(), stepMs, c.statusField), schemaOf(pair, ok.status));
      return finish(ctx, pair, reply(ok.status, etagged(ok.headers, rec), contentTypeOf(ok), body));
    },

    update(ctx, { c, pair }) {
      const rec = found(ctx, c, pair);
      if (rec === null || !preconditionHolds(ctx, pair, rec)) return undefined;
      const ok = success(pair);
      const next = mergeInto(rec.value, plainFields(ctx.body));
      if (Number.isInteger(next.version)) next.version = rec.version + 1;
      if ('updatedAt' in next) next.updatedAt = timestamp(now());
      const body = project(next, schemaOf(pair, ok.status));
      const r = reply(ok.status, ok.headers, contentTypeOf(ok), body);
      if (!check(ctx, pair, r)) return specResponder(ctx);
      store.replace(rec, next);
      return writeReply(ctx.res, ctx.req, { ...r, headers: etagged(ok.headers, rec) }, ctx.requestId);
    },

    remove(ctx, { c, pair }) {
      const rec = found(ctx, c, pair);
      if (rec === null || !preconditionHolds(ctx, pair, rec)) return undefined;
      const ok = success(pair);
      const json = ok.contents.some((x) => x.kind === 'json');
      const body = json ? project(materialise(rec, now(), stepMs, c.statusField), schemaOf(pair, ok.status)) : undefined;
      const r = reply(ok.status, ok.headers, json ? contentTypeOf(ok) : null, body);
      if (!check(ctx, pair, r)) return specResponder(ctx);
      store.remove(c.template, rec.id);
      return writeReply(ctx.res, ctx.req, r, ctx.requestId);
    },

    action(ctx, { c, pair, verb }) {
      const target = c.statusEnum?.find((s) => s.startsWith(verb.replace(/e$/, '')));
      if (!target) return specResponder(ctx); // an action that is no state change (restore)
      const rec = found(ctx, c, pair);
      if (rec === null) return undefined;
      const t = now();
      const terminal = c.terminalStates.length ? isTerminal(rec, t, stepMs, c.terminalStates, c.statusField) : rec.value[c.statusField] === target;
      if (terminal) {
        if (!pair.op.responses.byStatus.has('409')) return specResponder(ctx);
        return problem(ctx, 409, `The resource ${rec.id} is already ${materialise(rec, t, stepMs, c.statusField)[c.statusField]}; it cannot be ${target}.`);
      }
      if (rec.lro) rec.lro.frozen = { status: target, ms: t, step: stepIndex(rec.lro, t, stepMs) };
      else store.replace(rec, { ...rec.value, [c.statusField]: target, ...('updatedAt' in rec.value ? { updatedAt: timestamp(t) } : {}) });
      const ok = success(pair);
      const body = project(materialise(rec, t, stepMs, c.statusField), schemaOf(pair, ok.status));
      return finish(ctx, pair, reply(ok.status, ok.headers, contentTypeOf(ok), body));
    },

    events(ctx, { c, pair }) {
      const rec = found(ctx, c, pair);
      if (rec === null) return undefined;
      const { res, req, requestId } = ctx;
      const headers = success(pair).headers.concat(['X-Request-Id', requestId, 'Content-Type', 'text/event-stream', 'Cache-Control', 'no-cache']);
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      const last = Number(headerOf(req, 'last-event-id') ?? 0);
      const stop = streamEvents({
        res,
        record: rec,
        stepMs,
        now: now(),
        statusField: c.statusField,
        terminalStates: c.terminalStates,
        eventNames: c.eventNames,
        properties: c.eventProperties,
        lastEventId: Number.isFinite(last) ? last : 0,
        onEvent(frame, data) {
          const violations = validators.checkEvent(pair.raw, data);
          if (violations) o.onViolation?.({ operationId: pair.op.operationId, status: 200, violations });
          else res.write(frame);
        },
      });
      streams.add(stop);
      res.on('close', () => streams.delete(stop));
      return undefined;
    },
  };

  // The most faithful answer the spec allows: the request as sent (a job's `params`), else merged
  // into the example; a field the request could set but did not becomes its default or null
  // where the answer's schema allows that (decided once per operation and field), else keeps
  // the example's value; else the example with a new ID.
  const unsentAllowed = new Map();
  const unsentByOp = new Map();
  function buildCreated(pair, template, fields, id, t) {
    const ok = success(pair);
    const valid = (v) => validators.check(pair.raw, ok.status, 'application/json', v) === null;
    const merged = stamp(mergeInto(template, fields), id, t);
    let unsent = unsentByOp.get(pair.op.operationId);
    if (unsent === undefined) {
      unsent = unsentValues(deref(doc, pair.raw.requestBody?.content?.['application/json']?.schema), doc);
      unsentByOp.set(pair.op.operationId, unsent);
    }
    // Where the request's fields live in the answer: the top level, or a nested object (`params`).
    const keys = Object.keys(fields ?? {});
    const nested = keys.length > 0 && !keys.some((k) => Object.hasOwn(template, k))
      ? Object.keys(template).find((k) => template[k] && typeof template[k] === 'object' && !Array.isArray(template[k]) && keys.every((f) => Object.hasOwn(template[k], f)))
      : undefined;
    const target = nested === undefined ? merged : merged[nested];
    for (const [key, value] of unsent) {
      if ((fields && Object.hasOwn(fields, key)) || !Object.hasOwn(target, key)) continue;
      const cacheKey = `${pair.op.operationId}\u0000${nested ?? ''}\u0000${key}`;
      let allowed = unsentAllowed.get(cacheKey);
      if (allowed === undefined) {
        const before = target[key];
        target[key] = value;
        allowed = valid(merged); // once per operation and field, so not on the hot path
        target[key] = before;
        unsentAllowed.set(cacheKey, allowed);
      }
      if (allowed) target[key] = copyJson(value);
    }
    return merged;
  }

  function describeCollection(c) {
    const retrieveOk = c.retrieve && success(c.retrieve);
    c.itemSchema = c.retrieve ? schemaOf(c.retrieve, retrieveOk?.status) : null;
    c.itemNames = c.itemSchema ? declaredProperties(c.itemSchema, doc) : null;
    c.listTemplate = c.list ? jsonExample(success(c.list)) : null;
    c.statusField = c.longRunning?.statusField ?? 'status';
    c.terminalStates = c.longRunning?.terminalStates ?? [];
    const statusSchema = c.itemSchema && propertySchema(c.itemSchema, c.statusField);
    c.statusEnum = Array.isArray(statusSchema?.enum) ? statusSchema.enum : null;
    const props = c.itemSchema ? declaredProperties(c.itemSchema, doc) : null;
    c.steps = c.longRunning && c.statusEnum ? lifecycleSteps(c.statusEnum, c.terminalStates, props?.has('progress') ?? false) : null;
    c.secrets = new Set(c.create.flatMap((p) => [...secretProperties(schemaOf(p, success(p)?.status), doc)]));
    const eventSchema = c.events ? deref(doc, eventSchemaOf(c.events.raw)) : null;
    c.eventProperties = eventSchema ? [...(declaredProperties(eventSchema, doc) ?? [])] : [];
    c.eventNames = createEventNames(eventSchema, doc);
  }

  function eventSchemaOf(rawOp) {
    for (const r of Object.values(rawOp.responses)) {
      const media = deref(doc, deref(doc, r)?.content?.['text/event-stream']);
      if (media?.['x-event-schema']) return media['x-event-schema'];
    }
    return null;
  }

  function propertySchema(schema, name, seen = new Set()) {
    const s = deref(doc, schema);
    if (!s || seen.has(s)) return null;
    seen.add(s);
    if (s.properties?.[name]) return deref(doc, s.properties[name]);
    for (const part of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
      const found = propertySchema(part, name, seen);
      if (found) return found;
    }
    return null;
  }

  function schemaOf(pair, status) {
    const key = `${pair.op.operationId} ${status}`;
    if (!schemas.has(key)) schemas.set(key, findSchema(pair, status));
    return schemas.get(key);
  }

  function findSchema(pair, status) {
    if (status === undefined || status === null) return null;
    const response = deref(doc, pair.raw.responses[String(status)]);
    return deref(doc, response?.content?.['application/json'])?.schema ?? null;
  }

  const namesBySchema = new WeakMap();
  const project = (value, schema) => {
    if (!schema) return value;
    if (!namesBySchema.has(schema)) namesBySchema.set(schema, declaredProperties(schema, doc));
    return projectNames(value, namesBySchema.get(schema));
  };

  function found(ctx, c, pair) {
    const id = ctx.params[routeParamName(c.idParam)];
    const rec = store.get(c.template, id);
    if (rec !== null) return rec;
    if (!pair.op.responses.byStatus.has('404')) {
      specResponder(ctx);
      return null;
    }
    problem(ctx, 404, `No resource at ${c.template} has the ID ${id}.`);
    return null;
  }

  function preconditionHolds(ctx, pair, rec) {
    const takes = pair.raw.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
    const sent = headerOf(ctx.req, 'if-match');
    if (!takes || sent === undefined) return true;
    const tags = sent.split(',').map((s) => s.trim());
    if (tags.includes('*') || tags.includes(rec.etag)) return true;
    problem(ctx, 412, `The resource ${rec.id} changed since ${sent}; its ETag is now ${rec.etag}. Read it again and retry.`);
    return false;
  }

  function problem(ctx, status, detail, errors) {
    return sendProblem(ctx.res, ctx.req, ctx.requestId, status, problemFor(ctx.op, status), { detail, errors });
  }

  function check(ctx, pair, r) {
    const violations = validators.check(pair.raw, r.status, r.contentType, r.body);
    if (violations === null) return true;
    o.onViolation?.({ operationId: pair.op.operationId, status: r.status, violations });
    return false;
  }

  function finish(ctx, pair, r) {
    if (!check(ctx, pair, r)) return specResponder(ctx);
    return writeReply(ctx.res, ctx.req, r, ctx.requestId);
  }

  function itemPath(c, id) {
    return c.itemTemplate.replace(`{${c.idParam}}`, encodeURIComponent(id));
  }

  function exampleId(c) {
    let sample = null;
    store.walk(c.template, Infinity, (rec) => {
      sample = rec.id;
      return false;
    });
    return sample;
  }

  return {
    respond,
    collections,
    store,
    /** Puts the seeds back and restarts the ID sequence: `POST /_mock/reset`. */
    reset() {
      store.reset();
      idempotency.clear();
      random = seededRandom(seed);
    },
    /** Answers `POST /_mock/reset`; false for any other path. */
    handle(req, res, nextRequestId) {
      const path = req.url.split('?')[0];
      if (path !== '/_mock/reset') return false;
      const requestId = nextRequestId();
      if (req.method !== 'POST') {
        send(res, 405, ['Allow', 'POST'], null, { data: '', length: 0 }, requestId);
        return true;
      }
      this.reset();
      req.resume();
      send(res, 204, [], null, { data: '', length: 0 }, requestId);
      return true;
    },
    close() {
      for (const stop of streams) stop();
      streams.clear();
    },
  };
}

function success(pair) {
  return pair.op.responses.defaultSuccess;
}

const examples = new WeakMap();
// The parsed example of a compiled response, parsed once (callers copy it before changing it).
function jsonExample(ok) {
  if (!ok) return null;
  if (!examples.has(ok)) examples.set(ok, parseExample(ok));
  return examples.get(ok);
}

function parseExample(ok) {
  const json = ok?.contents.find((c) => c.kind === 'json');
  if (!json || json.body.length === 0) return null;
  try {
    return JSON.parse(String(json.body.data));
  } catch {
    return null;
  }
}

function contentTypeOf(ok) {
  return ok.contents.find((c) => c.kind === 'json')?.mediaType ?? 'application/json';
}

function clampLimit(value, fallback) {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : fallback;
}

function headerOf(req, name) {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function hasHeader(list, name) {
  const lower = name.toLowerCase();
  for (let i = 0; i < list.length; i += 2) if (list[i].toLowerCase() === lower) return true;
  return false;
}

function etagged(headers, rec) {
  return hasHeader(headers, 'ETag') ? withHeader(headers, 'ETag', rec.etag) : headers;
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
