#!/usr/bin/env node
// The scale benchmark of issue 15: the time to generate all four SDKs from GitHub's REST
// description (@octokit/openapi, ~1,100 operations, ~900 schemas) in one JVM, as generate.mjs
// measures it, per language and in total; target under 60 s.
// Usage: node generators/bench/generate-github.mjs [--runs N] [--only LANG]... [--max-seconds S]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spec = path.join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const LANG_LINE = /^\s{2}(\w+)\s+generated\s+([\d.]+)s$/;
const TOTAL_LINE = /^\s{2}total\s+([\d.]+)s \(one JVM\)$/;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true, default: [] },
    'max-seconds': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: node generators/bench/generate-github.mjs [--runs N] [--only LANG]... [--max-seconds S]');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got '${values.runs}'`);
const maxSeconds = values['max-seconds'] === undefined ? undefined : Number(values['max-seconds']);
if (maxSeconds !== undefined && !(maxSeconds > 0)) fail(`--max-seconds must be a positive number, got '${values['max-seconds']}'`);
if (!fs.existsSync(spec)) fail(`${path.relative(root, spec)} is missing: run npm ci (it is a devDependency)`);

/** One generate.mjs run into a scratch folder: {total, wall, languages: {lang: seconds}}. */
function generateOnce() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-bench-github-'));
  const args = [path.join(root, 'generators/generate.mjs'), '--spec', spec, '--out', out, ...values.only.flatMap((l) => ['--only', l])];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(out, { recursive: true, force: true });
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`generate.mjs exited ${code}:\n${stderr.split('\n').filter((l) => !l.startsWith('warning:')).slice(0, 8).join('\n')}`));
      const languages = {};
      let total;
      for (const line of stdout.split('\n')) {
        const lang = LANG_LINE.exec(line);
        if (lang) languages[lang[1]] = Number(lang[2]);
        const t = TOTAL_LINE.exec(line);
        if (t) total = Number(t[1]);
      }
      if (total === undefined) return reject(new Error(`generate.mjs printed no total line:\n${stdout}`));
      resolve({ total, wall, languages });
    });
  });
}

const results = [];
for (let i = 1; i <= runs; i++) {
  let r;
  try {
    r = await generateOnce();
  } catch (err) {
    fail(err.message);
  }
  results.push(r);
  const langs = Object.entries(r.languages).map(([l, s]) => `${l} ${s.toFixed(1)} s`).join(', ');
  console.log(`run ${i}/${runs}: ${r.total.toFixed(1)} s in one JVM (${langs}); ${r.wall.toFixed(1)} s for all of generate.mjs`);
}
const best = results.reduce((a, b) => (b.total < a.total ? b : a));
const median = [...results].sort((a, b) => a.total - b.total)[Math.floor((results.length - 1) / 2)];
console.log(`github: ${Object.keys(best.languages).length} SDKs from api.github.com.json in ${median.total.toFixed(1)} s (median of ${runs}; best ${best.total.toFixed(1)} s), target < 60 s`);
if (maxSeconds !== undefined && median.total > maxSeconds) fail(`the median ${median.total.toFixed(1)} s is over --max-seconds ${maxSeconds}`);

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}
