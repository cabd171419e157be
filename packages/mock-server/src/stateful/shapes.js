import { deref } from '../spec/operations.js';
import { declaredProperties, projectNames, secretProperties } from './values.js';
import { createEventNames } from './event-stream.js';
import { lifecycleSteps } from './lifecycle.js';

/**
 * What the spec says a collection's answers look like, worked out once: the item schema and
 * its property names, the status field and its states, secrets, the event schema; plus the
 * response schema of any operation and status, and projection onto it.
 */
export function createShapes(doc) {
  const schemas = new Map(); // `${operationId} ${status}` -> the JSON response schema
  const namesBySchema = new WeakMap();

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

  /** `value` with only the properties `schema` declares (a key's `secret` is shown at creation only). */
  function project(value, schema) {
    if (!schema) return value;
    if (!namesBySchema.has(schema)) namesBySchema.set(schema, declaredProperties(schema, doc));
    return projectNames(value, namesBySchema.get(schema));
  }

  /** Adds to a derived collection (derive-collections.js) what its routes need on every request. */
  function describeCollection(c) {
    const retrieveOk = c.retrieve && success(c.retrieve);
    c.itemSchema = c.retrieve ? schemaOf(c.retrieve, retrieveOk?.status) : null;
    c.itemNames = c.itemSchema ? declaredProperties(c.itemSchema, doc) : null;
    c.listTemplate = c.list ? jsonExample(success(c.list)) : null;
    c.statusField = c.longRunning?.statusField ?? 'status';
    c.terminalStates = c.longRunning?.terminalStates ?? [];
    const statusSchema = c.itemSchema && propertySchema(c.itemSchema, c.statusField);
    c.statusEnum = Array.isArray(statusSchema?.enum) ? statusSchema.enum : null;
    c.steps = c.longRunning && c.statusEnum ? lifecycleSteps(c.statusEnum, c.terminalStates, c.itemNames?.has('progress') ?? false) : null;
    c.secrets = new Set(c.create.flatMap((p) => [...secretProperties(schemaOf(p, success(p)?.status), doc)]));
    const eventSchema = c.events ? deref(doc, eventSchemaOf(c.events.raw)) : null;
    c.eventProperties = eventSchema ? [...(declaredProperties(eventSchema, doc) ?? [])] : [];
    c.eventNames = createEventNames(eventSchema, doc);
    // `/templates/{templateId}` split around its parameter, so an item's path is one concatenation.
    const [before, after] = c.itemTemplate ? c.itemTemplate.split(`{${c.idParam}}`) : ['', ''];
    c.itemPath = (id) => `${before}${encodeURIComponent(id)}${after ?? ''}`;
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

  return { schemaOf, project, describeCollection };
}

/** The compiled success response of an operation (spec mode's default answer). */
export function success(pair) {
  return pair.op.responses.defaultSuccess;
}

const examples = new WeakMap();
/** The parsed example of a compiled response, parsed once (callers copy it before changing it). */
export function jsonExample(ok) {
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

export function contentTypeOf(ok) {
  return ok.contents.find((c) => c.kind === 'json')?.mediaType ?? 'application/json';
}
