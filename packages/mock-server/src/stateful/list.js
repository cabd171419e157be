import { materialise } from './lifecycle.js';
import { projectNames } from './values.js';
import { reply, writeReply } from './reply.js';
import { decodeCursor, encodeCursor, matchesFilters } from './pages.js';
import { success } from './shapes.js';

const MAX_CACHED_PAGES = 512;

/**
 * Lists a collection: newest first, `limit` items from an opaque cursor (pages.js), filtered by
 * the query parameters that name a field. A page that was built, checked against the spec and
 * sent is kept with the collection's version (store.js) and sent again for the same query
 * until the collection changes; collections whose items move over time (long-running) are
 * built on every request.
 */
export function createListRoute(env) {
  const { store, stepMs, now, answers, specResponder } = env;
  const pages = new Map(); // `${template} ${query}` -> { version, r }

  function list(ctx, { c, pair }) {
    const cacheable = c.steps === null;
    const q = ctx.req.url.indexOf('?');
    const key = cacheable ? `${c.template} ${q === -1 ? '' : ctx.req.url.slice(q + 1)}` : null;
    const version = store.version(c.template);
    const cached = key === null ? undefined : pages.get(key);
    if (cached !== undefined && cached.version === version) return writeReply(ctx.res, ctx.req, cached.r, ctx.requestId);

    const l = c.list;
    const query = ctx.query;
    const limit = clampLimit(query[l.limitParam], l.defaultLimit);
    let from = Infinity;
    if (query[l.cursorParam] !== undefined && query[l.cursorParam] !== '') {
      from = decodeCursor(String(query[l.cursorParam]));
      if (from === null) return answers.problem(ctx, 400, `The ${l.cursorParam} is not one this server issued; pass back a nextCursor.`, [{ location: 'query', name: l.cursorParam, message: 'is not a cursor this server issued' }]);
    }
    const filters = Object.entries(query).filter(([k]) => k !== l.cursorParam && k !== l.limitParam);
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
    const ok = success(pair);
    const r = reply(ok.status, ok.headers, 'application/json', { ...(c.listTemplate ?? {}), [l.itemsField]: page, [l.nextCursorField]: next });
    if (!answers.check(ctx, pair, r)) return specResponder(ctx);
    if (key !== null) {
      if (pages.size >= MAX_CACHED_PAGES) pages.clear();
      pages.set(key, { version, r });
    }
    return writeReply(ctx.res, ctx.req, r, ctx.requestId);
  }

  return { list, clear: () => pages.clear() };
}

function clampLimit(value, fallback) {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : fallback;
}
