// A recorded contract as file text, and the decision what to do with it: write it, leave an
// identical file alone, keep a file that differs (unless --overwrite), or under --check only
// report the difference. Nothing here reads the clock, so the same recording is the same text.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

/**
 * YAML 1.1-safe text (dates, `yes`, `on` … are quoted, so any YAML parser reads strings back),
 * with a header naming the scenario it came from.
 */
export function contractText(contract, scenarioId, scenariosFile) {
  const header = `# Recorded by \`npm run contracts:record\` from ${scenariosFile} (${scenarioId}).\n# To change it, change the scenario and record again (--only ${scenarioId} --overwrite).\n`;
  return header + stringify(contract, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, singleQuote: true, indentSeq: false });
}

/** The first line where two texts differ, for a short report. */
export function firstDifference(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: ${JSON.stringify(a[i] ?? '<end of file>')} → ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return null;
}

/**
 * @param {string} file where the contract (or a body file) goes
 * @param {string|Buffer} content
 * @param {{overwrite: boolean, check: boolean}} mode
 * @returns {{action: 'wrote'|'unchanged'|'kept'|'missing'|'differs', detail?: string}}
 */
export function settle(file, content, { overwrite, check }) {
  const exists = existsSync(file);
  const current = exists ? readFileSync(file) : null;
  const same = exists && current.equals(Buffer.isBuffer(content) ? content : Buffer.from(content));
  if (same) return { action: 'unchanged' };
  const detail = exists && !Buffer.isBuffer(content) ? firstDifference(current.toString('utf8'), content) : null;
  if (check) return { action: exists ? 'differs' : 'missing', ...(detail ? { detail } : {}) };
  if (exists && !overwrite) return { action: 'kept', ...(detail ? { detail } : {}) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return { action: 'wrote' };
}
