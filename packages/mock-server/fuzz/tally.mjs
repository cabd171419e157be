import { readFileSync } from 'node:fs';

/**
 * Reads a schemathesis NDJSON report (`--report ndjson`) and counts what the fuzz step judges:
 * requests sent, 5xx answers, rejections (4xx) that are not `application/problem+json` (nor a
 * type `documented(label, status)` lists for that operation and status), and the
 * failed checks by name (each failing test case counted once per check).
 */
export function tallyReport(file, documented = () => new Set()) {
  const figures = { requests: 0, serverErrors: 0, nonProblemRejections: 0, byStatus: new Map(), failuresByCheck: new Map(), examples: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{"ScenarioFinished"')) continue;
    const scenario = JSON.parse(line).ScenarioFinished;
    const { interactions = {}, checks = {}, label = '' } = scenario.recorder ?? {};
    for (const interaction of Object.values(interactions)) {
      const response = interaction.response;
      figures.requests++;
      if (!response) continue; // the request failed at the transport level: a check reports it
      const status = response.status_code;
      figures.byStatus.set(status, (figures.byStatus.get(status) ?? 0) + 1);
      if (status >= 500) note(figures, 'serverErrors', interaction, `${status}`);
      else if (status >= 400 && contentType(response.headers) !== 'application/problem+json' && !documented(label, status).has(contentType(response.headers))) {
        note(figures, 'nonProblemRejections', interaction, `${status} with Content-Type ${JSON.stringify(contentType(response.headers))}`);
      }
    }
    for (const results of Object.values(checks)) {
      const failed = new Set(results.filter((c) => c.status === 'failure').map((c) => c.name));
      for (const name of failed) figures.failuresByCheck.set(name, (figures.failuresByCheck.get(name) ?? 0) + 1);
    }
  }
  return figures;
}

function note(figures, key, interaction, what) {
  figures[key]++;
  if (figures.examples.length < 10) figures.examples.push(`${interaction.request.method} ${interaction.request.uri}: ${what}`);
}

function contentType(headers = {}) {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  const value = Array.isArray(entry?.[1]) ? entry[1][0] : entry?.[1];
  return typeof value === 'string' ? value.split(';')[0].trim().toLowerCase() : '';
}
