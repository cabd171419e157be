import { materialise, isTerminal, stepIndex } from './lifecycle.js';
import { streamEvents } from './event-stream.js';
import { timestamp } from './values.js';
import { reply } from './reply.js';
import { headerOf } from './headers.js';
import { findRecord } from './items.js';
import { success, contentTypeOf } from './shapes.js';

/**
 * Long-running resources (lifecycle.js): actions (`POST <item>/cancel` → `canceled`; a second
 * one, or one after the end, → 409) and the event stream of their transitions (SSE, every event
 * checked against `x-event-schema`, resuming after `Last-Event-ID`). Streams still open are
 * kept in `env.streams` so closing the server ends them.
 */
export function createLongRunningRoutes(env) {
  const { store, stepMs, now, answers, shapes, specResponder, validators } = env;

  function action(ctx, { c, pair, verb }) {
    const target = c.statusEnum?.find((s) => s.startsWith(verb.replace(/e$/, '')));
    if (!target) return specResponder(ctx); // an action that is no state change (restore)
    const rec = findRecord(env, ctx, c, pair);
    if (rec === null) return undefined;
    const t = now();
    const terminal = c.terminalStates.length ? isTerminal(rec, t, stepMs, c.terminalStates, c.statusField) : rec.value[c.statusField] === target;
    if (terminal) {
      if (!pair.op.responses.byStatus.has('409')) return specResponder(ctx);
      return answers.problem(ctx, 409, `The resource ${rec.id} is already ${materialise(rec, t, stepMs, c.statusField)[c.statusField]}; it cannot be ${target}.`);
    }
    if (rec.lro) rec.lro.frozen = { status: target, ms: t, step: stepIndex(rec.lro, t, stepMs) };
    else store.replace(rec, { ...rec.value, [c.statusField]: target, ...('updatedAt' in rec.value ? { updatedAt: timestamp(t) } : {}) });
    const ok = success(pair);
    const body = shapes.project(materialise(rec, t, stepMs, c.statusField), shapes.schemaOf(pair, ok.status));
    return answers.finish(ctx, pair, reply(ok.status, ok.headers, contentTypeOf(ok), body));
  }

  function events(ctx, { c, pair }) {
    const rec = findRecord(env, ctx, c, pair);
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
        if (violations) env.onViolation?.({ operationId: pair.op.operationId, status: 200, violations });
        else res.write(frame);
      },
    });
    env.streams.add(stop);
    res.on('close', () => env.streams.delete(stop));
    return undefined;
  }

  return { action, events };
}
