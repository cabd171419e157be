// Runs every case of every file of the shared vectors (test/vectors/README.md) through the
// client's pure functions. Adding a case needs no code here; a file without a runner, a runner
// without its file, or a case of an unknown shape fails.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadVectors, vectorFiles } from './load.js';
import { runners } from './runners.js';

const files = vectorFiles();

test('every vector file has a runner and every runner its file', () => {
  expect(files).toEqual(Object.keys(runners).sort());
});

for (const file of files) {
  const runner = runners[file];
  describe(file, () => {
    test.each(loadVectors(file).map((c) => [c.name, c] as const))(`${file} › %s`, async (_name, c) => {
      if (!runner) throw new Error(`no runner for ${file}`);
      const input = runner.input.safeParse(c.input);
      if (!input.success) throw new Error(`unknown input shape: ${z.prettifyError(input.error)}`);
      const expected = runner.expected.safeParse(c.expected);
      if (!expected.success) throw new Error(`unknown expected shape: ${z.prettifyError(expected.error)}`);
      await runner.run(input.data, expected.data);
    });
  });
}
