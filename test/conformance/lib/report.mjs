// Renders conformance results: a text matrix for the terminal, the JSON document of
// `--json FILE`, and a self-contained HTML page (docs/conformance.html): the totals and every
// failure first, the spec's SHA-256 and the commit it ran on, the contracts grouped by resource
// with a "show only failures" filter, and a second view by rulebook rule (R1–R12 × SDK, from each
// contract's `rules`), so a reader sees which rules every SDK proves.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SDKS = ['typescript', 'javascript', 'python', 'java', 'csharp'];

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The rulebook's sections, the rows of the rule view (docs/sdk-behavior.md). */
export const RULE_SECTIONS = [
  ['R1', 'Authentication'], ['R2', 'Timeouts and cancellation'], ['R3', 'Retries'], ['R4', 'Client configuration'],
  ['R5', 'Errors'], ['R6', 'Pagination'], ['R7', 'Response validation'], ['R8', 'Long-running operations and events'],
  ['R9', 'Request encoding, binary and multipart'], ['R10', 'Raw response access'], ['R11', 'ETags and conditional requests'], ['R12', 'Names'],
];

/**
 * What the run was checked against: the spec's SHA-256 and the git commit (with whether the work
 * tree had changes). Unknown values are null, never guessed.
 */
export function describeRun({ root = ROOT, spec = path.join(root, 'openapi.yaml') } = {}) {
  let specSha256 = null;
  try {
    specSha256 = crypto.createHash('sha256').update(fs.readFileSync(spec)).digest('hex');
  } catch {
    // no such file: shown as unknown
  }
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const commit = git('rev-parse', 'HEAD');
  const status = commit === null ? null : git('status', '--porcelain', '--untracked-files=no');
  return { spec: path.relative(root, spec) || spec, specSha256, commit, dirty: status === null ? null : status.length > 0 };
}

/**
 * @param {string[]} sdks the SDKs that ran, in column order
 * @param {{id, operation, tags, rules?, summary?}[]} contracts
 * @param {Record<string, Record<string, {status: 'pass'|'fail', reason?: string}>>} results
 * @param {{spec, specSha256, commit, dirty}} [run] what it ran against (describeRun())
 */
export function toJson(sdks, contracts, results, run = describeRun()) {
  return {
    run,
    sdks,
    contracts: contracts.map(({ id, operation, tags, rules, summary }) => ({ id, operation, tags, rules: rules ?? [], ...(summary ? { summary } : {}) })),
    results: Object.fromEntries(sdks.map((sdk) => [sdk, Object.fromEntries(contracts.map(({ id }) =>
      [id, results[sdk]?.[id] ?? { status: 'fail', reason: 'the driver reported no result' }]))])),
  };
}

export function failures(report) {
  return report.sdks.flatMap((sdk) => report.contracts
    .filter(({ id }) => report.results[sdk][id].status !== 'pass')
    .map(({ id }) => ({ sdk, id, reason: report.results[sdk][id].reason ?? '' })));
}

const passedBy = (report, sdk, contracts = report.contracts) => contracts.filter(({ id }) => report.results[sdk][id].status === 'pass').length;

export function toText(report) {
  const width = Math.max(8, ...report.contracts.map((c) => c.id.length));
  const head = 'contract'.padEnd(width) + '  ' + report.sdks.map((s) => s.padEnd(10)).join(' ');
  const rows = report.contracts.map(({ id }) => id.padEnd(width) + '  ' +
    report.sdks.map((sdk) => (report.results[sdk][id].status === 'pass' ? 'pass' : 'FAIL').padEnd(10)).join(' '));
  const totals = report.sdks.map((sdk) => `${sdk} ${passedBy(report, sdk)}/${report.contracts.length}`);
  const lines = [head, '-'.repeat(head.length), ...rows, '', `passed: ${totals.join(', ')}`];
  const failed = failures(report);
  if (failed.length) lines.push('', 'failures:', ...failed.map((f) => `  ${f.sdk} ${f.id}: ${f.reason}`));
  return lines.join('\n');
}

/** The resource of a contract: the folder of its id (`templates/list-…` → `templates`). */
export const resourceOf = (contract) => (contract.id.includes('/') ? contract.id.slice(0, contract.id.indexOf('/')) : '(none)');

/** The rulebook section of a rule id: `R3.6` → `R3`. */
export const sectionOf = (rule) => /^R\d+/.exec(rule)?.[0] ?? rule;

/**
 * The rule view's rows: per rulebook section, the contracts citing any of its rules, the rules
 * cited, and per SDK how many of those contracts passed.
 */
export function byRule(report) {
  return RULE_SECTIONS.map(([id, title]) => {
    const contracts = report.contracts.filter((c) => c.rules.some((r) => sectionOf(r) === id));
    const rules = [...new Set(contracts.flatMap((c) => c.rules.filter((r) => sectionOf(r) === id)))].sort(ruleOrder);
    return { id, title, rules, contracts, passed: Object.fromEntries(report.sdks.map((sdk) => [sdk, passedBy(report, sdk, contracts)])) };
  });
}

function ruleOrder(a, b) {
  const pa = a.slice(1).split('.').map(Number);
  const pb = b.slice(1).split('.').map(Number);
  return pa[0] - pb[0] || (pa[1] ?? 0) - (pb[1] ?? 0);
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function toHtml(report) {
  const failed = failures(report);
  const total = report.contracts.length * report.sdks.length;
  const run = report.run ?? {};
  const cells = (id) => report.sdks.map((sdk) => {
    const r = report.results[sdk][id];
    return r.status === 'pass'
      ? '<td class="pass">pass</td>'
      : `<td class="fail" title="${escapeHtml(r.reason ?? '')}">fail<br><small>${escapeHtml(r.reason ?? '')}</small></td>`;
  }).join('');
  const groups = new Map();
  for (const c of report.contracts) groups.set(resourceOf(c), [...(groups.get(resourceOf(c)) ?? []), c]);
  const span = report.sdks.length + 1;
  const resourceRows = [...groups].map(([resource, list]) => {
    const groupFailed = list.some((c) => report.sdks.some((sdk) => report.results[sdk][c.id].status !== 'pass'));
    const counts = report.sdks.map((sdk) => `${sdk} ${passedBy(report, sdk, list)}/${list.length}`).join(' · ');
    return [
      `<tr class="group" data-status="${groupFailed ? 'fail' : 'pass'}"><th colspan="${span}" scope="rowgroup">${escapeHtml(resource)} <small>${list.length} contracts · ${escapeHtml(counts)}</small></th></tr>`,
      ...list.map((c) => {
        const status = report.sdks.every((sdk) => report.results[sdk][c.id].status === 'pass') ? 'pass' : 'fail';
        const rules = c.rules.length ? ` · ${c.rules.map(escapeHtml).join(', ')}` : '';
        return `<tr class="contract" id="c-${escapeHtml(c.id)}" data-status="${status}" data-resource="${escapeHtml(resource)}"><th scope="row">${escapeHtml(c.id)}<br><small>${escapeHtml(c.operation)} · ${c.tags.map(escapeHtml).join(', ')}${rules}</small></th>${cells(c.id)}</tr>`;
      }),
    ].join('\n');
  }).join('\n');
  const totals = report.sdks.map((sdk) => `<td>${passedBy(report, sdk)}/${report.contracts.length}</td>`).join('');
  const ruleRows = byRule(report).map((row) => {
    const n = row.contracts.length;
    const status = n > 0 && report.sdks.every((sdk) => row.passed[sdk] === n) ? 'pass' : n === 0 ? 'none' : 'fail';
    const ruleCells = report.sdks.map((sdk) => (n === 0
      ? '<td class="none">—</td>'
      : `<td class="${row.passed[sdk] === n ? 'rule-pass' : 'rule-fail'}">${row.passed[sdk]}/${n}</td>`)).join('');
    return `<tr class="rule" data-status="${status}" data-rule="${row.id}"><th scope="row">${row.id} ${escapeHtml(row.title)}<br><small>${n ? `${n} contracts · ${row.rules.map(escapeHtml).join(', ')}` : 'no contract cites these rules'}</small></th>${ruleCells}</tr>`;
  }).join('\n');
  const uncited = report.contracts.filter((c) => c.rules.length === 0).length;
  const commit = run.commit ? `<code>${escapeHtml(run.commit)}</code>${run.dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
  const summary = failed.length === 0
    ? `<p class="verdict pass" id="verdict">All ${total} checks passed: ${report.contracts.length} contracts × ${report.sdks.length} SDKs.</p>`
    : `<p class="verdict fail" id="verdict">${failed.length} of ${total} checks failed (${report.contracts.length} contracts × ${report.sdks.length} SDKs).</p>
<ul id="failures">${failed.map((f) => `<li><strong>${escapeHtml(f.sdk)}</strong> <a href="#c-${escapeHtml(f.id)}">${escapeHtml(f.id)}</a>: ${escapeHtml(f.reason)}</li>`).join('\n')}</ul>`;
  const header = `<tr><th>contract</th>${report.sdks.map((s) => `<th>${escapeHtml(s)}</th>`).join('')}</tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Secure AI Studio SDK conformance</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.pass,td.rule-pass{background:#d7f5dd;color:#135d22}td.fail,td.rule-fail{background:#fbdada;color:#8a1010}td.none{color:#777}
small{color:#555}thead th{background:#f3f3f3}tr.group th{background:#eef2f8}
.verdict{font-size:1.15rem;font-weight:600;padding:.5rem .8rem;border-radius:4px;display:inline-block}
.verdict.pass{background:#d7f5dd;color:#135d22}.verdict.fail{background:#fbdada;color:#8a1010}
.views button{font:inherit;padding:.3rem .8rem;margin-right:.3rem}.views button[aria-selected=true]{font-weight:600}
body.only-failures tr[data-status=pass],body.only-failures tr[data-status=none]{display:none}
[hidden]{display:none}
</style></head><body>
<h1>SDK conformance</h1>
${summary}
<p id="run">Spec <code>${escapeHtml(run.spec ?? 'openapi.yaml')}</code> sha256 <code id="spec-sha256">${escapeHtml(run.specSha256 ?? 'unknown')}</code> · commit <span id="commit">${commit}</span></p>
<p>${report.contracts.length} recorded contracts replayed against ${report.sdks.length} SDKs; passed: ${report.sdks.map((sdk) => `${escapeHtml(sdk)} ${passedBy(report, sdk)}/${report.contracts.length}`).join(', ')}.</p>
<p class="views" role="tablist"><button type="button" role="tab" id="tab-resources" aria-controls="view-resources" aria-selected="true">By resource</button><button type="button" role="tab" id="tab-rules" aria-controls="view-rules" aria-selected="false">By rule</button>
<label><input type="checkbox" id="only-failures"> show only failures</label></p>
<section id="view-resources" role="tabpanel" aria-labelledby="tab-resources">
<table id="by-resource"><thead>${header}</thead>
<tbody>
${resourceRows}
</tbody><tfoot><tr><th>passed</th>${totals}</tr></tfoot></table>
</section>
<section id="view-rules" role="tabpanel" aria-labelledby="tab-rules">
<p>Each row is a section of the <a href="sdk-behavior.md">SDK behaviour rulebook</a>; a cell counts the contracts citing one of its rules (their <code>rules</code>) that the SDK passes. ${uncited} contracts cite no rule.</p>
<table id="by-rule"><thead><tr><th>rule</th>${report.sdks.map((s) => `<th>${escapeHtml(s)}</th>`).join('')}</tr></thead>
<tbody>
${ruleRows}
</tbody></table>
</section>
<script>
// The two views and the failure filter; without scripts both views show, unfiltered.
(function () {
  var tabs = document.querySelectorAll('[role=tab]');
  document.getElementById('view-rules').hidden = true;
  tabs.forEach(function (tab) {
    tab.addEventListener('click', function () {
      tabs.forEach(function (t) {
        var on = t === tab;
        t.setAttribute('aria-selected', String(on));
        document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
      });
    });
  });
  var only = document.getElementById('only-failures');
  only.addEventListener('change', function () { document.body.classList.toggle('only-failures', only.checked); });
})();
</script>
</body></html>
`;
}
