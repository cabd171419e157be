/** Targets from the issue: ≥15× Prism's and ≥2.5× Steady's throughput, p99 ≤ ⅓ of Steady's. */
export const TARGETS = { prismThroughput: 15, steadyThroughput: 2.5, steadyP99: 1 / 3 };

export function compare(results) {
  const out = [];
  const get = (server, scenario) => results.find((r) => r.server === server && r.scenario === scenario);
  for (const scenario of [...new Set(results.map((r) => r.scenario))]) {
    const mine = get('sais-mock', scenario);
    if (!mine) continue;
    const prism = get('prism', scenario);
    const steady = get('steady', scenario);
    if (prism) {
      const ratio = mine.requestsPerSec / prism.requestsPerSec;
      out.push({ scenario, measure: 'throughput vs prism', ratio: round(ratio), target: `>= ${TARGETS.prismThroughput}x`, met: ratio >= TARGETS.prismThroughput });
    }
    if (steady) {
      const ratio = mine.requestsPerSec / steady.requestsPerSec;
      out.push({ scenario, measure: 'throughput vs steady', ratio: round(ratio), target: `>= ${TARGETS.steadyThroughput}x`, met: ratio >= TARGETS.steadyThroughput });
      const p99 = mine.p99Ms / Math.max(steady.p99Ms, 0.001);
      out.push({ scenario, measure: 'p99 vs steady', ratio: round(p99), target: '<= 0.33x', met: p99 <= TARGETS.steadyP99 });
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
  lines.push(row(['scenario', 'measure', 'ratio', 'target', 'met']));
  lines.push(row(['---', '---', '---', '---', '---']));
  for (const c of comparison) lines.push(row([c.scenario, c.measure, `${c.ratio}x`, c.target, c.met ? 'yes' : 'NO']));
  return lines.join('\n');
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

function round(n) {
  return Math.round(n * 100) / 100;
}
