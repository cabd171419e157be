import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVERS, startServer } from '../bench/servers.js';
import { buildScenarios } from '../bench/scenarios.js';
import { exchange } from '../bench/exchange.js';
import { compare, formatReport } from '../bench/report.js';
import { loadSpec } from '../src/spec/load-spec.js';
import { basePaths } from '../src/spec/base-paths.js';

const RUN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'run.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sais-bench-'));

// One-second rounds: proves the benchmark starts every server (the floor, sais-mock in spec and
// stateful mode, Prism, Steady), that each answers both requests with 2xx under both load
// generators (so the comparison is like for like), and that the report is written.
describe('benchmark (smoke)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs sais-mock (spec and stateful), Prism and Steady under wrk and autocannon and writes --json', () => {
    const out = path.join(dir, 'bench.json');
    const r = spawnSync(process.execPath, [RUN, '--duration', '1', '--rounds', '1', '--warmup', '0', '--connections', '10', '--json', out], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    // Pinned where taskset and two CPUs exist (cpu-pinning.js), and the report says which.
    assert.ok(report.pinning === null || (report.pinning.generatorCpu === 0 && report.pinning.serverCpu === 1), JSON.stringify(report.pinning));
    const servers = new Set(report.results.map((x) => x.server));
    assert.deepEqual([...servers].sort(), ['node-http', 'prism', 'sais-mock', 'sais-mock-stateful', 'steady']);
    assert.deepEqual([...new Set(report.results.map((x) => x.tool))], ['wrk', 'autocannon']);
    for (const row of report.results) {
      assert.equal(row.non2xx, 0, `${row.server} ${row.scenario} answered non-2xx (first: ${row.status})`);
      assert.ok(row.requestsPerSec > 0, `${row.server} ${row.scenario} served nothing`);
    }
    const measures = ['throughput vs prism', 'throughput vs steady', 'p99 vs steady', 'throughput vs floor', 'stateful vs spec mode'];
    assert.deepEqual(report.comparison.map((c) => `${c.tool} ${c.scenario}: ${c.measure}`), ['wrk', 'autocannon'].flatMap((tool) =>
      ['GET listTemplates', 'POST createTemplate'].flatMap((scenario) => measures.map((m) => `${tool} ${scenario}: ${m}`))));
    // Each ratio to a peer is also worked out for the floor, so a miss can be told apart from a machine limit.
    for (const c of report.comparison.filter((x) => /vs (prism|steady)/.test(x.measure))) assert.ok(typeof c.floorRatio === 'number' && typeof c.floorMet === 'boolean', JSON.stringify(c));
    for (const row of report.results) {
      // Server CPU per request from /proc (null only where there is none).
      assert.ok(row.cpuMicrosPerRequest === null || row.cpuMicrosPerRequest > 0, JSON.stringify(row));
      assert.ok(row.generatorCpu === null || row.generatorCpu > 0, JSON.stringify(row));
    }
    assert.match(r.stdout, /^bench: 20 load runs \(5 servers × 2 requests × 2 load generators\), about \d+ min/m);
    assert.match(r.stdout, /\| load \| server \| scenario \| req\/s \| x floor \| p50 ms \| p99 ms \| CPU µs\/req \| server CPU \| load gen CPU \| non-2xx \|/);
    assert.match(r.stdout, /^targets met: \d+ of 20/m);
    assert.match(r.stdout, /\| wrk \| sais-mock \| GET listTemplates \|/);
    assert.match(r.stdout, /\| autocannon \| sais-mock-stateful \| POST createTemplate \|/);
  });

  it('reports each server\'s share of the floor, whether each target is met, and who set a figure', () => {
    const row = (server, requestsPerSec, extra = {}) => ({ tool: 'wrk', server, scenario: 'GET x', requestsPerSec, p50Ms: 1, p99Ms: 2, non2xx: 0, cpuMicrosPerRequest: 20, serverCpu: 0.97, generatorCpu: 0.5, ...extra });
    const results = [row('node-http', 40000), row('sais-mock', 36000), row('sais-mock-stateful', 20000, { generatorCpu: 0.95, serverCpu: 0.6 }), row('prism', 1000), row('steady', 10000, { p99Ms: 5 })];
    const comparison = compare(results);
    const text = formatReport(results, comparison);
    assert.match(text, /\| wrk \| sais-mock \| GET x \| 36000 \| 0\.9x \|/);
    assert.match(text, /\| wrk \| prism \| GET x \| 1000 \| 0\.03x \|/);
    assert.match(text, /\| wrk \| GET x \| stateful vs spec mode \| 0\.56x \| >= 0\.8x \| NO \|/);
    assert.match(text, /^targets met: 4 of 5 \(missed: wrk GET x stateful vs spec mode\)$/m);
    assert.match(text, /\| wrk \| GET x \| throughput vs prism \| 36x \| >= 25x \| yes \| 40x \(meets it\) \| 1x \(misses it\) \|/, 'beside each ratio, the floor\'s and the one by CPU time');
    assert.match(text, /wrk, sais-mock-stateful, GET x: the load generator used 95 % of its CPU and the server 60 % of its own/);
  });

  it('gives the node-http floor the very bytes sais-mock answers with, bar Date and X-Request-Id', async () => {
    const spec = path.join(path.dirname(RUN), '..', '..', '..', 'openapi.yaml');
    const { scenarios, bases } = await loadScenarios(spec);
    const floor = await startServer(SERVERS.find((s) => s.name === 'node-http'), spec);
    const mock = await startServer(SERVERS.find((s) => s.name === 'sais-mock'), spec);
    try {
      for (const scenario of scenarios) {
        const [a, b] = await Promise.all([floor, mock].map((s) => exchange(s.port, bases[0] + scenario.path, scenario)));
        assert.equal(a.status, b.status, scenario.name);
        assert.deepEqual(a.headers.filter(([name]) => !/^(date|x-request-id)$/i.test(name)), b.headers.filter(([name]) => !/^(date|x-request-id)$/i.test(name)), scenario.name);
        assert.equal(a.body, b.body, scenario.name);
      }
    } finally {
      await Promise.all([floor.stop(), mock.stop()]);
    }
  });
});

async function loadScenarios(spec) {
  const { doc } = loadSpec(spec);
  return { scenarios: buildScenarios(doc), bases: basePaths(doc) };
}
