// The site's front page: what is documented where. The API reference (every operation, by tag,
// each linked to its section of api.html), the rulebook, the conformance report and each SDK's
// own reference; a page that is not built is shown as such rather than linked.

export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * @param {{title, version, sha256, tags: Array<{name, description}>, operations: Array<{model}>,
 *   references: Array<{sdk, pkg, tool, href, built, build}>, conformance: {href, built}}} site
 */
export function indexPage(site) {
  const byTag = new Map(site.tags.map((t) => [t.name, { ...t, ops: [] }]));
  for (const { model } of site.operations) {
    if (!byTag.has(model.specTag)) byTag.set(model.specTag, { name: model.specTag, description: '', ops: [] });
    byTag.get(model.specTag).ops.push(model);
  }
  const refRows = site.references.map((r) => {
    const cell = r.built
      ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.tool)}</a>`
      : `<span class="missing" data-missing="${escapeHtml(r.sdk)}">not built</span> <small>(${escapeHtml(r.build)})</small>`;
    return `<tr><td>${escapeHtml(r.sdk)}</td><td><code>${escapeHtml(r.pkg)}</code></td><td>${cell}</td></tr>`;
  });
  const tagSections = [...byTag.values()].filter((t) => t.ops.length).map((t) => [
    `<section class="tag" id="tag-${escapeHtml(t.name)}"><h3>${escapeHtml(t.name)}</h3>`,
    t.description ? `<p>${escapeHtml(t.description)}</p>` : '',
    '<ul>',
    ...t.ops.map((m) => `<li data-operation="${escapeHtml(m.operationId)}"><a href="api.html#/${encodeURIComponent(m.specTag.toLowerCase())}/${encodeURIComponent(m.operationId.toLowerCase())}"><code>${escapeHtml(m.httpMethod)} ${escapeHtml(m.path)}</code></a> ${escapeHtml(m.summary)} — <code>client.${escapeHtml(m.tag)}.${escapeHtml(m.method)}</code></li>`),
    '</ul></section>',
  ].join('\n'));
  const conformance = site.conformance.built
    ? `<a href="${escapeHtml(site.conformance.href)}">Conformance report</a>: every recorded contract replayed against all five SDKs, by resource and by rule.`
    : `Conformance report: <span class="missing" data-missing="conformance">not built</span> <small>(npm run conformance writes docs/conformance.html)</small>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.title)} — documentation</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #1d2330; }
h1 { margin-bottom: 0; } .meta { color: #5b6475; margin-top: .25rem; }
table { border-collapse: collapse; } td, th { border-bottom: 1px solid #dde1e8; padding: .3rem .8rem .3rem 0; text-align: left; }
.missing { background: #fff1d6; color: #7a4b00; padding: 0 .4rem; border-radius: 3px; font-weight: 600; }
code { font-size: 90%; } .tag ul { padding-left: 1.2rem; } a { color: #1f5fbf; }
</style>
</head>
<body>
<h1>${escapeHtml(site.title)}</h1>
<p class="meta">API version ${escapeHtml(site.version)} · spec sha256 <code>${escapeHtml(site.sha256)}</code></p>
<h2>Guides and references</h2>
<ul>
<li><a href="api.html">API reference</a>: every operation with its parameters, request and response samples, errors with their problem codes, and code samples in TypeScript, Python (sync and async), JavaScript, Java, C# and curl.</li>
<li><a href="rulebook.html">SDK behaviour rulebook</a>: the rules (R1–R12) every SDK follows; each operation links the ones it relies on.</li>
<li>${conformance}</li>
</ul>
<h2>SDK references</h2>
<table><thead><tr><th>SDK</th><th>package</th><th>reference</th></tr></thead>
<tbody>
${refRows.join('\n')}
</tbody></table>
<h2>Operations (${site.operations.length})</h2>
${tagSections.join('\n')}
</body>
</html>
`;
}
