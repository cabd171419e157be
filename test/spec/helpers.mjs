// Writes a mutated copy of openapi.yaml (and its example files) to a temp folder for a test.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const SPEC = new URL('../../openapi.yaml', import.meta.url).pathname;

export function loadSpecObject() {
  return parse(readFileSync(SPEC, 'utf8'));
}

/** Applies `mutate` to a fresh copy of the spec and returns the copy's path. */
export function mutatedSpec(mutate) {
  const dir = mkdtempSync(join(tmpdir(), 'spec-check-'));
  cpSync(new URL('../../examples', import.meta.url).pathname, join(dir, 'examples'), { recursive: true });
  const spec = loadSpecObject();
  mutate(spec);
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, stringify(spec));
  return file;
}

export function writeRaw(text) {
  const file = join(mkdtempSync(join(tmpdir(), 'spec-check-')), 'openapi.yaml');
  writeFileSync(file, text);
  return file;
}
