import { deref } from '../spec/operations.js';

/**
 * Derives the in-memory collections of stateful mode from any OpenAPI document, with no
 * per-API table: a path ending in a path parameter (`/templates/{templateId}`) is an item of
 * the collection above it (`/templates`). Its operations are found by method and shape:
 * - `list`: GET on the collection (its `x-pagination` names the cursor/limit/items fields);
 * - `create`: POST on the collection, plus any POST elsewhere whose success documents a
 *   `Location` example inside the collection (`/generate/image` → `/jobs/{jobId}`);
 * - `retrieve`/`update` (PATCH or PUT)/`remove` (DELETE) on the item;
 * - `actions`: POST on `<item>/<verb>` (`/jobs/{jobId}/cancel`);
 * - `events`: GET on `<item>/<name>` answering `text/event-stream`.
 * Long-running creators (`x-long-running`) give the collection its status field and terminal states.
 *
 * @param {object[]} rawOps listOperations(doc), `compiled` the matching compileOperation results
 * @returns {Map<string, Collection>} keyed by the collection's path template
 */
export function deriveCollections(rawOps, compiled, doc, basePath) {
  const byTemplate = new Map();
  const itemOf = new Map(); // item template -> collection
  const ensure = (template) => {
    let c = byTemplate.get(template);
    if (!c) {
      c = { template, itemTemplate: null, idParam: null, list: null, create: [], retrieve: null, update: null, remove: null, actions: new Map(), events: null, longRunning: null };
      byTemplate.set(template, c);
    }
    return c;
  };
  const pairs = rawOps.map((raw, i) => ({ raw, op: compiled[i] }));
  for (const pair of pairs) {
    const m = /^(.*)\/\{([^}/]+)\}$/.exec(pair.raw.pathTemplate);
    if (!m || m[1] === '') continue;
    const c = ensure(m[1]);
    c.itemTemplate = pair.raw.pathTemplate;
    c.idParam = m[2];
    itemOf.set(pair.raw.pathTemplate, c);
  }
  for (const pair of pairs) {
    const { raw } = pair;
    const template = raw.pathTemplate;
    const method = raw.method;
    const asItem = itemOf.get(template);
    if (asItem) {
      if (method === 'GET') asItem.retrieve = pair;
      else if (method === 'PATCH' || (method === 'PUT' && asItem.update === null)) asItem.update = pair;
      else if (method === 'DELETE') asItem.remove = pair;
      continue;
    }
    const under = /^(.*\/\{[^}/]+\})\/([^/{}]+)$/.exec(template);
    const parent = under && itemOf.get(under[1]);
    if (parent) {
      if (method === 'POST') parent.actions.set(under[2], pair);
      else if (method === 'GET' && answersEventStream(raw, doc)) parent.events = pair;
      continue;
    }
    const collection = byTemplate.get(template);
    if (collection && method === 'GET') collection.list = pair;
    else if (collection && method === 'POST') collection.create.push(pair);
    else if (method === 'POST' && !template.includes('{')) {
      const target = locationTarget(raw, doc, basePath, itemOf);
      if (target) target.create.push(pair);
    }
  }
  for (const c of byTemplate.values()) {
    const lro = c.create.map((p) => p.raw.operation['x-long-running']).find(Boolean);
    if (lro) c.longRunning = { statusField: lro.statusField ?? 'status', terminalStates: lro.terminalStates ?? [] };
    c.list = c.list && paginated(c.list);
  }
  return byTemplate;
}

// The list operation with its pagination fields (x-pagination, else the usual names).
function paginated(pair) {
  const x = pair.raw.operation['x-pagination'] ?? {};
  const names = new Set(pair.raw.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const limitParam = x.limitParam ?? 'limit';
  const limitSchema = pair.raw.parameters.find((p) => p.in === 'query' && p.name === limitParam)?.schema;
  return {
    ...pair,
    cursorParam: x.cursorParam ?? 'cursor',
    limitParam,
    defaultLimit: Number.isInteger(limitSchema?.default) ? limitSchema.default : 20,
    itemsField: x.itemsField ?? 'data',
    nextCursorField: x.nextCursorField ?? 'nextCursor',
    paginates: names.has(x.cursorParam ?? 'cursor'),
  };
}

function answersEventStream(raw, doc) {
  return Object.values(raw.responses).some((r) => Object.keys(deref(doc, r)?.content ?? {}).includes('text/event-stream'));
}

// The collection a POST's documented `Location` example points into.
function locationTarget(raw, doc, basePath, itemOf) {
  for (const [status, ref] of Object.entries(raw.responses)) {
    if (!/^2/.test(status)) continue;
    const header = deref(doc, deref(doc, ref)?.headers?.Location);
    const example = header?.example;
    if (typeof example !== 'string') continue;
    const path = example.startsWith(basePath) ? example.slice(basePath.length) : example;
    for (const [template, c] of itemOf) {
      const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
      if (re.test(path)) return c;
    }
  }
  return null;
}
