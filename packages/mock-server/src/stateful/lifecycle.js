import { timestamp } from './values.js';

/**
 * Long-running resources (`x-long-running`) move through their states over time: every
 * in-progress state of the status enum in order (`queued`, `running`), a half-way progress step
 * when the resource has a `progress` field, then the first terminal state (`succeeded`).
 * Each step lasts `stepMs`. A resource's state is computed when it is read, so no timers run
 * for resources nobody looks at. An action (cancel) freezes it in another state.
 *
 * @param {string[]} states the status field's enum
 * @param {string[]} terminal the x-long-running terminal states
 * @param {boolean} hasProgress whether the resource has a numeric `progress` field
 * @returns {{status: string, progress: number|null, terminal: boolean}[]}
 */
export function lifecycleSteps(states, terminal, hasProgress) {
  const inProgress = states.filter((s) => !terminal.includes(s));
  const steps = inProgress.map((status) => ({ status, progress: hasProgress ? 0 : null, terminal: false }));
  if (hasProgress && steps.length > 0) steps.push({ status: steps[steps.length - 1].status, progress: 50, terminal: false });
  const done = terminal[0] ?? states[states.length - 1];
  steps.push({ status: done, progress: hasProgress ? 100 : null, terminal: true });
  return steps;
}

/** The index of the step a resource started at `startedMs` is in at `nowMs`. */
export function stepIndex(lro, nowMs, stepMs) {
  if (lro.frozen !== null) return lro.frozen.step;
  return Math.min(lro.steps.length - 1, Math.max(0, Math.floor((nowMs - lro.startedMs) / stepMs)));
}

/** The resource as it is at `nowMs`: status, progress, updatedAt and completedAt filled in. */
export function materialise(record, nowMs, stepMs, statusField) {
  const { lro } = record;
  if (lro === null) return record.value;
  const i = stepIndex(lro, nowMs, stepMs);
  const step = lro.steps[i];
  const out = { ...record.value };
  if (lro.frozen !== null) {
    out[statusField] = lro.frozen.status;
    if ('updatedAt' in out) out.updatedAt = timestamp(lro.frozen.ms);
    if ('completedAt' in out) out.completedAt = timestamp(lro.frozen.ms);
    if (step.progress !== null && 'progress' in out) out.progress = step.progress;
    return out;
  }
  out[statusField] = step.status;
  if (step.progress !== null && 'progress' in out) out.progress = step.progress;
  const at = lro.startedMs + i * stepMs;
  if (i > 0 && 'updatedAt' in out) out.updatedAt = timestamp(at);
  if ('completedAt' in out) out.completedAt = step.terminal ? timestamp(at) : null;
  return out;
}

/** Is the resource in a terminal state now (its own or a frozen one)? */
export function isTerminal(record, nowMs, stepMs, terminalStates, statusField) {
  if (record.lro === null) return terminalStates.includes(record.value[statusField]);
  if (record.lro.frozen !== null) return true;
  return record.lro.steps[stepIndex(record.lro, nowMs, stepMs)].terminal;
}
