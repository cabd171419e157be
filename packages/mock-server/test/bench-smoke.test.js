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
    assert.match(r.stdout, /\| wrk \| sais-mock \| GET listTemplates \|/);
    assert.match(r.stdout, /\| autocannon \| sais-mock-stateful \| POST createTemplate \|/);
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
