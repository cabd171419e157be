/**
 * Targets from the issue, with wrk at 50 connections: throughput ≥ 25× Prism's and ≥ 2.5×
 * Steady's, ≥ 85 % of the node:http floor's, p99 ≤ ½ of Steady's; stateful mode ≥ 80 % of spec mode.
 */
export const TARGETS = { prismThroughput: 25, steadyThroughput: 2.5, steadyP99: 1 / 2, floorThroughput: 0.85, statefulThroughput: 0.8 };

const throughput = (a, b) => a.requestsPerSec / b.requestsPerSec;
// The same throughput ratio from CPU time per request (capacity if each had a whole CPU): what
// req/s would show on a quiet machine, when the busy one starves a server of its CPU.
const byCpu = (a, b) => (a.cpuMicrosPerRequest > 0 && b.cpuMicrosPerRequest > 0 ? b.cpuMicrosPerRequest / a.cpuMicrosPerRequest : null);
const MEASURES = [
  { subject: 'sais-mock', peer: 'prism', measure: 'throughput vs prism', target: `>= ${TARGETS.prismThroughput}x`, ratio: throughput, cpu: byCpu, met: (r) => r >= TARGETS.prismThroughput, floor: true },
  { subject: 'sais-mock', peer: 'steady', measure: 'throughput vs steady', target: `>= ${TARGETS.steadyThroughput}x`, ratio: throughput, cpu: byCpu, met: (r) => r >= TARGETS.steadyThroughput, floor: true },
  { subject: 'sais-mock', peer: 'steady', measure: 'p99 vs steady', target: '<= 0.5x', ratio: (a, b) => a.p99Ms / Math.max(b.p99Ms, 0.001), cpu: null, met: (r) => r <= TARGETS.steadyP99, floor: true },
  { subject: 'sais-mock', peer: 'node-http', measure: 'throughput vs floor', target: `>= ${TARGETS.floorThroughput}x`, ratio: throughput, cpu: byCpu, met: (r) => r >= TARGETS.floorThroughput, floor: false },
  { subject: 'sais-mock-stateful', peer: 'sais-mock', measure: 'stateful vs spec mode', target: `>= ${TARGETS.statefulThroughput}x`, ratio: throughput, cpu: byCpu, met: (r) => r >= TARGETS.statefulThroughput, floor: false },
];

/**
 * For each load generator and request: sais-mock's ratio to each peer against its target, and
 * beside it the same ratio for the `node-http` floor (sais-mock's own response bytes replayed
 * with no work, baseline-server.js): when the floor misses a target too, the load generator and
 * machine set that figure. Also sais-mock's share of the floor and stateful mode's of spec mode.
 */
export function compare(results) {
  const out = [];
  const tools = [...new Set(results.map((r) => r.tool ?? 'autocannon'))];
  for (const tool of tools) {
    const get = (server, scenario) => results.find((r) => (r.tool ?? 'autocannon') === tool && r.server === server && r.scenario === scenario);
    for (const scenario of [...new Set(results.map((r) => r.scenario))]) {
      const floor = get('node-http', scenario);
      for (const m of MEASURES) {
        const mine = get(m.subject, scenario);
        const peer = get(m.peer, scenario);
        if (!mine || !peer) continue;
        const ratio = m.ratio(mine, peer);
        const floorRatio = m.floor && floor ? m.ratio(floor, peer) : null;
        const cpuRatio = m.cpu ? m.cpu(mine, peer) : null;
        out.push({
          tool,
          scenario,
          measure: m.measure,
          ratio: round(ratio),
          target: m.target,
          met: m.met(ratio),
          floorRatio: floorRatio === null ? null : round(floorRatio),
          floorMet: floorRatio === null ? null : m.met(floorRatio),
          cpuRatio: cpuRatio === null ? null : round(cpuRatio),
          cpuMet: cpuRatio === null ? null : m.met(cpuRatio),
        });
      }
    }
  }
  return out;
}

export function formatReport(results, comparison) {
  const lines = [];
  const floorOf = (r) => results.find((x) => (x.tool ?? 'autocannon') === (r.tool ?? 'autocannon') && x.server === 'node-http' && x.scenario === r.scenario);
  const share = (x) => (typeof x === 'number' ? `${Math.round(x * 100)} %` : '');
  lines.push(row(['load', 'server', 'scenario', 'req/s', 'x floor', 'p50 ms', 'p99 ms', 'CPU µs/req', 'server CPU', 'load gen CPU', 'non-2xx']));
  lines.push(row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']));
  for (const r of results) {
    const floor = floorOf(r);
    const ratio = floor ? `${round(r.requestsPerSec / floor.requestsPerSec)}x` : '';
    lines.push(row([r.tool ?? 'autocannon', r.server, r.scenario, r.requestsPerSec, ratio, r.p50Ms, r.p99Ms, r.cpuMicrosPerRequest ?? '', share(r.serverCpu), share(r.generatorCpu), r.non2xx]));
  }
  lines.push('');
  lines.push('x floor: req/s as a share of the node:http floor (the same bytes, no work). CPU µs/req: the server\'s user+system CPU time per');
  lines.push('request (/proc), which a busy machine changes far less than req/s. server / load gen CPU: the share of one CPU each used.');
  lines.push('');
  lines.push(row(['load', 'scenario', 'measure', 'ratio', 'target', 'met', 'floor (node-http, same bytes)', 'by CPU µs/req']));
  lines.push(row(['---', '---', '---', '---', '---', '---', '---', '---']));
  for (const c of comparison) {
    const floor = c.floorRatio === null ? '' : `${c.floorRatio}x (${c.floorMet ? 'meets it' : 'misses it'})`;
    const cpu = c.cpuRatio === null || c.cpuRatio === undefined ? '' : `${c.cpuRatio}x (${c.cpuMet ? 'meets it' : 'misses it'})`;
    lines.push(row([c.tool, c.scenario, c.measure, `${c.ratio}x`, c.target, c.met ? 'yes' : 'NO', floor, cpu]));
  }
  lines.push('by CPU µs/req: the same ratio worked out from CPU time per request, as req/s would be if each server had a whole CPU;');
  lines.push('the verdict (met) is from req/s, as the targets are stated.');
  lines.push('');
  lines.push(`targets met: ${comparison.filter((c) => c.met).length} of ${comparison.length}${comparison.some((c) => !c.met) ? ` (missed: ${comparison.filter((c) => !c.met).map((c) => `${c.tool} ${c.scenario} ${c.measure}`).join('; ')})` : ''}`);
  const unreachable = comparison.filter((c) => !c.met && c.floorMet === false);
  for (const c of unreachable) {
    lines.push(`${c.tool}, ${c.scenario}, ${c.measure}: missed, and missed by the floor too (${c.floorRatio}x), which sends the same bytes and does no work: on this machine the load generator, not the server, sets this figure.`);
  }
  const generatorBound = results.filter((r) => typeof r.generatorCpu === 'number' && r.generatorCpu >= 0.9 && typeof r.serverCpu === 'number' && r.serverCpu < 0.9);
  for (const r of generatorBound) {
    lines.push(`${r.tool ?? 'autocannon'}, ${r.server}, ${r.scenario}: the load generator used ${share(r.generatorCpu)} of its CPU and the server ${share(r.serverCpu)} of its own: the generator set this req/s.`);
  }
  const starved = results.filter((r) => typeof r.serverCpu === 'number' && r.serverCpu < 0.75 && !(typeof r.generatorCpu === 'number' && r.generatorCpu >= 0.9));
  if (starved.length > 0) {
    lines.push(`${starved.length} run(s) had neither the server nor the load generator busy (server CPU below 75 %): other work on the machine took the CPUs, so compare CPU µs/req there, not req/s.`);
  }
  return lines.join('\n');
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function round(n) {
  return Math.round(n * 100) / 100;
}
