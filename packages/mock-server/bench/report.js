/**
 * Targets from the issue, with wrk at 50 connections: throughput ≥ 25× Prism's and ≥ 2.5×
 * Steady's, ≥ 85 % of the node:http floor's, p99 ≤ ½ of Steady's; stateful mode ≥ 80 % of spec mode.
 */
export const TARGETS = { prismThroughput: 25, steadyThroughput: 2.5, steadyP99: 1 / 2, floorThroughput: 0.85, statefulThroughput: 0.8 };

const throughput = (a, b) => a.requestsPerSec / b.requestsPerSec;
const MEASURES = [
  { subject: 'sais-mock', peer: 'prism', measure: 'throughput vs prism', target: `>= ${TARGETS.prismThroughput}x`, ratio: throughput, met: (r) => r >= TARGETS.prismThroughput, floor: true },
  { subject: 'sais-mock', peer: 'steady', measure: 'throughput vs steady', target: `>= ${TARGETS.steadyThroughput}x`, ratio: throughput, met: (r) => r >= TARGETS.steadyThroughput, floor: true },
  { subject: 'sais-mock', peer: 'steady', measure: 'p99 vs steady', target: '<= 0.5x', ratio: (a, b) => a.p99Ms / Math.max(b.p99Ms, 0.001), met: (r) => r <= TARGETS.steadyP99, floor: true },
  { subject: 'sais-mock', peer: 'node-http', measure: 'throughput vs floor', target: `>= ${TARGETS.floorThroughput}x`, ratio: throughput, met: (r) => r >= TARGETS.floorThroughput, floor: false },
  { subject: 'sais-mock-stateful', peer: 'sais-mock', measure: 'stateful vs spec mode', target: `>= ${TARGETS.statefulThroughput}x`, ratio: throughput, met: (r) => r >= TARGETS.statefulThroughput, floor: false },
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
        out.push({
          tool,
          scenario,
          measure: m.measure,
          ratio: round(ratio),
          target: m.target,
          met: m.met(ratio),
          floorRatio: floorRatio === null ? null : round(floorRatio),
          floorMet: floorRatio === null ? null : m.met(floorRatio),
        });
      }
    }
  }
  return out;
}

export function formatReport(results, comparison) {
  const lines = [];
  lines.push(row(['load', 'server', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx']));
  lines.push(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const r of results) lines.push(row([r.tool ?? 'autocannon', r.server, r.scenario, r.requestsPerSec, r.p50Ms, r.p99Ms, r.non2xx]));
  lines.push('');
  lines.push(row(['load', 'scenario', 'measure', 'ratio', 'target', 'met', 'floor (node-http, same bytes)']));
  lines.push(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const c of comparison) {
    const floor = c.floorRatio === null ? '' : `${c.floorRatio}x (${c.floorMet ? 'meets it' : 'misses it'})`;
    lines.push(row([c.tool, c.scenario, c.measure, `${c.ratio}x`, c.target, c.met ? 'yes' : 'NO', floor]));
  }
  const unreachable = comparison.filter((c) => !c.met && c.floorMet === false);
  if (unreachable.length > 0) {
    lines.push('');
    for (const c of unreachable) {
      lines.push(`${c.tool}, ${c.scenario}, ${c.measure}: missed, and missed by the floor too (${c.floorRatio}x), which sends the same bytes and does no work: on this machine the load generator, not the server, sets this figure.`);
    }
  }
  return lines.join('\n');
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function round(n) {
  return Math.round(n * 100) / 100;
}
