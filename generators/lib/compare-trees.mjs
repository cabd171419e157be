import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir` as a sorted list of '/'-separated relative paths ([] if dir is absent). */
export function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Compares the committed tree `actual` with the freshly generated `expected`, byte for byte.
 * Returns {differing, missing (generated but not committed), extra (committed but not generated)}.
 */
export function compareTrees(expected, actual) {
  const want = listFiles(expected);
  const have = new Set(listFiles(actual));
  const differing = [];
  const missing = [];
  for (const rel of want) {
    if (!have.has(rel)) missing.push(rel);
    else if (!fs.readFileSync(path.join(expected, rel)).equals(fs.readFileSync(path.join(actual, rel)))) differing.push(rel);
    have.delete(rel);
  }
  return { differing, missing, extra: [...have].sort() };
}
