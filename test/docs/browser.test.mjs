// The documentation as a reader sees it, in Debian's headless Chromium driven by playwright-core
// (never a downloaded browser): the site that `npm run docs:site` builds and the conformance
// report render without console errors and without any request leaving the machine, every
// operation is there with its own code samples, the language tabs switch, the rulebook has every
// rule an operation links to, and the report's failure filter and rule view work. Screenshots go
// to .cache/docs-screenshots/. Needs docs/conformance.html from `npm run conformance`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { buildSite } from '../../docs-site/build.mjs';
import { stageDocs } from '../../docs-site/lib/stage.mjs';
import { rulesOf } from '../../docs-site/lib/notes.mjs';
import { operations } from '../../scripts/spec-check/load.mjs';
import { loadContracts } from '../conformance/lib/contracts.mjs';
import { toHtml, toJson } from '../conformance/lib/report.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const SITE = path.join(ROOT, 'docs/site');
const SHOTS = path.join(ROOT, '.cache/docs-screenshots');
const CHROMIUM = process.env.SAIS_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let browser;
let staged;

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  await buildSite({ out: SITE });
  staged = stageDocs(path.join(ROOT, 'openapi.yaml'));
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
});

after(async () => {
  await browser?.close();
});

/** A page that records console errors, uncaught exceptions and every request off the machine. */
async function open(file, hash = '') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => !/^(file|data|blob):/.test(r.url()) && problems.push(`request off the machine: ${r.url()}`));
  // Nothing may go out; a request that tries is aborted (and recorded above).
  await page.route(/^https?:/, (route) => route.abort());
  await page.goto(pathToFileURL(file).href + hash);
  return { page, problems };
}

const shot = (page, name) => page.screenshot({ path: path.join(SHOTS, name), fullPage: false });

describe('the documentation site', () => {
  test('the index lists every operation and every SDK reference, built or marked "not built"', async () => {
    const { page, problems } = await open(path.join(SITE, 'index.html'));
    const listed = await page.$$eval('li[data-operation]', (els) => els.map((e) => e.getAttribute('data-operation')));
    assert.deepEqual(listed.sort(), staged.operations.map((o) => o.model.operationId).sort());
    const refs = await page.$$eval('table tbody tr', (rows) => rows.map((r) => {
      const link = r.querySelector('td:nth-child(3) a');
      const missing = r.querySelector('.missing');
      return { sdk: r.cells[0].textContent, href: link?.getAttribute('href') ?? null, missing: missing ? getComputedStyle(missing).display !== 'none' && missing.textContent : null };
    }));
    assert.deepEqual(refs.map((r) => r.sdk), ['TypeScript', 'JavaScript', 'Python', 'Java', 'C#']);
    for (const r of refs) {
      if (r.href) assert.ok(fs.existsSync(path.join(SITE, r.href)), `${r.sdk}: the link ${r.href} is dead`);
      else assert.equal(r.missing, 'not built', `${r.sdk}: neither a link nor a visible "not built"`);
    }
    await shot(page, 'index.png');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('every operation renders in the API reference with its own samples, reached by its index link', async () => {
    const index = await open(path.join(SITE, 'index.html'));
    const links = new Map(await index.page.$$eval('li[data-operation] a', (els) => els.map((a) => [a.closest('li').dataset.operation, a.getAttribute('href')])));
    await index.page.close();
    const { page, problems } = await open(path.join(SITE, 'api.html'));
    const missing = [];
    for (const { model } of staged.operations) {
      const href = links.get(model.operationId);
      if (!href?.startsWith('api.html#/')) {
        missing.push(`${model.operationId}: the index links it as ${href}`);
        continue;
      }
      const hash = href.slice('api.html'.length);
      await page.evaluate((h) => { location.hash = h; }, hash);
      // Redoc names each operation's section by its route (`templates/createtemplate`).
      const section = page.locator(`[id="${hash.slice(2)}"]`);
      try {
        await section.waitFor({ state: 'attached', timeout: 10_000 });
        await page.locator('h2', { hasText: model.summary }).first().waitFor({ timeout: 10_000 });
        const code = await section.locator('pre').allTextContents();
        // A GraphQL operation's samples call its `query` (R13.1) rather than the raw operation.
        const method = model.graphql?.method ?? model.method;
        if (!code.some((c) => c.includes(`client.${model.tag}.${method}(`))) missing.push(`${model.operationId}: no TypeScript sample calling client.${model.tag}.${method}(`);
        const notes = await section.textContent();
        for (const heading of ['Errors', 'Rate limits and retries', 'Idempotency', 'Rulebook']) {
          if (!notes.includes(heading)) missing.push(`${model.operationId}: no "${heading}" notes`);
        }
      } catch (err) {
        missing.push(`${model.operationId}: ${err.message.split('\n')[0]}`);
      }
    }
    assert.deepEqual(missing, []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the code-sample language tabs switch between TypeScript, Python (sync, async), JavaScript, Java, C# and curl', async () => {
    const { page, problems } = await open(path.join(SITE, 'api.html'), '#/templates/createtemplate');
    const section = page.locator('[id="templates/createtemplate"]');
    await section.waitFor({ state: 'attached', timeout: 15_000 });
    const expected = [
      ['TypeScript', "await client.templates.create({"],
      ['Python', 'with SecureAIStudio() as client:'],
      ['Python (async)', 'await client.templates.create('],
      ['JavaScript', "from '@secure-ai-studio/sdk'"],
      ['Java', 'TemplateCreate.builder()'],
      ['C#', 'await client.Templates.CreateAsync(new TemplateCreate'],
      ['curl', 'curl -sS --fail-with-body -X POST'],
    ];
    const switcher = section.locator('button[aria-haspopup="menu"]').filter({ hasText: /^(TypeScript|Python|Python \(async\)|JavaScript|Java|C#|curl)$/ }).first();
    for (const [label, text] of expected) {
      await switcher.click();
      await page.locator('[role="menuitem"]').filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).first().click();
      await assert.doesNotReject(
        page.waitForFunction(([id, t]) => [...document.getElementById(id).querySelectorAll('pre')].some((p) => p.textContent.includes(t)), ['templates/createtemplate', text], { timeout: 5_000 }),
        `the ${label} tab does not show its sample (${text})`,
      );
      assert.equal((await switcher.textContent()).trim(), label);
      await section.locator('pre').first().scrollIntoViewIfNeeded();
      await shot(page, `api-${label.toLowerCase().replace('#', 'sharp').replace(/[^a-z]+/g, '-').replace(/-$/, '')}.png`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the rulebook page has an anchor for every rule an operation links to', async () => {
    const { page, problems } = await open(path.join(SITE, 'rulebook.html'));
    const ids = new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id)));
    const linked = new Set();
    for (const { model } of staged.operations) {
      const found = [...operations(staged.doc)].find((o) => o.op.operationId === model.operationId);
      for (const r of rulesOf(model, found.op, found.params)) linked.add(r.id);
    }
    assert.ok(linked.size > 10);
    assert.deepEqual([...linked].filter((id) => !ids.has(id)), []);
    for (const section of ['R1', 'R3', 'R12']) assert.ok(ids.has(section), `no anchor ${section}`);
    await page.goto(pathToFileURL(path.join(SITE, 'rulebook.html')).href + '#R3.6');
    await shot(page, 'rulebook.png');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** Checks a conformance report page: verdict on top, the filter, the rule view. */
async function checkReport(file, name) {
  const { page, problems } = await open(file);
  const top = await page.evaluate(() => document.body.firstElementChild.nextElementSibling?.id);
  assert.equal(top, 'verdict', 'the verdict comes right after the title');
  const rows = page.locator('#by-resource tr.contract');
  const total = await rows.count();
  assert.ok(total > 0, 'no contract rows');
  const failing = await page.locator('#by-resource tr.contract[data-status="fail"]').count();
  await shot(page, `${name}.png`);
  await page.locator('#only-failures').check();
  const visible = await rows.evaluateAll((els) => els.filter((e) => e.offsetParent !== null).map((e) => e.dataset.status));
  assert.equal(visible.length, failing, 'with the filter on, exactly the failing contracts show');
  assert.ok(visible.every((s) => s === 'fail'));
  await shot(page, `${name}-only-failures.png`);
  await page.locator('#only-failures').uncheck();
  assert.equal(await rows.evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length), total);
  await page.locator('#tab-rules').click();
  assert.equal(await page.locator('#view-resources').isVisible(), false);
  assert.equal(await page.locator('#by-rule tr.rule').count(), 12, 'R1–R12');
  assert.ok(await page.locator('#by-rule').isVisible());
  await shot(page, `${name}-by-rule.png`);
  await page.locator('#tab-resources').click();
  assert.ok(await page.locator('#by-resource').isVisible());
  assert.deepEqual(problems, []);
  await page.close();
  return { total, failing };
}

describe('the conformance report', () => {
  test('a report with a failure: the filter shows only it, the rule view switches in', async () => {
    // The recorded contracts with every SDK passing except one cell, so the filter has something to show.
    const loaded = await loadContracts([path.join(ROOT, 'test/contracts')], path.join(ROOT, 'openapi.yaml'));
    const sdks = ['typescript', 'javascript', 'python', 'java', 'csharp'];
    const [first] = loaded.contracts;
    const results = Object.fromEntries(sdks.map((sdk) => [sdk, Object.fromEntries(loaded.contracts.map((c) =>
      [c.id, sdk === 'java' && c.id === first.id ? { status: 'fail', reason: 'outcome: result /id: expected "a", got "b"' } : { status: 'pass' }]))]));
    const file = path.join(ROOT, '.cache/docs/conformance-with-a-failure.html');
    fs.writeFileSync(file, toHtml(toJson(sdks, loaded.contracts, results)));
    const { failing } = await checkReport(file, 'conformance-with-a-failure');
    assert.equal(failing, 1);
  });

  test('docs/conformance.html (from npm run conformance) renders, leads with its verdict, filters and has the rule view', async () => {
    const file = path.join(ROOT, 'docs/conformance.html');
    assert.ok(fs.existsSync(file), 'docs/conformance.html is missing: run npm run conformance first');
    assert.match(fs.readFileSync(file, 'utf8'), /id="verdict"/, 'docs/conformance.html was written by an older report.mjs: run npm run conformance');
    await checkReport(file, 'conformance');
  });
});
