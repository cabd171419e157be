import { routeParamName } from '../http/router.js';
import { materialise } from './lifecycle.js';
import { mergeInto, timestamp } from './values.js';
import { reply, writeReply } from './reply.js';
import { etagged, ifMatchHolds } from './preconditions.js';
import { success, contentTypeOf } from './shapes.js';

/**
 * One resource of a collection: retrieve, update (`PATCH` merges the body, `PUT` too; the
 * version and ETag move on) and delete (`404` afterwards), each checked against the spec.
 */
export function createItemRoutes(env) {
  const { store, stepMs, now, answers, shapes, specResponder } = env;

  function retrieve(ctx, { c, pair }) {
    const rec = findRecord(env, ctx, c, pair);
    if (rec === null) return undefined;
    const ok = success(pair);
    const body = shapes.project(materialise(rec, now(), stepMs, c.statusField), shapes.schemaOf(pair, ok.status));
    return answers.finish(ctx, pair, reply(ok.status, etagged(ok.headers, rec), contentTypeOf(ok), body));
  }

  function update(ctx, { c, pair }) {
    const rec = findRecord(env, ctx, c, pair);
    if (rec === null || !ifMatchHolds(env, ctx, pair, rec)) return undefined;
    const ok = success(pair);
    const next = mergeInto(rec.value, plainFields(ctx.body));
    if (Number.isInteger(next.version)) next.version = rec.version + 1;
    if ('updatedAt' in next) next.updatedAt = timestamp(now());
    const body = shapes.project(next, shapes.schemaOf(pair, ok.status));
    const r = reply(ok.status, ok.headers, contentTypeOf(ok), body);
    if (!answers.check(ctx, pair, r)) return specResponder(ctx);
    store.replace(rec, next);
    return writeReply(ctx.res, ctx.req, { ...r, headers: etagged(ok.headers, rec) }, ctx.requestId);
  }

  function remove(ctx, { c, pair }) {
    const rec = findRecord(env, ctx, c, pair);
    if (rec === null || !ifMatchHolds(env, ctx, pair, rec)) return undefined;
    const ok = success(pair);
    const json = ok.contents.some((x) => x.kind === 'json');
    const body = json ? shapes.project(materialise(rec, now(), stepMs, c.statusField), shapes.schemaOf(pair, ok.status)) : undefined;
    const r = reply(ok.status, ok.headers, json ? contentTypeOf(ok) : null, body);
    if (!answers.check(ctx, pair, r)) return specResponder(ctx);
    store.remove(c.template, rec.id);
    return writeReply(ctx.res, ctx.req, r, ctx.requestId);
  }

  return { retrieve, update, remove };
}

/**
 * The record the request's path names, or null once the request is answered: `404` where the
 * operation documents it, else spec mode's answer.
 */
export function findRecord(env, ctx, c, pair) {
  const id = ctx.params[routeParamName(c.idParam)];
  const rec = env.store.get(c.template, id);
  if (rec !== null) return rec;
  if (!pair.op.responses.byStatus.has('404')) {
    env.specResponder(ctx);
    return null;
  }
  env.answers.problem(ctx, 404, `No resource at ${c.template} has the ID ${id}.`);
  return null;
}

function plainFields(body) {
  return body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) ? body : null;
}
