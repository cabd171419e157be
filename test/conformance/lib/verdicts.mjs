// Every contract's verdict for one SDK: what its driver reported (lib/drivers.mjs) judged with
// the mock server's session reports (lib/sessions.mjs) by lib/outcome.mjs, the one place that
// decides pass or fail for all five SDKs.
import { verdict } from './outcome.mjs';

/**
 * @param {object[]} contracts the bundled contracts
 * @param {{exit: string, reported: Record<string, object>|null, problem: string|null}} run from runDriver
 * @param {Map<string, object|null>} sessions session reports by contract id
 * @returns {Record<string, {status: 'pass'|'fail', reason?: string}>}
 */
export function judgeRun(contracts, run, sessions) {
  return Object.fromEntries(contracts.map((contract) => {
    if (run.problem) return [contract.id, { status: 'fail', reason: run.problem }];
    return [contract.id, verdict(contract, run.reported[contract.id], sessions.get(contract.id) ?? null, run.exit)];
  }));
}
