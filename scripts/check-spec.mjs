#!/usr/bin/env node
// Usage: node scripts/check-spec.mjs [openapi.yaml]
// Prints each problem as FILE#/json/pointer: reason and exits 1 if there is any.
import { checkSpec, formatProblem, SpecLoadError } from './spec-check/index.mjs';

const file = process.argv[2] ?? 'openapi.yaml';
try {
  const { problems, counts } = await checkSpec(file);
  for (const p of problems) console.error(formatProblem(p));
  const summary = `${counts.operations} operations, ${counts.examples} examples, ${counts.extensions} extensions checked`;
  if (problems.length) {
    console.error(`spec check: ${problems.length} problem(s) in ${file} (${summary})`);
    process.exit(1);
  }
  console.log(`spec check: ${file} is sound (${summary})`);
} catch (err) {
  if (!(err instanceof SpecLoadError)) throw err;
  console.error(err.message);
  process.exit(1);
}
