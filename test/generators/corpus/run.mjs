#!/usr/bin/env node
// `npm run corpus`: the corpus check of issue 15. For each document: generate the four SDKs
// (one JVM), then build, package, import and unit-test each SDK, one cell per language, at most
// --jobs cells at once; print the matrix. A failing or hung cell never stops the others.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverCorpus, docSlug } from './discover.mjs';
import { FAST_SUBSET } from './fast-subset.mjs';
import { parseCli, selectDocs, usage, UsageError } from './cli.mjs';
import { generateDoc } from './generate-doc.mjs';
import { runCell } from './cell.mjs';
import { LANGUAGES } from './languages.mjs';
import { createSlots } from './slots.mjs';
import { formatMatrix, matrixJson } from './matrix.mjs';
import { compareExpectation, toExpectation } from './expect.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * The runs of a selection of languages have a folder of their own (`.cache/corpus/` for all
 * four, `.cache/corpus-java/` for `--only-lang java`), so runs for different languages at once
 * never remove each other's generated SDKs and builds.
 */
function cacheDirFor(languages) {
  const all = LANGUAGES.every((l) => languages.includes(l));
  return path.join(root, '.cache', all ? 'corpus' : `corpus-${[...languages].sort().join('-')}`);
}

async function main(argv) {
  const options = parseCli(argv);
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const corpus = discoverCorpus(root);
  const selected = selectDocs(corpus.docs, options, FAST_SUBSET.map((f) => f.name));
  if (options.list) {
    for (const d of corpus.docs) console.log(`${selected.includes(d) ? '*' : ' '} ${d.name}  (${path.relative(root, d.file)})`);
    for (const s of corpus.skipped) console.log(`  skipped ${s.file}: ${s.reason}`);
    return 0;
  }
  if (!selected.length) throw new UsageError('no document selected');
  const { languages, timeoutMs } = options;
  const cacheDir = cacheDirFor(languages);
  const cellsTotal = selected.length * languages.length;
  console.log(`corpus: ${selected.length} document(s) × ${languages.join(', ')}; ${options.jobs} at a time; ${timeoutMs / 1000} s per cell; logs in ${path.relative(root, cacheDir)}/<doc>/logs/`);

  const slot = createSlots(options.jobs);
  let finished = 0;
  const report = (doc, c) => {
    finished++;
    const what = c.status === 'ok' ? 'ok' : `${{ timeout: 'TIMED OUT', refused: 'REFUSED' }[c.status] ?? 'FAIL'} in ${c.step}: ${c.line}`;
    console.log(`[${finished}/${cellsTotal}] ${doc.name} × ${c.lang}: ${what} (${c.seconds} s)`);
  };
  const results = await Promise.all(
    selected.map(async (doc) => {
      const docDir = path.join(cacheDir, docSlug(doc.name));
      const row = { name: doc.name, file: path.relative(root, doc.file), cells: {} };
      await slot(async () => {
        fs.rmSync(docDir, { recursive: true, force: true });
        try {
          row.generation = await generateDoc({ root, doc, docDir, timeoutMs, languages });
        } catch (err) {
          // Not the generator's failure but the runner's (e.g. an unreadable file): still a result.
          row.generation = { seconds: null, failed: Object.fromEntries(languages.map((l) => [l, `corpus runner: ${err.message}`])) };
        }
        console.log(`generated ${doc.name} in ${row.generation.seconds ?? '?'} s${Object.keys(row.generation.failed).length ? ` (not generated: ${Object.keys(row.generation.failed).join(', ')})` : ''}`);
      });
      await Promise.all(
        languages.map(async (lang) => {
          const failed = row.generation.failed[lang];
          const cell = failed
            ? { doc: doc.name, lang, ...generationOutcome(row.generation), line: failed, seconds: 0, steps: [] }
            : await slot(() => runCell({ root, doc, docDir, lang, timeoutMs }), 'high');
          row.cells[lang] = cell;
          report(doc, cell);
        }),
      );
      return row;
    }),
  );

  const view = { languages, docs: results, skipped: corpus.skipped };
  console.log(`\n${formatMatrix(view)}`);
  const json = matrixJson(view);
  if (options.json) writeJson(options.json, json);
  if (options.writeExpect) writeJson(options.writeExpect, toExpectation(json));
  if (options.expect) {
    const { differences, notes } = compareExpectation(JSON.parse(fs.readFileSync(options.expect, 'utf8')), json);
    for (const n of notes) console.log(`note: ${n}`);
    if (differences.length) {
      console.error(`\n${differences.length} difference(s) from ${path.relative(root, options.expect)}:`);
      for (const d of differences) console.error(`  ${d}`);
      return 1;
    }
    console.log(`\nevery cell as expected by ${path.relative(root, options.expect)}`);
    return 0;
  }
  // A document the generator refuses with its reason is an outcome, not a failure of the check.
  return Object.values(json.totals).every((t) => t.fail === 0 && t.timeout === 0) ? 0 : 1;
}

/** The status and step of a cell whose SDK was not generated. */
function generationOutcome(generation) {
  if (generation.timedOut) return { status: 'timeout', step: 'generate' };
  return generation.refused ? { status: 'refused', step: 'validate' } : { status: 'fail', step: 'generate' };
}

function writeJson(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${path.relative(root, file)}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof UsageError ? err.message : (err.stack ?? err)}`);
    process.exit(2);
  },
);
