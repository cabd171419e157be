// docs/sdk-behavior.md as a page of the site (markdown-it), with an anchor on every rule so an
// operation's notes can link `rulebook.html#R3.6`: `## R3 Retries` gets id `R3`, the bullet that
// starts with `**R3.6**` id `R3.6`. Relative links are rewritten to work from docs/site/.
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './index-page.mjs';

export function rulebookPage(markdown) {
  const md = new MarkdownIt({ html: false, linkify: false });
  let html = md.render(markdown);
  html = html.replace(/<h2>(R\d+)\b/g, '<h2 id="$1">$1');
  html = html.replace(/<li>(\s*(?:<p>)?)<strong>(R\d+\.\d+)<\/strong>/g, '<li id="$2">$1<strong>$2</strong>');
  // The markdown's links are relative to docs/; the page lives in docs/site/.
  html = html.replace(/href="(?![a-z]+:|#|\/)([^"]+)"/g, 'href="../$1"');
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? 'SDK behaviour rulebook';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 15px/1.55 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #1d2330; }
li:target, h2:target { background: #fff6c9; } code { font-size: 90%; } a { color: #1f5fbf; }
</style>
</head>
<body>
<p><a href="index.html">← documentation</a></p>
${html}</body>
</html>
`;
}
