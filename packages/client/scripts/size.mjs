#!/usr/bin/env node
// Prints min+gzip sizes of the built client bundled with its dependencies (ky, zod/mini,
// eventsource-parser) by esbuild, as a browser app would ship it, and fails over budget.
// Run `npm run build` first: it measures dist/, what users install.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// SIZE_BUDGET_KB overrides the budget, e.g. to see the check fail.
const BUDGET_BYTES = Number(process.env.SIZE_BUDGET_KB ?? 25) * 1024;
const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(pkgDir, 'dist/index.js');
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `npm run build -w packages/client` first.');
  process.exit(1);
}

const scenarios = [
  ['full client (new SecureAIStudio, every resource)', `export { SecureAIStudio } from ${JSON.stringify(entry)};`, true],
  ['one resource (BaseClient + Templates)', `export { BaseClient, Templates } from ${JSON.stringify(entry)};`, false],
];

let failed = false;
for (const [name, contents, budgeted] of scenarios) {
  const result = await build({
    stdin: { contents, resolveDir: pkgDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs);
  const byPkg = {};
  for (const [file, { bytesInOutput }] of inputs) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? '@secure-ai-studio/client';
    byPkg[pkg] = (byPkg[pkg] ?? 0) + bytesInOutput;
  }
  const parts = Object.entries(byPkg).sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${kb(n)}`).join(', ');
  const over = budgeted && gz > BUDGET_BYTES;
  failed ||= over;
  console.log(`${name}: ${kb(gz)} min+gzip (${kb(code.length)} min; ${parts})${budgeted ? ` — budget ${kb(BUDGET_BYTES)}${over ? ' EXCEEDED' : ' ok'}` : ''}`);
}
process.exit(failed ? 1 : 0);
