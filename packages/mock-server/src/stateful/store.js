import { deref } from '../spec/operations.js';
import { copyJson, etagOf } from './values.js';

export const DEFAULT_MAX_ITEMS = 10_000;

/**
 * The in-memory resources of every collection, seeded from the spec's examples (every item of
 * every list example, then every example of the retrieve operation; first seen wins), listed
 * newest first. Each collection is an append-only array indexed by a sequence number (newest
 * last) plus an id map, so a page is read by walking back from a sequence number, however many
 * resources a long run created; past `maxItems` the oldest is forgotten. `reset()` puts the
 * seeds back.
 * A record is `{ id, seq, value, version, etag, lro }` (lro: lifecycle.js state, null for seeds).
 * Each collection has a `version`, new on every change, so a page built from it can be reused
 * until it changes (list.js).
 */
export function createStore(collections, doc, { maxItems = DEFAULT_MAX_ITEMS } = {}) {
  const seeds = new Map();
  for (const c of collections.values()) seeds.set(c.template, seedValues(c, doc));
  const state = new Map();
  let changes = 0; // collection versions come from one counter, so none repeats after a reset

  function reset() {
    state.clear();
    for (const [template, values] of seeds) {
      const col = { byId: new Map(), order: [], start: 0, base: 0, version: ++changes };
      state.set(template, col);
      // The first example is the newest: it is added last.
      for (const value of [...values].reverse()) push(col, record(template, value.id, copyJson(value), null));
    }
  }

  // `order[seq - base]` is the record with sequence number `seq`; `start` is the oldest kept.
  // Forgotten slots at the front are dropped now and then, so a long run stays in bounded memory
  // while sequence numbers (and the cursors made of them) keep counting.
  function push(col, rec) {
    rec.seq = col.base + col.order.length;
    col.order.push(rec);
    col.byId.set(rec.id, rec);
    col.version = ++changes;
    while (col.byId.size > maxItems) {
      const oldest = col.order[col.start - col.base];
      col.order[col.start++ - col.base] = undefined;
      if (oldest !== undefined && col.byId.get(oldest.id) === oldest) col.byId.delete(oldest.id);
    }
    const dropped = col.start - col.base;
    if (dropped > 4096 && dropped > col.order.length / 2) {
      col.order = col.order.slice(dropped);
      col.base = col.start;
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
      for (let seq = Math.min(from, col.base + col.order.length - 1); seq >= col.start; seq--) {
        const rec = col.order[seq - col.base];
        if (rec !== undefined && col.byId.get(rec.id) === rec && visit(rec) === false) return;
      }
    },
    /** The collection's version: it changes whenever a record is added, replaced or removed. */
    version: (template) => state.get(template).version,
    /** Adds a new record, the newest (`etag`: its version 1 ETag, when the caller has it already). */
    add(template, id, value, lro, etag) {
      return push(state.get(template), record(template, id, value, lro, etag));
    },
    /** Replaces a record's value, bumping its version and ETag. */
    replace(rec, value) {
      const col = state.get(rec.template);
      if (col !== undefined) col.version = ++changes;
      rec.value = value;
      rec.version += 1;
      rec.etag = etagOf(rec.id, rec.version);
      return rec;
    },
    remove(template, id) {
      const col = state.get(template);
      if (col === undefined || !col.byId.delete(id)) return false;
      col.version = ++changes;
      return true;
    },
  };
}

function record(template, id, value, lro, etag) {
  const version = Number.isInteger(value.version) ? value.version : 1;
  return { id, template, seq: -1, value, version, etag: etag !== undefined && version === 1 ? etag : etagOf(id, version), lro };
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
