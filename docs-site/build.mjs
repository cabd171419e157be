#!/usr/bin/env node
// `npm run docs:site`: the static documentation site in docs/site/ (git-ignored), offline as it
// is (no CDN at view time):
//   index.html     what is documented where, every operation, the SDK references
//   api.html       the API reference: Redocly's build-docs of the staged spec, Redoc inlined
//   rulebook.html  docs/sdk-behavior.md, with an anchor per rule
// The staged spec (openapi.yaml + derived extensions + x-codeSamples + notes) is also kept as
// .cache/docs/openapi.docs.json. Usage: node docs-site/build.mjs [--spec FILE] [--out DIR]
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { repoRoot, displayPath } from '../generators/lib/paths.mjs';
import { stageDocs } from './lib/stage.mjs';
import { indexPage } from './lib/index-page.mjs';
import { rulebookPage } from './lib/rulebook-page.mjs';
import { SDK_REFERENCES } from './lib/references.mjs';
import { collectReferences } from './lib/collect-references.mjs';

const exec = promisify(execFile);

export async function buildSite({ spec = path.join(repoRoot, 'openapi.yaml'), out = path.join(repoRoot, 'docs/site') } = {}) {
  const started = Date.now();
  const staged = stageDocs(spec, { rulebookHref: (id) => `rulebook.html${id ? `#${id}` : ''}` });
  const stagedFile = path.join(repoRoot, '.cache/docs/openapi.docs.json');
  fs.mkdirSync(path.dirname(stagedFile), { recursive: true });
  fs.writeFileSync(stagedFile, JSON.stringify(staged.doc, null, 2));
  fs.mkdirSync(out, { recursive: true });

  const redocly = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');
  if (!fs.existsSync(redocly)) throw new Error('@redocly/cli is not installed (npm ci)');
  const title = `${staged.doc.info.title} ${staged.doc.info.version}`;
  try {
    await exec(process.execPath, [redocly, 'build-docs', stagedFile, '--inlineBundle', '--output', path.join(out, 'api.html'), '--title', title,
      '--config', path.join(repoRoot, 'docs-site/redocly.yaml'), '--lint-config', 'error'], {
      cwd: repoRoot,
      // No telemetry and no update check: the build works offline and sends nothing.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    throw new Error(`redocly build-docs failed:\n${`${err.stdout ?? ''}${err.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')}`);
  }

  offlineAttribution(path.join(out, 'api.html'));
  fs.writeFileSync(path.join(out, 'rulebook.html'), rulebookPage(fs.readFileSync(path.join(repoRoot, 'docs/sdk-behavior.md'), 'utf8')));
  const docsDir = path.join(repoRoot, 'docs');
  collectReferences(repoRoot, docsDir);
  const relFromSite = (p) => path.relative(out, path.join(docsDir, p)).split(path.sep).join('/');
  const references = SDK_REFERENCES.map((r) => ({
    ...r,
    href: `${relFromSite(r.dir)}/index.html`,
    built: fs.existsSync(path.join(docsDir, r.dir, 'index.html')),
  }));
  fs.writeFileSync(path.join(out, 'index.html'), indexPage({
    title: staged.doc.info.title,
    version: staged.spec.version,
    sha256: staged.spec.sha256,
    tags: staged.doc.tags ?? [],
    operations: staged.operations,
    references,
    conformance: { href: relFromSite('conformance.html'), built: fs.existsSync(path.join(docsDir, 'conformance.html')) },
  }));
  return {
    out,
    operations: staged.operations.length,
    samples: staged.operations.reduce((n, o) => n + o.samples.length, 0),
    references,
    ms: Date.now() - started,
  };
}

// Redoc 3 shows its attribution logo from cdn.redoc.ly at view time, even with --inlineBundle;
// the site must work offline and send nothing, so the logo's URLs become the same wordmark as an
// inline SVG. (test/docs/browser.test.mjs fails on any request that leaves the machine.)
const LOGO_URLS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16"><text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#5b6475">Redocly</text></svg>')}`;

function offlineAttribution(file) {
  let html = fs.readFileSync(file, 'utf8');
  for (const url of LOGO_URLS) html = html.replaceAll(url, INLINE_LOGO);
  fs.writeFileSync(file, html);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let values;
  try {
    ({ values } = parseArgs({ options: { spec: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    console.error(`docs:site: ${err.message}\nusage: node docs-site/build.mjs [--spec FILE] [--out DIR]`);
    process.exit(2);
  }
  if (values.help) {
    console.log('usage: node docs-site/build.mjs [--spec FILE] [--out DIR]   (defaults: openapi.yaml, docs/site)');
    process.exit(0);
  }
  try {
    const r = await buildSite({ spec: values.spec && path.resolve(values.spec), out: values.out && path.resolve(values.out) });
    const missing = r.references.filter((x) => !x.built).map((x) => x.sdk);
    console.log(`docs site: ${r.operations} operations, ${r.samples} code samples, in ${(r.ms / 1000).toFixed(1)} s`);
    if (missing.length) console.log(`SDK references not built yet (shown as such on the index): ${missing.join(', ')}`);
    console.log(`open ${displayPath(path.join(r.out, 'index.html'))}`);
  } catch (err) {
    console.error(`docs:site: error: ${err.message}`);
    process.exit(1);
  }
}
