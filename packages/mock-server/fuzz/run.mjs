#!/usr/bin/env node
// `npm run fuzz -w @secure-ai-studio/mock-server`: schemathesis against sais-mock in spec mode.
// Usage: node fuzz/run.mjs [--spec FILE] [--max-examples N] [--seed N]
// Fails on any 5xx, any 4xx that is not application/problem+json, a server that died, or a
// failed schemathesis check (a request the schema forbids that was accepted, among others).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureSchemathesis } from './venv.mjs';
import { tallyReport } from './tally.mjs';
import { documentedTypes } from './documented-types.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..', '..');
const { values: args } = parseArgs({
  options: {
    spec: { type: 'string', default: path.join(repo, 'openapi.yaml') },
    'max-examples': { type: 'string', default: '50' },
    seed: { type: 'string', default: '20261204' },
  },
});

// Every check runs except these: the stateful ones need a server that keeps state, ignored_auth
// one that checks credentials (a mock only checks they are there), and positive_data_acceptance
// counts as schema-valid requests that HTTP itself forbids (control characters in a multipart
// part name; a `Range` value that ignores its pattern). The other checks judge each response.
const EXCLUDED_CHECKS = ['use_after_free', 'ensure_resource_availability', 'ignored_auth', 'object_level_authorization', 'positive_data_acceptance'];

const cache = path.join(repo, '.cache');
const st = ensureSchemathesis(cache);
const out = path.join(cache, 'fuzz');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const report = path.join(out, 'report.ndjson');

const mock = await startMock(args.spec);
const started = Date.now();
const stExit = await runSchemathesis(mock.url);
const alive = mock.child.exitCode === null && mock.child.signalCode === null && (await answers(mock.url));
mock.child.kill('SIGTERM');

const f = tallyReport(report, documentedTypes(args.spec));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const byCheck = [...f.failuresByCheck].map(([name, n]) => `${name} ${n}`).join(', ') || 'none';
const statuses = [...f.byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ');
console.log(`\nfuzz: ${f.requests} requests in ${seconds} s (schemathesis ${path.basename(path.dirname(path.dirname(st)))}, ${args['max-examples']} examples per operation, seed ${args.seed})`);
console.log(`fuzz: statuses ${statuses}`);
console.log(`fuzz: 5xx ${f.serverErrors}, 4xx neither application/problem+json nor documented ${f.nonProblemRejections}, server ${alive ? 'still up' : 'GONE (crashed)'}`);
console.log(`fuzz: failures by check (failing test cases): ${byCheck}`);
for (const line of f.examples) console.log(`fuzz:   ${line}`);
const ok = stExit === 0 && f.serverErrors === 0 && f.nonProblemRejections === 0 && alive && f.requests > 0 && f.failuresByCheck.size === 0;
console.log(ok ? 'fuzz: passed' : `fuzz: FAILED (schemathesis exit ${stExit}; report ${path.relative(process.cwd(), report)})`);
process.exitCode = ok ? 0 : 1;

// sais-mock as its own process, so a crash shows as a process gone rather than a test error.
function startMock(spec) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, '..', 'bin', 'sais-mock.js'), '--spec', spec, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let seen = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = /sais-mock listening on (http:\/\/\S+)/.exec(seen);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`sais-mock exited (${code}) before listening: ${seen}`)));
  });
}

function runSchemathesis(url) {
  const stArgs = [
    '--config-file', path.join(here, 'schemathesis.toml'),
    'run', args.spec,
    '--url', `${url}/api/v1`,
    '--header', 'Authorization: Bearer fuzz.token',
    '--phases', 'examples,coverage,fuzzing',
    '--exclude-checks', EXCLUDED_CHECKS.join(','),
    '--max-examples', args['max-examples'],
    '--seed', args.seed,
    '--generation-database', 'none',
    '--suppress-health-check', 'all',
    // One worker: CPython 3.11's ast.parse is not thread-safe, and hypothesis calls it.
    '--workers', '1',
    '--request-timeout', '10',
    '--report', 'ndjson',
    '--report-ndjson-path', report,
    '--no-color',
  ];
  return new Promise((resolve) => {
    const child = spawn(st, stArgs, { stdio: 'inherit', cwd: out });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

async function answers(url) {
  try {
    return (await fetch(`${url}/api/v1/health/live`)).status === 200;
  } catch {
    return false;
  }
}
