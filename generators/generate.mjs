#!/usr/bin/env node
// Regenerates every SDK (sdks/<lang>/ from generators/<lang>/config.yaml) in one
// openapi-generator batch run. `node generators/generate.mjs --help` lists the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCliOptions, usage } from './lib/cli-options.mjs';
import { discoverLanguages } from './lib/languages.mjs';
import { loadSpec, stageSpec } from './lib/spec.mjs';
import { checkSpec } from './lib/validate-spec.mjs';
import { addDerivedExtensions } from './lib/derived-extensions.mjs';
import { resolveGeneratorJar } from './lib/generator-jar.mjs';
import { GENERATOR_CLASSES, ensureCodegenExt } from './lib/codegen-ext.mjs';
import { writeBatchConfigs } from './lib/batch-config.mjs';
import { runBatch } from './lib/run-batch.mjs';
import { writeProvenance } from './lib/provenance.mjs';
import { compareTrees } from './lib/compare-trees.mjs';
import { replaceTree } from './lib/sync-tree.mjs';
import { UsageError } from './lib/errors.mjs';
import { displayPath } from './lib/paths.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const indent = (text) => text.replace(/^/gm, '    ');

function printStale(dir, { differing, missing, extra }) {
  console.error(`  ${displayPath(dir)} is stale:`);
  for (const [label, files] of [['differs', differing], ['missing', missing], ['extra', extra]]) {
    for (const f of files.slice(0, 25)) console.error(`    ${label.padEnd(8)} ${f}`);
    if (files.length > 25) console.error(`    ${label.padEnd(8)} … and ${files.length - 25} more`);
  }
}

async function main(argv) {
  const options = parseCliOptions(argv);
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const languages = discoverLanguages(options.only);
  const spec = loadSpec(options.spec);
  // The one verdict on the document, before anything is written (openapi-generator's own
  // validation is skipped in every batch config).
  await checkSpec(spec, { strict: options.strictSpec });
  const { jar, version } = resolveGeneratorJar();
  // SAIS_STOCK_GENERATORS=1 runs openapi-generator's own classes, to compare.
  const ext = process.env.SAIS_STOCK_GENERATORS ? { classes: null, note: null } : ensureCodegenExt(jar);
  if (ext.note) console.error(`note: ${ext.note}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-generate-'));
  try {
    const generated = path.join(work, 'out');
    spec.inputFile = stageSpec(spec, work, addDerivedExtensions);
    const jobs = writeBatchConfigs(languages, spec, generated, work, { generatorClasses: ext.classes ? GENERATOR_CLASSES : {} });
    const width = Math.max(...jobs.map((j) => j.lang.length));
    console.log(
      `openapi-generator ${version}: ${jobs.map((j) => j.lang).join(', ')} from ${displayPath(spec.file)} (v${spec.version})`,
    );
    const started = performance.now();
    const { results, unattributed, logs } = await runBatch({
      jar,
      extClasses: ext.classes,
      configFiles: jobs.map((j) => j.file),
      languages: jobs,
      onResult: ({ lang, ok, ms }) => console.log(`  ${lang.padEnd(width)}  ${ok ? 'generated' : 'FAILED   '}  ${seconds(ms)}`),
    });
    console.log(`  ${'total'.padEnd(width)}  ${seconds(performance.now() - started)} (one JVM)`);

    let failed = false;
    for (const job of jobs) {
      const result = results.find((r) => r.lang === job.lang);
      if (!result) console.log(`  ${job.lang.padEnd(width)}  FAILED     not generated`);
      if (!result?.ok) {
        failed = true;
        if (result?.error) console.error(`error: ${job.lang}: ${displayPath(job.configFile)}:\n${indent(result.error)}`);
      }
    }
    // The generator's own ERROR log lines are mostly not fatal (an example it could not make);
    // shown once each, as notes, so a real failure stands out.
    const logged = logs.filter((l) => l.level === 'ERROR');
    for (const { message, count } of logged.slice(0, 10)) {
      console.error(`note: openapi-generator logged${count > 1 ? ` (${count}×)` : ''}: ${message}`);
    }
    if (logged.length > 10) console.error(`note: openapi-generator logged ${logged.length - 10} more distinct errors`);
    for (const message of unattributed) {
      const specProblem = /issues with the specification|specification/i.test(message);
      console.error(`error: ${specProblem ? `spec ${displayPath(spec.file)}` : 'openapi-generator'}:\n${indent(message)}`);
    }
    if (failed && !results.some((r) => !r.ok) && !unattributed.length) {
      console.error('error: openapi-generator ended without generating every language');
    }

    let stale = false;
    for (const job of jobs.filter((j) => results.find((r) => r.lang === j.lang)?.ok)) {
      const fresh = path.join(generated, job.lang);
      // A language may finish its output itself (generators/<lang>/postprocess.mjs, default export
      // (dir) => void), e.g. Java splitting per-tag bundles into one file per class.
      const post = path.join(job.dir, 'postprocess.mjs');
      if (fs.existsSync(post)) await (await import(pathToFileURL(post).href)).default(fresh);
      writeProvenance(fresh, { spec, generatorVersion: version, configFile: job.configFile });
      const target = path.join(options.out, job.lang);
      if (options.check) {
        const diff = compareTrees(fresh, target);
        if (diff.differing.length || diff.missing.length || diff.extra.length) {
          stale = true;
          printStale(target, diff);
        }
      } else {
        replaceTree(fresh, target);
      }
    }
    if (options.check && !stale && !failed) console.log(`${displayPath(options.out)} is up to date`);
    if (options.check && stale) console.error('run `npm run generate` to update the generated SDKs');
    return failed || stale ? 1 : 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof UsageError ? err.message : err.message ?? err}`);
    process.exit(2);
  },
);
