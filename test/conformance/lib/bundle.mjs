// The bundle is every validated contract in one JSON file (`[{id, file, ...contract}]`, ordered
// by id), so neither the mock server nor a driver parses YAML or re-validates. The mock server
// reads it as written; each driver reads its own copy, where every contract also carries the
// `baseURL` of the session the runner opened for it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The exchange the mock replays for a contract that expects no request at all (an argument
 * error raised before sending): the mock server wants at least one exchange per contract, so
 * this one stands in, and any request that reaches it shows in the session report (the runner
 * fails the contract on `received > 0`, see outcome.mjs trafficMismatch).
 */
export const NOTHING_EXPECTED = {
  request: { method: 'GET', path: '/_no-request-expected' },
  response: {
    status: 400,
    headers: { 'Content-Type': 'application/problem+json' },
    body: { type: 'about:blank', title: 'No request expected', status: 400, code: 'contract_no_request_expected', requestId: 'req_no_request_expected', detail: 'This contract expects the SDK to raise an argument error before sending anything.' },
  },
};

/**
 * Contracts from different folders may not share an ID: a driver reports results by ID.
 * @returns {string[]} problems as `file: reason`
 */
export function duplicateIds(contracts) {
  const seen = new Map();
  const problems = [];
  for (const c of contracts) {
    if (seen.has(c.id)) problems.push(`${c.file}: contract ID '${c.id}' is also used by ${seen.get(c.id)}`);
    else seen.set(c.id, c.file);
  }
  return problems;
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function write(file, list) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(list, null, 2)}\n`);
}

/** Writes the mock server's bundle, ordered by id so the file is the same for the same contracts. */
export function writeBundle(file, contracts) {
  const ordered = [...contracts].sort(byId);
  write(file, ordered.map((c) => (c.exchanges.length === 0 ? { ...c, exchanges: [NOTHING_EXPECTED] } : c)));
  return ordered;
}

/** Writes one driver's bundle: the contracts as loaded, each with its session's `baseURL`. */
export function writeDriverBundle(file, contracts, sessions) {
  write(file, [...contracts].sort(byId).map((c) => ({ ...c, baseURL: sessions.get(c.id).baseURL })));
}

export function readBundle(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
