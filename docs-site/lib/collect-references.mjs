// Puts each SDK reference its own build made (in .cache/) where the site links it
// (docs/reference/<sdk>/index.html), so `npm run docs` after the SDK builds gives one site. A
// reference whose build has not run is left out; the index then shows it as "not built".
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

/** Where each SDK's build writes its reference, relative to the repository root. */
export const REFERENCE_SOURCES = [
  { dir: 'reference/javascript', from: '.cache/docs/javascript', kind: 'html-dir' },
  { dir: 'reference/java', from: '.cache/build/java/target/reports/apidocs', kind: 'html-dir' },
  { dir: 'reference/csharp', from: '.cache/build/csharp/reference/API.md', kind: 'markdown' },
  { dir: 'reference/python', from: '.cache/docs/python', kind: 'html-dir' },
];

function markdownPage(title, markdown) {
  const body = new MarkdownIt({ html: false }).render(markdown);
  // The renderer's headings carry no ids; the Markdown's own contents links use GitHub's slugs,
  // so give each heading that slug.
  const withIds = body.replace(/<h([1-6])>(.*?)<\/h\1>/g, (_, n, text) => {
    const slug = text.replace(/<[^>]+>/g, '').toLowerCase().replace(/[^a-z0-9 _-]/g, '').trim().replace(/[ .]+/g, '-');
    return `<h${n} id="${slug}">${text}</h${n}>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body>${withIds}</body></html>\n`;
}

/** @returns {string[]} the reference folders (under docsDir) that were filled */
export function collectReferences(repoRoot, docsDir) {
  const filled = [];
  for (const { dir, from, kind } of REFERENCE_SOURCES) {
    const source = path.join(repoRoot, from);
    if (!fs.existsSync(kind === 'html-dir' ? path.join(source, 'index.html') : source)) continue;
    const target = path.join(docsDir, dir);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    if (kind === 'html-dir') {
      fs.cpSync(source, target, { recursive: true });
    } else {
      fs.writeFileSync(path.join(target, 'index.html'), markdownPage(path.basename(from), fs.readFileSync(source, 'utf8')));
    }
    filled.push(dir);
  }
  return filled;
}
