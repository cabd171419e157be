/** Targets from the issue: ≥15× Prism's and ≥2.5× Steady's throughput, p99 ≤ ⅓ of Steady's. */
export const TARGETS = { prismThroughput: 15, steadyThroughput: 2.5, steadyP99: 1 / 3 };

const MEASURES = [
  { peer: 'prism', measure: 'throughput vs prism', target: `>= ${TARGETS.prismThroughput}x`, ratio: (a, b) => a.requestsPerSec / b.requestsPerSec, met: (r) => r >= TARGETS.prismThroughput },
  { peer: 'steady', measure: 'throughput vs steady', target: `>= ${TARGETS.steadyThroughput}x`, ratio: (a, b) => a.requestsPerSec / b.requestsPerSec, met: (r) => r >= TARGETS.steadyThroughput },
  { peer: 'steady', measure: 'p99 vs steady', target: '<= 0.33x', ratio: (a, b) => a.p99Ms / Math.max(b.p99Ms, 0.001), met: (r) => r <= TARGETS.steadyP99 },
];

/**
 * sais-mock's ratio to each peer against its target, and beside it the same ratio for the
 * `node-http` floor (sais-mock's own response bytes replayed with no work, baseline-server.js):
 * when the floor misses a target too, the load generator and machine set that figure.
 */
export function compare(results) {
  const out = [];
  const get = (server, scenario) => results.find((r) => r.server === server && r.scenario === scenario);
  for (const scenario of [...new Set(results.map((r) => r.scenario))]) {
    const mine = get('sais-mock', scenario);
    if (!mine) continue;
    const floor = get('node-http', scenario);
    for (const m of MEASURES) {
      const peer = get(m.peer, scenario);
      if (!peer) continue;
      const ratio = m.ratio(mine, peer);
      const floorRatio = floor ? m.ratio(floor, peer) : null;
      out.push({
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
  return out;
}

export function formatReport(results, comparison) {
  const lines = [];
  lines.push(row(['server', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx']));
  lines.push(row(['---', '---', '---', '---', '---', '---']));
  for (const r of results) lines.push(row([r.server, r.scenario, r.requestsPerSec, r.p50Ms, r.p99Ms, r.non2xx]));
  lines.push('');
  lines.push(row(['scenario', 'measure', 'sais-mock', 'target', 'met', 'floor (node-http, same bytes)']));
  lines.push(row(['---', '---', '---', '---', '---', '---']));
  for (const c of comparison) {
    const floor = c.floorRatio === null ? 'not run' : `${c.floorRatio}x (${c.floorMet ? 'meets it' : 'misses it'})`;
    lines.push(row([c.scenario, c.measure, `${c.ratio}x`, c.target, c.met ? 'yes' : 'NO', floor]));
  }
  const unreachable = comparison.filter((c) => !c.met && c.floorMet === false);
  if (unreachable.length > 0) {
    lines.push('');
    for (const c of unreachable) {
      lines.push(`${c.scenario}, ${c.measure}: missed, and missed by the floor too (${c.floorRatio}x), which sends the same bytes and does no work: on this machine the load generator, not the server, sets this figure.`);
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
