import { listOperations } from '../spec/operations.js';
import { send } from '../http/send.js';
import { parsePrefer } from '../responses/prefer.js';
import { createResponseValidators } from '../validation/response-validators.js';
import { seededRandom } from '../faults/seeded-random.js';
import { deriveCollections } from './derive-collections.js';
import { createStore } from './store.js';
import { createIdempotencyStore } from './idempotency.js';
import { createShapes } from './shapes.js';
import { createAnswers } from './answers.js';
import { createListRoute } from './list.js';
import { createCreateRoute } from './create.js';
import { createItemRoutes } from './items.js';
import { createLongRunningRoutes } from './long-running.js';

export const DEFAULT_STEP_MS = 1000;

/**
 * Stateful mode (`sais-mock --stateful`): resources live in memory per collection
 * (derive-collections.js), seeded from the examples; create (create.js), list (list.js),
 * retrieve/update/delete (items.js, with ETags and If-Match from preconditions.js), actions and
 * event streams (long-running.js) work on them, idempotency keys replay (idempotency.js);
 * everything else is answered by spec mode. Every answer is checked against the spec before it
 * is sent (answers.js).
 *
 * @param {object} o
 * @param {object[]} o.operations compiled operations (server.js)
 * @param {number} [o.stepMs] how long a long-running resource stays in each state (1000 ms)
 * @param {number} [o.seed] seeds generated IDs (reset restarts the sequence)
 * @param {number} [o.maxItems] resources kept per collection (store.js)
 */
export function createStatefulMode(o) {
  const { operations, doc, basePath, problemFor, specResponder, ajvPair } = o;
  const seed = o.seed ?? 1;
  const validators = createResponseValidators(doc, ajvPair);
  const collections = deriveCollections(listOperations(doc), operations, doc, basePath);
  const shapes = createShapes(doc);
  for (const c of collections.values()) shapes.describeCollection(c);
  let random = seededRandom(seed);
  const env = {
    doc,
    basePath,
    stepMs: o.stepMs ?? DEFAULT_STEP_MS,
    now: o.now ?? Date.now,
    store: createStore(collections, doc, { maxItems: o.maxItems }),
    idempotency: createIdempotencyStore(),
    validators,
    shapes,
    answers: createAnswers({ validators, specResponder, problemFor, onViolation: o.onViolation }),
    specResponder,
    onViolation: o.onViolation,
    streams: new Set(),
    random: () => random(), // reset() starts the sequence again
  };
  const lists = createListRoute(env);
  const handlers = { ...lists, ...createCreateRoute(env), ...createItemRoutes(env), ...createLongRunningRoutes(env) };

  const routes = new Map(); // operationId -> { kind, c, pair, verb? }
  for (const c of collections.values()) {
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
    return handlers[route.kind](ctx, route);
  }

  return {
    respond,
    collections,
    store: env.store,
    /** Puts the seeds back and restarts the ID sequence: `POST /_mock/reset`. */
    reset() {
      env.store.reset();
      env.idempotency.clear();
      lists.clear();
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
      for (const stop of env.streams) stop();
      env.streams.clear();
    },
  };
}
