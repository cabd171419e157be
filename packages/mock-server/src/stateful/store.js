import { deref } from '../spec/operations.js';
import { etagOf } from './values.js';

export const DEFAULT_MAX_ITEMS = 10_000;

/**
 * The in-memory resources of every collection, seeded from the spec's examples (every item of
 * every list example, then every example of the retrieve operation; first seen wins), listed
 * newest first. Each collection is an append-only array indexed by a sequence number (newest
 * last) plus an id map, so a page is read by walking back from a sequence number, however many
 * resources a long run created; past `maxItems` the oldest is forgotten. `reset()` puts the
 * seeds back.
 * A record is `{ id, seq, value, version, etag, lro }` (lro: lifecycle.js state, null for seeds).
 */
export function createStore(collections, doc, { maxItems = DEFAULT_MAX_ITEMS } = {}) {
  const seeds = new Map();
  for (const c of collections.values()) seeds.set(c.template, seedValues(c, doc));
  const state = new Map();

  function reset() {
    state.clear();
    for (const [template, values] of seeds) {
      const col = { byId: new Map(), order: [], start: 0 };
      state.set(template, col);
      // The first example is the newest: it is added last.
      for (const value of [...values].reverse()) push(col, record(value.id, JSON.parse(JSON.stringify(value)), null));
    }
  }

  function push(col, rec) {
    rec.seq = col.order.length;
    col.order.push(rec);
    col.byId.set(rec.id, rec);
    while (col.byId.size > maxItems) {
      const oldest = col.order[col.start];
      col.order[col.start++] = undefined;
      if (oldest !== undefined && col.byId.get(oldest.id) === oldest) col.byId.delete(oldest.id);
    }
    return rec;
  }
  reset();

  return {
    reset,
    get: (template, id) => state.get(template)?.byId.get(id) ?? null,
    /**
     * Walks the records newest first from sequence number `from` (inclusive; Infinity for the
     * newest), calling `visit(record)` until it returns false.
     */
    walk(template, from, visit) {
      const col = state.get(template);
      for (let i = Math.min(from, col.order.length - 1); i >= col.start; i--) {
        const rec = col.order[i];
        if (rec !== undefined && col.byId.get(rec.id) === rec && visit(rec) === false) return;
      }
    },
    /** Adds a new record, the newest. */
    add(template, id, value, lro) {
      return push(state.get(template), record(id, value, lro));
    },
    /** Replaces a record's value, bumping its version and ETag. */
    replace(rec, value) {
      rec.value = value;
      rec.version += 1;
      rec.etag = etagOf(rec.id, rec.version);
      return rec;
    },
    remove: (template, id) => state.get(template)?.byId.delete(id),
  };
}

function record(id, value, lro) {
  const version = Number.isInteger(value.version) ? value.version : 1;
  return { id, seq: -1, value, version, etag: etagOf(id, version), lro };
}

function seedValues(c, doc) {
  const out = new Map();
  const add = (v) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string' && !out.has(v.id)) out.set(v.id, v);
  };
  if (c.list) for (const page of exampleValues(c.list.raw, doc)) for (const item of page?.[c.list.itemsField] ?? []) add(item);
  if (c.retrieve) for (const v of exampleValues(c.retrieve.raw, doc)) add(v);
  return [...out.values()];
}

// Every JSON example of an operation's lowest 2xx response, the default one first.
export function exampleValues(rawOp, doc) {
  const status = Object.keys(rawOp.responses).filter((s) => /^2\d\d$/.test(s)).sort()[0];
  if (!status) return [];
  const response = deref(doc, rawOp.responses[status]);
  const media = deref(doc, response?.content?.['application/json']);
  if (!media) return [];
  const named = Object.values(media.examples ?? {}).map((e) => deref(doc, e)?.value).filter((v) => v !== undefined);
  return media.example !== undefined ? [media.example, ...named] : named;
}
