#!/usr/bin/env node
// Usage: node graphql/check/run.mjs [schema.graphql] [openapi.yaml]
// Prints each disagreement as FILE:LINE: Type.field: reason and exits 1 if there is any.
import { readFileSync } from 'node:fs';
import { loadSpec, SpecLoadError } from '../../scripts/spec-check/load.mjs';
import { checkAgreement } from './agreement.mjs';

const sdlFile = process.argv[2] ?? 'graphql/schema.graphql';
const specFile = process.argv[3] ?? 'openapi.yaml';
try {
  const { problems, counts } = checkAgreement(readFileSync(sdlFile, 'utf8'), await loadSpec(specFile), { sdlFile });
  for (const p of problems) console.error(`${p.at}: ${p.coordinate ? `${p.coordinate}: ` : ''}${p.message}`);
  if (problems.length) {
    console.error(`graphql check: ${problems.length} disagreement(s) between ${sdlFile} and ${specFile}`);
    process.exit(1);
  }
  const c = counts;
  console.log(`graphql check: ${sdlFile} agrees with ${specFile} (${c.types} object/interface types, ${c.inputs} inputs, ${c.enums} enums, ${c.queries} queries, ${c.mutations} mutations, ${c.subscriptions} subscriptions)`);
} catch (err) {
  if (!(err instanceof SpecLoadError) && err.code !== 'ENOENT') throw err;
  console.error(err.message);
  process.exit(1);
}
