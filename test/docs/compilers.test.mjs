// The sample check can fail: for each language, a batch of a real sample and the same sample
// calling a method the SDK does not have is compiled the way samples.test.mjs compiles all of
// them, and exactly the broken file is reported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { stageDocs } from '../../docs-site/lib/stage.mjs';
import { writeSamples } from './lib/workdir.mjs';
import { ROOT, compileCSharp, compileJava, compileJavaScript, compilePython, compileTypeScript } from './lib/compilers.mjs';

const WORK = path.join(ROOT, '.cache/docs/compilers-test');
fs.rmSync(WORK, { recursive: true, force: true });
const staged = stageDocs(path.join(ROOT, 'openapi.yaml'));
const one = { ...staged, operations: staged.operations.filter((o) => o.model.operationId === 'getTemplate') };
const files = writeSamples(one, WORK);

/** A copy of the language's getTemplate sample that calls `retrieveTypo` instead, in the same folder. */
function broken(lang, rename, from, to) {
  const [good] = files.get(lang);
  const text = fs.readFileSync(good.file, 'utf8');
  assert.ok(text.includes(from), `${lang}: the sample has no ${from}`);
  const file = rename(good.file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text.replace(from, to).replaceAll('samples.gettemplate', 'samples.broken').replaceAll('Samples.GetTemplate', 'Samples.Broken'));
  return [good.file, file];
}

function assertOnly(verdict, bad) {
  assert.deepEqual([...verdict.failed.keys()], [bad], verdict.output.slice(0, 2000));
}

test('tsc reports the TypeScript sample that calls a missing method', async () => {
  const [good, bad] = broken('typescript', (f) => f.replace('getTemplate', 'broken'), '.retrieve(', '.retrieveTypo(');
  assertOnly(await compileTypeScript(path.dirname(good), [good, bad]), bad);
});

test('tsc --checkJs reports the JavaScript sample that calls a missing method', async () => {
  const [good, bad] = broken('javascript', (f) => f.replace('getTemplate', 'broken'), '.retrieve(', '.retrieveTypo(');
  assertOnly(await compileJavaScript(path.dirname(good), [good, bad]), bad);
});

test('mypy reports the Python sample that calls a missing method', async () => {
  const [good, bad] = broken('python', (f) => f.replace('getTemplate', 'broken'), '.retrieve(', '.retrieve_typo(');
  assertOnly(await compilePython([path.dirname(good)], [good, bad]), bad);
});

test('javac reports the Java sample that calls a missing method', async () => {
  const [good, bad] = broken('java', (f) => f.replace(`${path.sep}gettemplate${path.sep}`, `${path.sep}broken${path.sep}`), '.retrieve(', '.retrieveTypo(');
  assertOnly(await compileJava(path.join(WORK, 'java'), [good, bad], path.join(WORK, 'java-classes')), bad);
});

test('mcs reports the C# sample that calls a missing method', async () => {
  const [good, bad] = broken('csharp', (f) => f.replace('getTemplate', 'broken'), '.RetrieveAsync(', '.RetrieveTypoAsync(');
  assertOnly(await compileCSharp(path.dirname(good), [good, bad], path.join(WORK, 'csharp-out')), bad);
});
