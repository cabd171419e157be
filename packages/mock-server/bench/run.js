#!/usr/bin/env node
/**
 * Benchmarks sais-mock (spec and stateful mode) against Stoplight Prism and Steady on the same
 * spec, one server at a time on loopback, beside a node:http floor: a GET with query validation
 * and a POST with body validation, 50 connections, bounded duration, loaded by wrk (native
 * parser) and by autocannon. Prints req/s, p50/p99 and ratios per load generator.
 *
 *   node bench/run.js [--spec openapi.yaml] [--duration 3] [--rounds 3] [--servers a,b]
 *                     [--tools wrk,autocannon] [--connections 50] [--warmup 1] [--json FILE]
 *                     [--check] [--no-pin]
 *
 * Besides req/s and latency, each run reports the server's CPU time per request (its process
 * group's user+system time from /proc, which does not depend on how busy the machine is) and
 * the share of a CPU the server and the load generator used: a generator near 100 % while the
 * server is below it means the generator, not the server, set the figure.
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
import { formatReport, compare } from './report.js';
import { hasWrk, loadWithWrk } from './wrk.js';
import { processGroupCpuMs } from './proc-cpu.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoSpec = path.resolve(here, '../../../openapi.yaml');

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: existsSync(repoSpec) ? repoSpec : path.join(here, '../test/fixtures/studio-mini.yaml') },
    duration: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    servers: { type: 'string', default: SERVERS.map((s) => s.name).join(',') },
    tools: { type: 'string', default: 'wrk,autocannon' },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
    'no-pin': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
if (!(duration > 0 && duration <= 120) || !(warmup >= 0 && warmup <= 30) || !(connections >= 1 && connections <= 1000) || !(Number.isInteger(rounds) && rounds >= 1 && rounds <= 20)) {
  console.error('bench: --duration must be 1–120 s, --warmup 0–30 s, --connections 1–1000, --rounds 1–20');
  process.exit(2);
}

const spec = loadSpec(values.spec);
const scenarios = buildScenarios(spec.doc);
const bases = basePaths(spec.doc);
const chosen = values.servers.split(',').map((name) => SERVERS.find((s) => s.name === name.trim()) ?? fail(`unknown server ${name}`));

const tools = values.tools.split(',').map((t) => t.trim()).filter(Boolean);
for (const t of tools) if (t !== 'wrk' && t !== 'autocannon') fail(`unknown load generator ${t} (wrk, autocannon)`);
if (tools.includes('wrk') && !hasWrk()) fail('wrk is not installed (scripts/setup.sh installs the Debian package); pass --tools autocannon to run without it');

const pinning = values['no-pin'] ? null : pinLoadGenerator();
const runs = chosen.length * scenarios.length * tools.length;
const estimate = Math.ceil((runs * (warmup + rounds * duration) + chosen.length * 8) / 60);
console.log(`bench: ${runs} load runs (${chosen.length} servers × ${scenarios.length} requests × ${tools.length} load generators), about ${estimate} min; --duration, --rounds, --servers and --tools shorten it`);
console.log(`bench: ${path.relative(process.cwd(), values.spec)}, ${connections} connections, ${rounds} rounds of ${duration} s per load generator, server and request (+${warmup} s warm-up), loopback; load: ${tools.join(', ')}`);
console.log(pinning
  ? `bench: load generator on CPU ${pinning.generatorCpu}, each server on CPU ${pinning.serverCpu} (--no-pin leaves placement to the scheduler)`
  : 'bench: unpinned (the scheduler places the load generator and the servers)');

// All servers run at once (idle ones cost nothing) and the measurements are interleaved round by
// round, so a burst of load from elsewhere on the machine hits every server alike; each figure
// is the median over the rounds.
const running = [];
const results = [];
const skipped = [];
const began = performance.now();
try {
  for (const server of chosen) {
    let started;
    try {
      started = await startServer(server, values.spec, { pinning });
    } catch (err) {
      // One peer that will not start (a missing native binary) should not cost the whole run.
      skipped.push(server.name);
      console.error(`bench: ${server.name} did not start and is left out: ${String(err.message).split('\n')[0]}`);
      continue;
    }
    running.push(started);
    const prefix = await findPrefix(started.port, bases, scenarios[0]);
    const targets = [];
    for (const scenario of scenarios) {
      const url = `http://127.0.0.1:${started.port}${prefix}${scenario.path}`;
      const probe = await fetch(url, { method: scenario.method, headers: scenario.headers, body: scenario.body });
      await probe.arrayBuffer();
      for (const tool of tools) targets.push({ tool, scenario, url, status: probe.status, pgid: started.pgid, rounds: [] });
    }
    started.server = server;
    started.targets = targets;
    console.log(`  ${server.name.padEnd(10)} ready in ${Math.round(started.startupMs)} ms; probes answered ${targets.map((t) => t.status).join(', ')}`);
  }
  for (const s of running) {
    for (const t of s.targets) {
      if (s.server.resetBeforeGet && t.scenario.method === 'GET') await reset(s);
      if (warmup > 0) await measure(t, warmup);
    }
  }
  for (let round = 1; round <= rounds; round++) {
    for (const targetIndex of running[0].targets.keys()) {
      for (const s of running) {
        const t = s.targets[targetIndex];
        if (s.server.resetBeforeGet && t.scenario.method === 'GET') await reset(s);
        t.rounds.push(await measure(t, duration));
      }
    }
    console.log(`  round ${round}/${rounds} done`);
  }
} finally {
  await Promise.all(running.map((s) => s.stop()));
}
for (const s of running) {
  for (const t of s.targets) {
    results.push({
      tool: t.tool,
      server: s.server.name,
      scenario: t.scenario.name,
      status: t.status,
      requestsPerSec: Math.round(median(t.rounds.map((r) => r.requestsPerSec))),
      p50Ms: toMicros(median(t.rounds.map((r) => r.p50Ms))),
      p99Ms: toMicros(median(t.rounds.map((r) => r.p99Ms))),
      non2xx: t.rounds.reduce((n, r) => n + r.non2xx, 0),
      errors: t.rounds.reduce((n, r) => n + r.errors, 0),
      cpuMicrosPerRequest: medianOrNull(t.rounds.map((r) => r.cpuMicrosPerRequest)),
      serverCpu: medianOrNull(t.rounds.map((r) => r.serverCpu)),
      generatorCpu: medianOrNull(t.rounds.map((r) => r.generatorCpu)),
      startupMs: Math.round(s.startupMs),
      rounds: t.rounds.map((r) => ({ ...r, requestsPerSec: Math.round(r.requestsPerSec) })),
    });
  }
}

const comparison = compare(results);
console.log('\n' + formatReport(results, comparison));
if (skipped.length > 0) console.log(`not measured: ${skipped.join(', ')} (did not start), so the targets against ${skipped.length > 1 ? 'them' : 'it'} were not checked`);
console.log(`bench: done in ${Math.round((performance.now() - began) / 1000)} s`);
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ spec: values.spec, connections, rounds, secondsPerRound: duration, tools, pinning, skipped, results, comparison }, null, 2) + '\n');
  console.log(`bench: wrote ${values.json}`);
}
if (values.check && (skipped.length > 0 || !comparison.every((c) => c.met))) process.exit(1);

async function reset(s) {
  const res = await fetch(`http://127.0.0.1:${s.port}${s.server.resetBeforeGet}`, { method: 'POST' });
  await res.arrayBuffer();
  if (res.status !== 204) fail(`${s.server.name}: ${s.server.resetBeforeGet} answered ${res.status}`);
}

/**
 * One measurement of a target with its load generator, with the server's CPU time per request
 * and the share of a CPU the server and the generator used.
 */
async function measure(t, seconds) {
  const cpuBefore = processGroupCpuMs(t.pgid);
  const wall = performance.now();
  const r = await loadOnce(t, seconds);
  const cpuMs = cpuBefore === null ? null : processGroupCpuMs(t.pgid) - cpuBefore;
  const elapsedMs = performance.now() - wall;
  const requests = r.requests ?? Math.round(r.requestsPerSec * seconds);
  return {
    ...r,
    cpuMicrosPerRequest: cpuMs === null || requests === 0 ? null : Math.round((cpuMs * 10000) / requests) / 10,
    serverCpu: cpuMs === null ? null : Math.round((cpuMs / elapsedMs) * 100) / 100,
  };
}

async function loadOnce(t, seconds) {
  if (t.tool === 'wrk') return loadWithWrk(t.url, t.scenario, { connections, seconds });
  // autocannon runs in this process: its CPU share is this process's.
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const { result: r, latencies } = await load(t.url, t.scenario, seconds);
  const used = process.cpuUsage(cpu);
  return {
    requestsPerSec: r.requests.total / seconds,
    requests: r.requests.total,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    generatorCpu: Math.round(((used.user + used.system) / 1000 / (performance.now() - wall)) * 100) / 100,
  };
}

/**
 * One autocannon run. Latencies come from its per-response timings (sub-millisecond), not its
 * histogram, which keeps whole milliseconds: at 1-3 ms a rounding step would decide the p99 ratio.
 */
async function load(url, scenario, seconds) {
  const latencies = [];
  const instance = autocannon({
    url,
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.body,
    connections,
    duration: seconds,
    pipelining: 1,
  });
  instance.on('response', (client, statusCode, bytes, responseTimeMs) => {
    if (statusCode < 300) latencies.push(responseTimeMs);
  });
  return { result: await instance, latencies };
}

/** The nearest-rank percentile of a list of milliseconds, to the microsecond (0 when empty). */
function percentile(list, p) {
  if (list.length === 0) return 0;
  const sorted = Float64Array.from(list).sort();
  return toMicros(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]);
}

function toMicros(ms) {
  return Math.round(ms * 1000) / 1000;
}

// Steady serves paths at the root, the others under the servers' base path: use what answers.
async function findPrefix(port, prefixes, scenario) {
  for (const prefix of [...prefixes, '']) {
    const res = await fetch(`http://127.0.0.1:${port}${prefix}${scenario.path}`, { headers: scenario.headers });
    await res.arrayBuffer();
    if (res.status < 300) return prefix;
  }
  return prefixes[0] ?? '';
}

function medianOrNull(list) {
  const known = list.filter((x) => typeof x === 'number');
  return known.length === 0 ? null : Math.round(median(known) * 100) / 100;
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
