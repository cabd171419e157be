import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (the folder holding openapitools.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Folder with one sub-folder per language, each holding an openapi-generator batch config.yaml. */
export const generatorsDir = path.join(repoRoot, 'generators');

/** Path shown to the user: relative to the repo when inside it, otherwise absolute. */
export function displayPath(p) {
  const rel = path.relative(repoRoot, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}
