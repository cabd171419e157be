#!/usr/bin/env node
// Regenerates src/generated/ from ../../openapi.yaml. `--check` writes nothing and fails,
// listing the stale files, when the committed output differs from a fresh generation.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDiscriminators } from './codegen/discriminators.mjs';
import { renderOperationsFile } from './codegen/operations.mjs';
import { renderResourceFiles } from './codegen/resources.mjs';
import { renderTypesFile } from './codegen/openapi-types.mjs';
import { loadSpec } from './codegen/spec.mjs';
import { renderSchemasFile } from './codegen/zod-schemas.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(here, '..');
const outDir = join(pkgDir, 'src/generated');
const args = process.argv.slice(2);
const check = args.includes('--check');
const specArg = args.find((a) => !a.startsWith('--'));
const specFile = resolve(specArg ?? join(pkgDir, '../../openapi.yaml'));

const require = createRequire(import.meta.url);
const otsVersion = require('openapi-typescript/package.json').version;

async function main() {
  const { doc, sha256 } = loadSpec(specFile);
  const header = `// generated from openapi.yaml (sha256 ${sha256.slice(0, 16)}, openapi-typescript ${otsVersion}, scripts/generate.mjs), do not edit\n`;
  const patched = applyDiscriminators(structuredClone(doc));
  const files = new Map();
  // Our generators first: their errors name the JSON pointer of the problem.
  files.set('schemas.ts', renderSchemasFile(patched, header));
  files.set('operations.ts', renderOperationsFile(patched, header));
  for (const [name, text] of renderResourceFiles(patched, header)) files.set(`resources/${name}`, text);
  files.set('openapi.ts', await renderTypesFile(specFile, header));

  const existing = existsSync(outDir) ? listFiles(outDir) : [];
  const stale = [];
  for (const [name, text] of files) {
    const file = join(outDir, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(`${current === undefined ? 'missing' : 'differs'}: ${relative(pkgDir, file)}`);
    if (!check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  for (const name of existing) {
    if (files.has(name)) continue;
    stale.push(`not generated any more: ${relative(pkgDir, join(outDir, name))}`);
    if (!check) rmSync(join(outDir, name));
  }
  if (check) {
    if (stale.length) {
      console.error(`src/generated is stale against ${relative(process.cwd(), specFile)}; run \`npm run generate -w packages/client\`:\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log(`src/generated is up to date (${files.size} files, spec sha256 ${sha256.slice(0, 16)})`);
  } else {
    console.log(`generated ${files.size} files into src/generated (${stale.length} changed)`);
  }
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

main().catch((error) => {
  // A spec problem is the user's to fix: print where it is, not our stack (DEBUG=1 shows it).
  const where = relative(process.cwd(), specFile) || specFile;
  const message = error.name === 'SpecError' ? `${where}${error.message.slice('openapi.yaml'.length)}` : `${where}: ${error.message}`;
  console.error(process.env.DEBUG ? error.stack : message);
  process.exit(1);
});
