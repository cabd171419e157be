// Renders conformance results: a text matrix for the terminal, the JSON document of
// `--json FILE`, and a self-contained HTML page with the matrix as a coloured table.

export const SDKS = ['typescript', 'javascript', 'python', 'java', 'csharp'];

/**
 * @param {string[]} sdks the SDKs that ran, in column order
 * @param {{id, operation, tags}[]} contracts
 * @param {Record<string, Record<string, {status: 'pass'|'fail', reason?: string}>>} results
 */
export function toJson(sdks, contracts, results) {
  return {
    sdks,
    contracts: contracts.map(({ id, operation, tags }) => ({ id, operation, tags })),
    results: Object.fromEntries(sdks.map((sdk) => [sdk, Object.fromEntries(contracts.map(({ id }) =>
      [id, results[sdk]?.[id] ?? { status: 'fail', reason: 'the driver reported no result' }]))])),
  };
}

export function failures(report) {
  return report.sdks.flatMap((sdk) => report.contracts
    .filter(({ id }) => report.results[sdk][id].status !== 'pass')
    .map(({ id }) => ({ sdk, id, reason: report.results[sdk][id].reason ?? '' })));
}

export function toText(report) {
  const width = Math.max(8, ...report.contracts.map((c) => c.id.length));
  const head = 'contract'.padEnd(width) + '  ' + report.sdks.map((s) => s.padEnd(10)).join(' ');
  const rows = report.contracts.map(({ id }) => id.padEnd(width) + '  ' +
    report.sdks.map((sdk) => (report.results[sdk][id].status === 'pass' ? 'pass' : 'FAIL').padEnd(10)).join(' '));
  const totals = report.sdks.map((sdk) => {
    const passed = report.contracts.filter(({ id }) => report.results[sdk][id].status === 'pass').length;
    return `${sdk} ${passed}/${report.contracts.length}`;
  });
  const lines = [head, '-'.repeat(head.length), ...rows, '', `passed: ${totals.join(', ')}`];
  const failed = failures(report);
  if (failed.length) lines.push('', 'failures:', ...failed.map((f) => `  ${f.sdk} ${f.id}: ${f.reason}`));
  return lines.join('\n');
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function toHtml(report) {
  const cells = (id) => report.sdks.map((sdk) => {
    const r = report.results[sdk][id];
    return r.status === 'pass'
      ? '<td class="pass">pass</td>'
      : `<td class="fail" title="${escapeHtml(r.reason ?? '')}">fail<br><small>${escapeHtml(r.reason ?? '')}</small></td>`;
  }).join('');
  const rows = report.contracts.map((c) =>
    `<tr><th scope="row">${escapeHtml(c.id)}<br><small>${escapeHtml(c.operation)} · ${c.tags.map(escapeHtml).join(', ')}</small></th>${cells(c.id)}</tr>`).join('\n');
  const totals = report.sdks.map((sdk) =>
    `<td>${report.contracts.filter(({ id }) => report.results[sdk][id].status === 'pass').length}/${report.contracts.length}</td>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Secure AI Studio SDK conformance</title>
<style>
body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.pass{background:#d7f5dd;color:#135d22}td.fail{background:#fbdada;color:#8a1010}
small{color:#555}thead th{background:#f3f3f3}
</style></head><body>
<h1>SDK conformance</h1>
<p>${report.contracts.length} recorded contracts replayed against ${report.sdks.length} SDKs.</p>
<table><thead><tr><th>contract</th>${report.sdks.map((s) => `<th>${escapeHtml(s)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody><tfoot><tr><th>passed</th>${totals}</tr></tfoot></table>
</body></html>
`;
}
