// Facts templates need but cannot work out themselves. Mustache cannot compare strings, so a
// template rendering `getJob` cannot ask "does some operation's x-long-running poll me?". This
// module answers it once, in JavaScript, by marking each poll operation with `x-waiter`; the
// generators then read a staged copy of the spec. The user's spec file is never written.
import { UsageError } from './errors.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const VERB = /^(get|retrieve|read|fetch|describe)(?=[A-Z])/;

/**
 * Adds `x-waiter: {name, statusField, terminalStates, startedBy}` to every operation that an
 * `x-long-running.pollOperation` names. `name` is the poll operationId without its leading verb
 * (`getComplianceReport` → `ComplianceReport`), so templates can emit `waitForComplianceReport`.
 * @param {object} doc the parsed OpenAPI document (modified in place)
 * @param {string} shown the spec's path, for error messages
 * @returns {boolean} whether anything was added
 */
export function addDerivedExtensions(doc, shown) {
  const byId = new Map();
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op && typeof op.operationId === 'string') byId.set(op.operationId, { op, pointer: `/paths/${escape(route)}/${method}` });
    }
  }
  let added = false;
  for (const [id, { op, pointer }] of byId) {
    const lro = op['x-long-running'];
    if (lro === undefined) continue;
    const at = `${pointer}/x-long-running`;
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

function escape(route) {
  return route.replace(/~/g, '~0').replace(/\//g, '~1');
}

function fail(shown, pointer, reason) {
  throw new UsageError(`spec ${shown}: ${pointer} ${reason}`);
}
