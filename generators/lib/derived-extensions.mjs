// Facts templates need but cannot work out themselves. Mustache cannot compare strings or follow
// a $ref, so a template rendering `getJob` cannot ask "does some operation's x-long-running poll
// me?", a model template "am I the page body of a paginated operation?", nor an operation "does
// none of my 2xx responses stream events?". This module answers them once, in JavaScript, marking
// poll operations with `x-waiter`, page-body schemas with `x-list-page` and event-stream operations
// with `x-event-stream`, and giving every operation its SDK method name `x-sdk-method` (the
// spec's own, else the naming rule of sdk-names.mjs) and its params type name
// `x-sdk-params-name`; the generators then read a staged copy of the spec. The user's file is
// never written.
import { HTTP_METHODS, operations, pointer, resolve } from '../../scripts/spec-check/load.mjs';
import { resolvePointer } from './json-pointer.mjs';
import { addCommonProperties } from './common-properties.mjs';
import { hoistReferencedSchemas } from './hoist-schemas.mjs';
import { separateInlineModelNames } from './inline-model-names.mjs';
import { IDENTIFIER, UNTAGGED_RESOURCE, camelIdentifier, methodNameByRule, paramsTypeName, pascalWords, resourceClass, resourceProperty, waiterMethodName } from './sdk-names.mjs';
import { UsageError } from './errors.mjs';

const VERB = /^(get|retrieve|read|fetch|describe)(?=[A-Z])/;

/** Adds every derived extension; returns whether anything was added. */
export function addDerivedExtensions(doc, shown) {
  const hoisted = hoistReferencedSchemas(doc);
  const retitled = separateInlineModelNames(doc).length > 0;
  const inlined = inlinePathItemRefs(doc);
  const ids = addMissingOperationIds(doc);
  const byId = operationsById(doc);
  const waiters = addWaiters(byId, shown);
  const pages = addListPages(doc, byId, shown);
  const graphql = addGraphql(byId, shown);
  const streams = addEventStreams(byId);
  const { added: names, given } = addSdkMethods(byId, shown);
  checkGraphqlMethodsFree(byId, shown);
  const paramsNames = addParamsNames(doc, byId, given, shown);
  const params = addSdkParams(doc);
  const apart = addParamNamesApartFromBody(doc);
  const common = addCommonProperties(doc);
  return hoisted || retitled || graphql || common || inlined || ids || waiters || pages || streams || names || paramsNames || params || apart;
}

/**
 * Replaces each path item that is a local `$ref` (`/a: {$ref: '#/paths/~1b'}`) by a copy of its
 * target: openapi-generator resolves it into a second operation of its own, which the extensions
 * below must see and name apart (a method of its own, not the same `x-sdk-method` twice). The
 * copy's operations carry no `x-sdk-method`: the spec gave that name to the target's.
 */
function inlinePathItemRefs(doc) {
  let added = false;
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!item || typeof item.$ref !== 'string') continue;
    let target = item;
    for (let hops = 0; target && typeof target.$ref === 'string' && hops < 20; hops++) target = resolvePointer(doc, target.$ref);
    if (!target || typeof target !== 'object') continue; // external or dangling: left to the generator / validation
    const { $ref, ...siblings } = item;
    const copy = { ...structuredClone(target), ...siblings };
    for (const method of HTTP_METHODS) if (copy[method]) delete copy[method]['x-sdk-method'];
    doc.paths[path] = copy;
    added = true;
  }
  return added;
}

/**
 * Gives every operation without an `operationId` one made from its method and path
 * (`put /nestedTest` → `putNestedTest`, `get /pets/{id}` → `getPetsById`), unique in the
 * document, so openapi-generator and every extension below name it the same way; without it the
 * SDK method and its resource had no name and the SDK did not compile. An operationId that an
 * earlier operation already has (the spec requires them unique; a path-item `$ref` copies one)
 * gets 2, 3, … (`getPet2`), as openapi-generator would otherwise number it on its own.
 */
function addMissingOperationIds(doc) {
  const all = [...operations(doc)];
  const taken = new Set(all.map(({ op }) => op.operationId).filter((id) => typeof id === 'string' && id !== ''));
  const kept = new Set();
  let added = false;
  for (const { op, path, method } of all) {
    let base = op.operationId;
    if (typeof base === 'string' && base !== '' && !kept.has(base)) {
      kept.add(base);
      continue;
    }
    if (typeof base !== 'string' || base === '') {
      const words = path.split('/').filter(Boolean).map((seg) => {
        const param = /^\{(.+)\}$/.exec(seg);
        return pascalWords(param ? 'By ' + param[1] : seg);
      });
      base = method + words.join('') || method;
    }
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    kept.add(id);
    op.operationId = id;
    added = true;
  }
  return added;
}

/**
 * Marks what the shared SDK call shape `method(...path, body?, params?, options?)` needs and a
 * template cannot work out: each `Idempotency-Key` header parameter gets
 * `x-sdk-request-option: idempotencyKey` (it is the per-call option, not a parameter), and each
 * operation with other query, header or cookie parameters gets `x-sdk-params: {required}` (whether any
 * of them is required, so `params` is) and `name`, its params type (`x-sdk-params-name`).
 */
function addSdkParams(doc) {
  let added = false;
  for (const { op, params } of operations(doc)) {
    let named = false;
    let required = false;
    for (const p of params) {
      if (p.in === 'header' && typeof p.name === 'string' && p.name.toLowerCase() === 'idempotency-key') {
        if (p['x-sdk-request-option'] !== 'idempotencyKey') {
          p['x-sdk-request-option'] = 'idempotencyKey';
          added = true;
        }
      } else if (p.in === 'query' || p.in === 'header' || p.in === 'cookie') {
        named = true;
        required ||= p.required === true;
      }
    }
    const name = op['x-sdk-params-name'];
    if (named && (op['x-sdk-params']?.required !== required || op['x-sdk-params'].name !== name)) {
      op['x-sdk-params'] = name === undefined ? { required } : { required, name };
      added = true;
    }
  }
  return added;
}

/**
 * An SDK that flattens a request body's fields into keyword arguments beside the parameters
 * (Python: `update(username, *, id=..., username=...)`) cannot give a parameter and a body field
 * one name: `PUT /user/{username}` with a `User` body would be a duplicate argument. Each such
 * parameter gets `x-sdk-param-name: <in>_<snake name>` (`path_username`, `query_id`), the
 * location prefix Stainless's SDKs give a parameter in that case; the body field keeps its name,
 * the one its model and `<Model>Param` have (Stainless prefixes it too, `body_id`, but a field
 * of a shared schema cannot be renamed for one operation). Names are compared as snake-cased
 * identifiers would be, ignoring case and separators (`userName` meets `user_name`); a taken
 * prefixed name gets 2, 3, ... (`path_id_2`). The parameter is copied into the operation's own
 * `parameters` (overriding a path-level one, replacing a `$ref`), so no other operation sharing
 * it is renamed, and the arguments keep their order. The Idempotency-Key header (a request option, not an argument) is left alone.
 */
function addParamNamesApartFromBody(doc) {
  const key = (name) => String(name).replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  let added = false;
  for (const [, item] of Object.entries(doc.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op || typeof op !== 'object') continue;
      const fields = new Set(bodyFieldNames(doc, op).map(key));
      if (fields.size === 0) continue;
      // The operation's parameters: its own, then the path item's it does not override.
      const own = (op.parameters ?? []).map((p, index) => ({ p: resolve(doc, p), index }));
      const ownIds = new Set(own.map(({ p }) => `${p?.in} ${p?.name}`));
      const inherited = (item.parameters ?? []).map((p) => ({ p: resolve(doc, p), index: -1 }))
        .filter(({ p }) => !ownIds.has(`${p?.in} ${p?.name}`));
      const all = [...own, ...inherited].filter(({ p }) => p && typeof p.name === 'string' && typeof p.in === 'string');
      const taken = new Set([...fields, ...all.map(({ p }) => key(p.name))]);
      const renamed = new Map();
      for (const { p } of all) {
        if (!fields.has(key(p.name)) || p['x-sdk-request-option']) continue;
        const base = `${p.in}_${snakeIdentifier(p.name)}`;
        let name = base;
        for (let n = 2; taken.has(key(name)); n++) name = `${base}_${n}`;
        taken.add(key(name));
        renamed.set(p, name);
      }
      if (renamed.size === 0) continue;
      const copy = (p) => (renamed.has(p) ? { ...structuredClone(p), 'x-sdk-param-name': renamed.get(p) } : structuredClone(p));
      for (const { p, index } of own) {
        if (!renamed.has(p) || p['x-sdk-param-name'] === renamed.get(p)) continue;
        op.parameters[index] = copy(p);
        added = true;
      }
      // A path-level parameter is renamed through an operation-level copy (it overrides it). The
      // generators list the operation's own parameters first, then the path item's that are not
      // overridden: all of those are copied, in order, so positional path parameters keep theirs.
      if (inherited.some(({ p }) => renamed.has(p))) {
        op.parameters = [...(op.parameters ?? []), ...inherited.map(({ p }) => copy(p))];
        added = true;
      }
    }
  }
  return added;
}

/**
 * The property names of an operation's request body that an SDK flattens into arguments: the
 * object schema of each media type (following `$ref`s and `allOf`), none for a `oneOf`/`anyOf`
 * body (passed whole) or a non-object one.
 */
function bodyFieldNames(doc, op) {
  const body = resolve(doc, op.requestBody);
  const names = [];
  const visit = (schema, seen) => {
    const s = resolve(doc, schema);
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    if (s.oneOf || s.anyOf) return;
    for (const name of Object.keys(s.properties ?? {})) names.push(name);
    for (const part of s.allOf ?? []) visit(part, seen);
  };
  for (const media of Object.values(body?.content ?? {})) visit(media?.schema, new Set());
  return names;
}

/** A snake_case identifier of a name (`petId` → `pet_id`, `X-Header-Value` → `x_header_value`). */
function snakeIdentifier(name) {
  return camelIdentifier(name).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Gives every operation `x-sdk-method`, the method it becomes on its resource in every SDK
 * (`client.jobs.createImage`): the spec's own value, checked, or the naming rule's; a poll
 * operation's `x-waiter` gets `sdkMethod`, its waiter's name (`waitFor`). `x-sdk-resource` is
 * that resource: the first tag as a camelCase identifier (`apiKeys` as spelled,
 * `security-advisories` → `securityAdvisories`), `general` for an untagged operation;
 * `x-sdk-resource-class` its class name (`ApiKeys`).
 * Two of the spec's own names on one resource fail, naming both operations. A name by the rule
 * never does: the spec's own names are placed first, then, in document order, each other
 * operation takes the first free one of the rule's name, its operationId as an identifier, and
 * the rule's name with 2, 3, … (readme-legacy's getChangelogs and getChangelog are both
 * `retrieve` by the rule: the second becomes `getChangelog`).
 * Returns {added, given}: given, the operations whose name is the spec's own.
 */
function addSdkMethods(byId, shown) {
  let added = false;
  const taken = new Map(); // `${resource}\0${name}` -> operationId
  const given = new Set();
  const resourceOf = (op) => resourceProperty(Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : UNTAGGED_RESOURCE) || UNTAGGED_RESOURCE;
  for (const [id, { op, opAt }] of byId) {
    const name = op['x-sdk-method'];
    if (name === undefined) continue;
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      fail(shown, `${opAt}/x-sdk-method`, `${JSON.stringify(name)} is not a camelCase identifier (${IDENTIFIER.source})`);
    }
    const resource = resourceOf(op);
    const other = taken.get(`${resource}\0${name}`);
    if (other !== undefined) fail(shown, `${opAt}/x-sdk-method`, `'${name}' is already the method of ${other} on resource '${resource}'`);
    taken.set(`${resource}\0${name}`, id);
    given.add(op);
  }
  for (const [id, { op }] of byId) {
    const resource = resourceOf(op);
    if (!given.has(op)) {
      const ruled = methodNameByRule(id, resource) || 'operation';
      const candidates = [ruled, camelIdentifier(id)].filter(Boolean);
      let name = candidates.find((c) => !taken.has(`${resource}\0${c}`));
      for (let n = 2; name === undefined; n++) if (!taken.has(`${resource}\0${ruled}${n}`)) name = `${ruled}${n}`;
      taken.set(`${resource}\0${name}`, id);
      op['x-sdk-method'] = name;
      added = true;
    }
    if (op['x-sdk-resource'] !== resource || op['x-sdk-resource-class'] !== resourceClass(resource)) {
      op['x-sdk-resource'] = resource;
      op['x-sdk-resource-class'] = resourceClass(resource);
      added = true;
    }
    // A poll operation's waiter is a method of the same resource: `jobs.waitFor`.
    if (op['x-waiter'] && op['x-waiter'].sdkMethod === undefined) {
      op['x-waiter'].sdkMethod = waiterMethodName(op['x-sdk-method']);
      added = true;
    }
  }
  return { added, given };
}

/**
 * Marks each POST operation that serves GraphQL (`x-graphql-schema`, a JSON request body) with
 * `x-graphql: {query, subscribe, resultModel}`: the SDK methods that wrap it, `query(document,
 * variables)` and, when a 2xx answer is also a `text/event-stream`, `subscribe(document,
 * variables)`; `resultModel` is the component of the JSON result (`GraphqlResponse`) or null.
 * The subscription stream is the GraphQL-over-SSE protocol's, read by `subscribe`: it is taken
 * out of the staged copy, so the operation's own method (`execute`) asks for and decodes JSON
 * only and is no event-stream operation.
 */
function addGraphql(byId, shown) {
  let added = false;
  for (const { op, opAt } of byId.values()) {
    if (op['x-graphql-schema'] === undefined) continue;
    if (typeof op['x-graphql-schema'] !== 'string' || op['x-graphql-schema'] === '') {
      fail(shown, `${opAt}/x-graphql-schema`, 'must name the GraphQL schema file (SDL), relative to the spec');
    }
    let subscribe = false;
    let resultModel = null;
    for (const [code, response] of Object.entries(op.responses ?? {})) {
      if (!/^2\d\d$/.test(code) || !response?.content) continue;
      if (response.content['text/event-stream']) {
        subscribe = true;
        delete response.content['text/event-stream'];
      }
      const json = Object.entries(response.content).find(([type]) => /json/i.test(type))?.[1];
      const ref = json?.schema?.$ref;
      if (resultModel === null && typeof ref === 'string') resultModel = componentName(ref);
    }
    // Only a POST with a JSON body can carry {query, variables, operationName}; GET is a plain call.
    if (!op.requestBody) continue;
    op['x-graphql'] = { query: 'query', subscribe: subscribe ? 'subscribe' : null, resultModel };
    added = true;
  }
  return added;
}

/** The methods `x-graphql` adds must not be those of another operation of the resource. */
function checkGraphqlMethodsFree(byId, shown) {
  const methods = new Map();
  for (const [id, { op }] of byId) methods.set(`${op['x-sdk-resource']}\0${op['x-sdk-method']}`, id);
  const seen = new Map();
  for (const [id, { op, opAt }] of byId) {
    const g = op['x-graphql'];
    if (!g) continue;
    for (const name of [g.query, g.subscribe].filter(Boolean)) {
      const key = `${op['x-sdk-resource']}\0${name}`;
      const other = methods.get(key) ?? seen.get(key);
      if (other !== undefined) {
        fail(shown, `${opAt}/x-graphql-schema`, `the GraphQL method '${name}' of resource '${op['x-sdk-resource']}' is already the method of ${other}; give that operation another x-sdk-method or tag`);
      }
      seen.set(key, id);
    }
  }
}

/**
 * Gives every operation `x-sdk-params-name`, the name of its params type in every SDK
 * (`TemplateListParams`, by the rule of sdk-names.mjs from `x-sdk-resource` and `x-sdk-method`):
 * on every operation, not only those with `x-sdk-params`, because C# also puts form fields in it.
 * The types share one namespace with the models. An operation whose method is the spec's own
 * fails when its name is taken (by another such operation or a component schema), naming both;
 * one named by the rule takes instead `<singular resource class><Pascal operationId>Params`, or
 * that with 2, 3, … The spec's own are placed first.
 */
function addParamsNames(doc, byId, given, shown) {
  let added = false;
  const taken = new Map(); // name -> operationId
  const schemas = doc.components?.schemas ?? {};
  const ops = [...byId].sort(([, a], [, b]) => Number(given.has(b.op)) - Number(given.has(a.op)));
  for (const [id, { op, opAt }] of ops) {
    const resource = op['x-sdk-resource'];
    let name = paramsTypeName(resource, op['x-sdk-method']);
    const isFree = (n) => !taken.has(n) && !Object.hasOwn(schemas, n);
    if (given.has(op)) {
      const other = taken.get(name);
      if (other !== undefined) {
        fail(shown, opAt, `params type name '${name}' (from x-sdk-resource '${resource}' and x-sdk-method '${op['x-sdk-method']}') is already that of ${other}; give one of them another x-sdk-method`);
      }
      if (Object.hasOwn(schemas, name)) {
        fail(shown, opAt, `params type name '${name}' is already the name of the schema ${jsonPointer(['components', 'schemas', name])}; give ${id} another x-sdk-method`);
      }
    } else if (!isFree(name)) {
      const base = paramsTypeName(resource, camelIdentifier(id) || 'operation');
      name = isFree(base) ? base : undefined;
      for (let n = 2; name === undefined; n++) if (isFree(base.replace(/Params$/, `${n}Params`))) name = base.replace(/Params$/, `${n}Params`);
    }
    taken.set(name, id);
    if (op['x-sdk-params-name'] !== name) {
      op['x-sdk-params-name'] = name;
      added = true;
    }
  }
  return added;
}

/**
 * Adds `x-waiter: {name, statusField, terminalStates, startedBy}` to every operation that an
 * `x-long-running.pollOperation` names. `name` is the poll operationId without its leading verb
 * (`getComplianceReport` → `ComplianceReport`), so templates can emit `waitForComplianceReport`.
 * @param {Map<string, {op: object, opAt: string}>} byId the operations (modified in place)
 * @param {string} shown the spec's path, for error messages
 * @returns {boolean} whether anything was added
 */
function addWaiters(byId, shown) {
  let added = false;
  for (const [id, { op, opAt }] of byId) {
    const lro = op['x-long-running'];
    if (lro === undefined) continue;
    const at = `${opAt}/x-long-running`;
    if (!lro || typeof lro !== 'object' || typeof lro.pollOperation !== 'string') fail(shown, `${at}/pollOperation`, 'must name an operationId');
    if (typeof lro.statusField !== 'string') fail(shown, `${at}/statusField`, 'must be a property name');
    if (!Array.isArray(lro.terminalStates) || lro.terminalStates.length === 0) fail(shown, `${at}/terminalStates`, 'must be a non-empty list');
    const poll = byId.get(lro.pollOperation);
    if (!poll) fail(shown, `${at}/pollOperation`, `names '${lro.pollOperation}', which is not an operationId of this spec`);
    const waiter = poll.op['x-waiter'];
    if (waiter === undefined) {
      poll.op['x-waiter'] = {
        name: lro.pollOperation.replace(VERB, '').replace(/^./, (c) => c.toUpperCase()),
        statusField: lro.statusField,
        terminalStates: [...lro.terminalStates],
        startedBy: [id],
      };
      added = true;
    } else if (waiter.statusField !== lro.statusField || waiter.terminalStates.join() !== lro.terminalStates.join()) {
      fail(shown, at, `polls '${lro.pollOperation}' like ${waiter.startedBy[0]} does, but with another statusField or terminalStates`);
    } else {
      waiter.startedBy.push(id);
    }
  }
  return added;
}

/**
 * Adds `x-list-page: {itemsField, nextCursorField, itemSchema, operations}` to each component
 * schema that is the JSON 2xx body of an operation with `x-pagination` (`TemplateList`), so model
 * templates can give exactly those models a page type. `itemSchema` is the component name of the
 * items (`Template`), or null when they are not a component.
 */
function addListPages(doc, byId, shown) {
  let added = false;
  for (const [id, { op, opAt }] of byId) {
    const paging = op['x-pagination'];
    if (paging === undefined) continue;
    const at = `${opAt}/x-pagination`;
    if (!paging || typeof paging.itemsField !== 'string' || typeof paging.nextCursorField !== 'string') {
      fail(shown, at, 'must name itemsField and nextCursorField');
    }
    const success = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
    const ref = success?.[1]?.content?.['application/json']?.schema?.$ref;
    const name = typeof ref === 'string' ? componentName(ref) : null;
    const schema = name === null ? undefined : doc.components?.schemas?.[name];
    if (!schema) continue; // an inline page body has no model to mark
    const items = schema.properties?.[paging.itemsField];
    if (!items || items.type !== 'array') fail(shown, jsonPointer(['components', 'schemas', name, 'properties', paging.itemsField]), `must be an array: ${id}'s x-pagination names it as itemsField`);
    const itemSchema = typeof items.items?.$ref === 'string' ? componentName(items.items.$ref) : null;
    const page = schema['x-list-page'];
    if (page === undefined) {
      schema['x-list-page'] = { itemsField: paging.itemsField, nextCursorField: paging.nextCursorField, itemSchema, operations: [id] };
      added = true;
    } else {
      page.operations.push(id);
    }
  }
  return added;
}

/**
 * Adds `x-event-stream: {eventSchema, eventModel}` to every operation with a 2xx
 * `text/event-stream` response; `eventSchema` is the `$ref` of that response's `x-event-schema`
 * (on the media type or its schema), or null; `eventModel` its component name (`JobEvent`).
 */
function addEventStreams(byId) {
  let added = false;
  for (const { op } of byId.values()) {
    for (const [code, response] of Object.entries(op.responses ?? {})) {
      const media = /^2\d\d$/.test(code) ? response?.content?.['text/event-stream'] : undefined;
      if (!media) continue;
      const events = media['x-event-schema'] ?? media.schema?.['x-event-schema'];
      const ref = typeof events?.$ref === 'string' ? events.$ref : null;
      op['x-event-stream'] = { eventSchema: ref, eventModel: ref === null ? null : componentName(ref) };
      added = true;
      break;
    }
  }
  return added;
}

function operationsById(doc) {
  const byId = new Map();
  for (const { op, at } of operations(doc)) {
    if (typeof op.operationId === 'string') byId.set(op.operationId, { op, opAt: jsonPointer(at) });
  }
  return byId;
}

// The spec checker's JSON pointer without its leading `#`, as the generator's errors write them.
function jsonPointer(segments) {
  return pointer(segments).slice(1);
}

function componentName(ref) {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? match[1].replace(/~1/g, '/').replace(/~0/g, '~') : null;
}

function fail(shown, at, reason) {
  throw new UsageError(`spec ${shown}: ${at} ${reason}`);
}
