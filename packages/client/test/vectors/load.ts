// Loads the shared behaviour vectors of test/vectors/ (format: test/vectors/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** One table-driven case: `input` and the `expected` output every SDK must produce. */
export interface VectorCase {
  name: string;
  input: Record<string, unknown>;
  expected: unknown;
}

const VectorFile = z.strictObject({
  rule: z.string().min(1),
  description: z.string().min(1),
  cases: z.array(z.strictObject({ name: z.string().min(1), input: z.record(z.string(), z.unknown()), expected: z.unknown() })).min(1),
});

/**
 * The vectors folder: `SAIS_VECTORS` (absolute; vitest.config.ts sets it), else the first
 * `test/vectors` found walking up from this file. Never skips: no folder is an error.
 */
export function vectorsDir(): string {
  const fromEnv = process.env.SAIS_VECTORS;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SAIS_VECTORS=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'vectors');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
  }
  throw new Error('No test/vectors folder found: set SAIS_VECTORS to its absolute path');
}

/** Every `*.json` file name of the folder, sorted. */
export function vectorFiles(dir: string = vectorsDir()): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
}

/** Reads and shape-checks one vector file; a missing file or a malformed one throws. */
export function loadVectors(file: string, dir: string = vectorsDir()): VectorCase[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`vector file ${path} is missing`);
  const parsed = VectorFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a vector file: ${z.prettifyError(parsed.error)}`);
  const names = parsed.data.cases.map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`${file}: case name '${dup}' is not unique`);
  return parsed.data.cases as VectorCase[];
}
