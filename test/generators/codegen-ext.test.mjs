// Our generator subclasses (generators/lib/codegen-ext/): compiled once per source into the
// cache, and put in place of the stock generator names in the batch configs.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATOR_CLASSES, ensureCodegenExt } from '../../generators/lib/codegen-ext.mjs';
import { resolveGeneratorJar } from '../../generators/lib/generator-jar.mjs';
import { writeBatchConfigs } from '../../generators/lib/batch-config.mjs';

test('the extension compiles against the pinned jar, once, into a folder named by its sources', () => {
  const { jar } = resolveGeneratorJar();
  const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-ext-'));
  try {
    const first = ensureCodegenExt(jar, { cacheRoot });
    assert.equal(first.note, null);
    for (const cls of Object.values(GENERATOR_CLASSES)) {
      assert.ok(fs.existsSync(path.join(first.classes, ...cls.split('.')) + '.class'), cls);
    }
    const stamp = fs.statSync(path.join(first.classes, '.complete')).mtimeMs;
    const again = ensureCodegenExt(jar, { cacheRoot });
    assert.equal(again.classes, first.classes);
    assert.equal(fs.statSync(path.join(again.classes, '.complete')).mtimeMs, stamp, 'not compiled twice');
    assert.deepEqual(fs.readdirSync(cacheRoot), [path.basename(first.classes)], 'no temporary folder left');
  } finally {
    fs.rmSync(cacheRoot, { recursive: true, force: true });
  }
});

test('a batch config names our class in place of the stock generator; the language keeps its generatorName', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sais-ext-config-'));
  try {
    const langDir = path.join(dir, 'generators', 'demo');
    fs.mkdirSync(langDir, { recursive: true });
    fs.writeFileSync(path.join(langDir, 'config.yaml'), 'generatorName: csharp\n');
    const language = { lang: 'demo', dir: langDir, configFile: path.join(langDir, 'config.yaml') };
    const spec = { file: path.join(dir, 'api.yaml'), version: '1.0.0' };
    const [job] = writeBatchConfigs([language], spec, path.join(dir, 'out'), dir, { generatorClasses: GENERATOR_CLASSES });
    assert.deepEqual([job.generatorName, job.generatorClass], ['csharp', GENERATOR_CLASSES.csharp]);
    assert.equal(JSON.parse(fs.readFileSync(job.file, 'utf8')).generatorName, GENERATOR_CLASSES.csharp);
    const [stock] = writeBatchConfigs([language], spec, path.join(dir, 'out'), dir);
    assert.equal(JSON.parse(fs.readFileSync(stock.file, 'utf8')).generatorName, 'csharp', 'without the classes, the stock generator');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
