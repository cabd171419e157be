import { declaredProperties, timestamp } from './values.js';
import { stepIndex } from './lifecycle.js';

/**
 * The event stream of a long-running resource (`x-long-running.eventsOperation`): one SSE event
 * per state transition as it happens (`job.status`, `job.progress`, then `job.completed` or
 * `job.failed`), each `data` built from the operation's `x-event-schema`, then the stream ends.
 * `Last-Event-ID` resumes after that event. A resource that does not move (a seeded example, a
 * canceled job) gets one event with its current state.
 */
export function createEventNames(eventSchema, doc) {
  const names = eventNameEnum(eventSchema, doc);
  const find = (re) => names.find((n) => re.test(n)) ?? names[0] ?? 'status';
  return {
    names,
    forStep(step, previous, failed) {
      if (step.terminal) return failed ? find(/fail/) : find(/complet|succe|done|ready/);
      if (previous && previous.status === step.status) return find(/progress/);
      return find(/status/);
    },
  };
}

function eventNameEnum(schema, doc) {
  const props = schema?.properties ?? {};
  const event = props.event ?? props.type;
  const resolved = event?.$ref ? doc && resolveRef(doc, event.$ref) : event;
  return Array.isArray(resolved?.enum) ? resolved.enum : [];
}

function resolveRef(doc, ref) {
  return ref.slice(2).split('/').reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}

/** The `data` of one event: each declared property filled from the resource's state. */
export function eventData(properties, { name, id, status, progress, at, statusField }) {
  const data = {};
  for (const p of properties) {
    if (p === 'event' || p === 'type') data[p] = name;
    else if (p === statusField) data[p] = status;
    else if (p === 'progress') data[p] = progress ?? 0;
    else if (/Id$/.test(p)) data[p] = id;
    else if (/At$/.test(p)) data[p] = timestamp(at);
    else data[p] = null;
  }
  return data;
}

/**
 * Streams the events of `record` on `res`. Returns a function that stops the stream (server
 * closing). `write(frame)` is the caller's, which validates each event first.
 */
export function streamEvents({ res, record, stepMs, now, statusField, terminalStates, eventNames, properties, lastEventId, onEvent }) {
  const { lro } = record;
  const timers = new Set();
  const events = [];
  if (lro === null || lro.frozen !== null) {
    // Nothing moves: the current state, once. A canceled resource is a plain status event.
    const status = lro?.frozen?.status ?? record.value[statusField];
    const name = /fail/.test(status) ? eventNames.forStep({ terminal: true }, null, true)
      : /cancel/.test(status) || !terminalStates.includes(status) ? eventNames.forStep({ status, terminal: false }, null, false)
        : eventNames.forStep({ terminal: true }, null, false);
    events.push({ id: (lro?.frozen?.step ?? 0) + 1, name, status, progress: record.value.progress ?? null, at: lro?.frozen?.ms ?? now });
  } else {
    for (let i = 1; i < lro.steps.length; i++) {
      const step = lro.steps[i];
      events.push({ id: i, name: eventNames.forStep(step, lro.steps[i - 1], false), status: step.status, progress: step.progress, at: lro.startedMs + i * stepMs });
    }
  }
  const pending = events.filter((e) => e.id > lastEventId);
  const emit = (e) => {
    const data = eventData(properties, { ...e, id: record.id, statusField });
    onEvent(`id: ${e.id}\nevent: ${e.name}\ndata: ${JSON.stringify(data)}\n\n`, data);
  };
  let remaining = pending.length;
  if (remaining === 0) {
    res.end();
    return () => {};
  }
  const current = lro === null || lro.frozen !== null ? Infinity : stepIndex(lro, now, stepMs);
  for (const e of pending) {
    const wait = e.id <= current ? 0 : Math.max(0, e.at - now);
    const fire = () => {
      timers.delete(timer);
      if (res.destroyed || res.writableEnded) return;
      emit(e);
      if (--remaining === 0) res.end();
    };
    const timer = wait === 0 ? null : setTimeout(fire, wait);
    if (timer === null) fire();
    else timers.add(timer);
  }
  res.on('close', () => {
    for (const t of timers) clearTimeout(t);
  });
  return () => {
    for (const t of timers) clearTimeout(t);
    if (!res.writableEnded) res.end();
  };
}

export { declaredProperties };
