// The bundle is every validated contract in one JSON file (`[{id, file, ...contract}]`, ordered
// by id) that the mock server and every driver read, so none of them parses YAML or re-validates.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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

/** Writes the bundle, ordered by id so the file is the same for the same contracts. */
export function writeBundle(file, contracts) {
  const ordered = [...contracts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(ordered, null, 2)}\n`);
  return ordered;
}

export function readBundle(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
