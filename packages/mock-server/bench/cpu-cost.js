#!/usr/bin/env node
/**
 * Server CPU time per request: a figure that stays put on a busy, shared machine, where
 * requests/s do not (a server that gets half a CPU serves half as many requests, each for the
 * same CPU time). Each server is started on the server CPU (as in run.js), warmed up, then
 * loaded with each benchmark request for `--seconds`: by wrk at 50 connections (saturated, as
 * in the benchmark; the default) or, with `--rate N`, by autocannon at N requests/s. Its process
 * group's user+system CPU time (/proc) divided by the requests answered is the cost. At a low
 * fixed rate every request runs with cold caches, so figures are higher than saturated ones.
 * The floor (node-http, the same bytes with no work) shows what node:http itself costs.
 *
 *   node bench/cpu-cost.js [--servers node-http,sais-mock,sais-mock-stateful] [--rate N]
 *                          [--seconds 3] [--rounds 3] [--json FILE] [--no-pin]
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadSpec } from '../src/spec/load-spec.js';
import { basePaths } from '../src/spec/base-paths.js';
import { SERVERS, startServer } from './servers.js';
import { pinLoadGenerator } from './cpu-pinning.js';
import { buildScenarios } from './scenarios.js';
import { processGroupCpuMs } from './proc-cpu.js';
import { hasWrk, loadWithWrk } from './wrk.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoSpec = path.resolve(here, '../../../openapi.yaml');
const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: existsSync(repoSpec) ? repoSpec : path.join(here, '../test/fixtures/studio-mini.yaml') },
    servers: { type: 'string', default: 'node-http,sais-mock,sais-mock-stateful' },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'string' },
    'no-pin': { type: 'boolean', default: false },
  },
});
const rate = values.rate === undefined ? null : Number(values.rate);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
if ((rate !== null && !(rate >= 10 && rate <= 100_000)) || !(seconds >= 1 && seconds <= 120) || !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 20)) {
  console.error('bench:cpu: --rate must be 10–100000 requests/s, --seconds 1–120, --rounds 1–20');
  process.exit(2);
}
if (!existsSync('/proc/self/stat')) fail("needs /proc (Linux) to read a server's CPU time");
if (rate === null && !hasWrk()) fail('wrk is not installed (scripts/setup.sh installs it); pass --rate N to load with autocannon at N requests/s');
const spec = loadSpec(values.spec);
const scenarios = buildScenarios(spec.doc);
const bases = basePaths(spec.doc);
const pinning = values['no-pin'] ? null : pinLoadGenerator();
const chosen = values.servers.split(',').map((n) => SERVERS.find((s) => s.name === n.trim()) ?? fail(`unknown server ${n}`));
console.log(`bench:cpu: ${rate === null ? 'wrk, 50 connections (saturated)' : `autocannon at ${rate} requests/s`}, ${seconds} s per server and request after a 2 s warm-up; CPU = the server's user+system time (/proc) / requests answered`);

// Every server runs at once and the rounds are interleaved (as in run.js), so a burst of load
// from elsewhere on a shared machine lands on all of them alike; CPU time and requests add up
// over the rounds.
const running = [];
const targets = [];
try {
  for (const server of chosen) {
    const started = await startServer(server, values.spec, { pinning });
    running.push(started);
    for (const scenario of scenarios) {
      const t = { server, started, scenario, url: await urlFor(started.port, scenario), cpuMs: 0, requests: 0, non2xx: 0 };
      await prepare(t);
      await drive(t.url, scenario, 2); // warm-up: JIT, caches
      targets.push(t);
    }
  }
  for (let round = 1; round <= rounds; round++) {
    for (const t of targets) {
      await prepare(t);
      const before = processGroupCpuMs(t.started.pgid);
      const r = await drive(t.url, t.scenario, seconds);
      t.cpuMs += processGroupCpuMs(t.started.pgid) - before;
      t.requests += r.requests.total;
      t.non2xx += r.non2xx;
    }
    console.log(`  round ${round}/${rounds} done`);
  }
} finally {
  await Promise.all(running.map((s) => s.stop()));
}
const rows = targets.map((t) => ({
  server: t.server.name,
  scenario: t.scenario.name,
  requests: t.requests,
  non2xx: t.non2xx,
  cpuMs: t.cpuMs,
  cpuMicrosPerRequest: Math.round(((t.cpuMs * 1000) / Math.max(t.requests, 1)) * 10) / 10,
}));
const floor = (scenario) => rows.find((r) => r.server === 'node-http' && r.scenario === scenario);
console.log('\n| server | scenario | CPU µs/request | × floor |\n| --- | --- | --- | --- |');
for (const r of rows) {
  const f = floor(r.scenario);
  console.log(`| ${r.server} | ${r.scenario} | ${r.cpuMicrosPerRequest} | ${f ? `${Math.round((r.cpuMicrosPerRequest / f.cpuMicrosPerRequest) * 100) / 100}x` : ''} |`);
}
if (values.json) writeFileSync(values.json, JSON.stringify({ load: rate === null ? 'wrk' : 'autocannon', rate, seconds, rounds, pinning, rows }, null, 2) + '\n');

/** `{ requests: { total }, non2xx }` of one load run. */
async function drive(url, scenario, duration) {
  if (rate !== null) return autocannon({ url, method: scenario.method, headers: scenario.headers, body: scenario.body, connections: 10, overallRate: rate, duration });
  const w = await loadWithWrk(url, scenario, { connections: 50, seconds: duration });
  return { requests: { total: w.requests }, non2xx: w.non2xx };
}

async function urlFor(port, scenario) {
  for (const prefix of [...bases, '']) {
    const res = await fetch(`http://127.0.0.1:${port}${prefix}${scenario.path}`, { method: scenario.method, headers: scenario.headers, body: scenario.body });
    await res.arrayBuffer();
    if (res.status < 300) return `http://127.0.0.1:${port}${prefix}${scenario.path}`;
  }
  return fail(`${scenario.name} gets no 2xx answer`);
}

// The stateful server's list holds the seeded page for every GET round (as in run.js).
async function prepare(t) {
  if (t.server.resetBeforeGet && t.scenario.method === 'GET') await post(`http://127.0.0.1:${t.started.port}${t.server.resetBeforeGet}`);
}

async function post(url) {
  const res = await fetch(url, { method: 'POST' });
  await res.arrayBuffer();
}

function fail(message) {
  console.error(`bench:cpu: ${message}`);
  process.exit(2);
}
