// The reference's code samples are real programs: every sample of every operation, extracted from
// the staged spec's `x-codeSamples`, compiles or type-checks in its language against the SDK as
// built (one compiler run per language), and runs against the mock server (spec mode): every
// operation's sample in TypeScript, Python (sync and async), JavaScript and curl, one per tag in
// Java and C# (a JVM or Mono start per program). A sample that does not compile or run fails,
// naming its operation.
// Needs the built SDKs (each generators/<lang>/test.sh builds its own, as `npm test` does first).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stageDocs } from '../../docs-site/lib/stage.mjs';
import { LANGUAGES } from '../../docs-site/lib/samples/index.mjs';
import { writeSamples } from './lib/workdir.mjs';
import { ROOT, compileCSharp, compileJava, compileJavaScript, compilePython, compileTypeScript, run } from './lib/compilers.mjs';
import { csharpLauncher, mapLimit, onePerTag, runCurl, runFolder, runJava, runJavaScript, runPython, runTypeScript, sampleEnv, startSpecMock } from './lib/runners.mjs';

const WORK = path.join(ROOT, '.cache/docs/samples');
// Sample runs at once (SAIS_DOCS_JOBS overrides): one per core, at least two.
const RUN_JOBS = Number(process.env.SAIS_DOCS_JOBS) > 0 ? Number(process.env.SAIS_DOCS_JOBS) : Math.max(2, os.availableParallelism());
const staged = stageDocs(path.join(ROOT, 'openapi.yaml'));
let files;
let mock;
const counts = {};

before(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  files = writeSamples(staged, WORK);
  mock = await startSpecMock();
});

after(async () => {
  await mock?.stop();
  const line = Object.entries(counts).map(([lang, c]) => `${lang} ${c.compiled ?? '-'} compiled, ${c.ran ?? 0} ran`).join('; ');
  console.log(`# docs samples: ${staged.operations.length} operations; ${line}`);
});

test('every operation has a sample in every language, generated into x-codeSamples', () => {
  assert.ok(staged.operations.length > 0);
  for (const { model } of staged.operations) {
    const op = findOperation(staged.doc, model.operationId);
    assert.deepEqual(op['x-codeSamples'].map((s) => s.label), LANGUAGES.map((l) => l.label), model.operationId);
    for (const s of op['x-codeSamples']) assert.ok(s.source.trim().length > 0, `${model.operationId} ${s.label}`);
  }
});

/** Asserts a compiler verdict is clean, naming each failing sample and its first diagnostics. */
function assertCompiled(lang, verdict, list) {
  const lines = [...verdict.failed].map(([file, msgs]) => {
    const sample = list.find((s) => s.file === file);
    return `${sample ? sample.operationId : file}: ${msgs.slice(0, 3).join(' | ')}`;
  });
  assert.equal(lines.length, 0, `${lines.length} ${lang} sample(s) do not compile:\n${lines.join('\n')}`);
  counts[lang] = { ...counts[lang], compiled: list.length };
}

/** A failed run's output: its first lines (the exception) and its last (where it ended). */
function excerpt(output) {
  const lines = output.trim().split('\n');
  return (lines.length <= 8 ? lines : [...lines.slice(0, 3), '…', ...lines.slice(-4)]).join('\n  ');
}

/**
 * Runs the given samples, asserting each exits 0. Each sample is its own process (a user runs one
 * program), so they run RUN_JOBS at a time: most of a run is process start-up, and one at a time
 * left a core idle (the step took 267 s of `npm test`). Failures are listed in sample order.
 */
async function assertRuns(lang, list, runner) {
  const cwd = runFolder(path.join(WORK, 'run', lang));
  const env = sampleEnv(mock.url);
  const results = await mapLimit(list, RUN_JOBS, (sample) => runner(sample, cwd, env));
  const failures = list
    .map((sample, i) => [sample, results[i]])
    .filter(([, r]) => r.code !== 0)
    .map(([sample, r]) => `${sample.operationId} (exit ${r.code}): ${excerpt(r.output)}`);
  assert.equal(failures.length, 0, `${failures.length} ${lang} sample(s) failed against the mock server:\n${failures.join('\n')}`);
  counts[lang] = { ...counts[lang], ran: list.length };
}

describe('TypeScript samples', () => {
  test('type-check with tsc --strict against packages/client', async () => {
    const list = files.get('typescript');
    assertCompiled('typescript', await compileTypeScript(path.join(WORK, 'typescript'), list.map((s) => s.file)), list);
  });
  test('every one runs against the mock server', async () => {
    await assertRuns('typescript', files.get('typescript'), runTypeScript);
  });
});

describe('Python samples (sync and async)', () => {
  let python;
  test('type-check with mypy --strict against the built wheel', async () => {
    const list = [...files.get('python'), ...files.get('python-async')];
    const verdict = await compilePython([path.join(WORK, 'python'), path.join(WORK, 'python-async')], list.map((s) => s.file));
    python = verdict.python;
    assertCompiled('python', verdict, list);
  });
  test('every one runs against the mock server, sync and async', async () => {
    assert.ok(python, 'the type check did not set up the venv');
    await assertRuns('python', [...files.get('python'), ...files.get('python-async')], runPython(python));
  });
});

describe('JavaScript samples', () => {
  test('pass node --check and tsc --checkJs against the SDK declarations', async () => {
    const list = files.get('javascript');
    assertCompiled('javascript', await compileJavaScript(path.join(WORK, 'javascript'), list.map((s) => s.file)), list);
  });
  test('every one runs against the mock server', async () => {
    await assertRuns('javascript', files.get('javascript'), runJavaScript);
  });
});

describe('Java samples', () => {
  let classpath;
  test('compile with javac against the built jar', async () => {
    const list = files.get('java');
    const verdict = await compileJava(path.join(WORK, 'java'), list.map((s) => s.file), path.join(WORK, 'java-classes'));
    classpath = verdict.classpath;
    assertCompiled('java', verdict, list);
  });
  test('one per tag runs against the mock server', async () => {
    assert.ok(classpath, 'the compile step did not finish');
    await assertRuns('java', onePerTag(files.get('java')), runJava(classpath));
  });
});

describe('C# samples', () => {
  let compiled;
  test('compile with mcs against the built DLL', async () => {
    const list = files.get('csharp');
    const verdict = await compileCSharp(path.join(WORK, 'csharp'), list.map((s) => s.file), path.join(WORK, 'csharp-out'));
    assertCompiled('csharp', verdict, list);
    compiled = true;
  });
  test('one per tag runs against the mock server', async () => {
    assert.ok(compiled, 'the compile step did not finish');
    await assertRuns('csharp', onePerTag(files.get('csharp')), await csharpLauncher(path.join(WORK, 'csharp-out')));
  });
});

describe('curl samples', () => {
  test('pass bash -n', async () => {
    const list = files.get('curl');
    const failed = new Map();
    for (const s of list) {
      const r = await run('bash', ['-n', s.file]);
      if (r.code !== 0) failed.set(s.file, [r.output.trim()]);
    }
    assertCompiled('curl', { failed }, list);
  });
  test('every one runs against the mock server', async () => {
    await assertRuns('curl', files.get('curl'), runCurl);
  });
});

function findOperation(doc, id) {
  for (const item of Object.values(doc.paths)) for (const op of Object.values(item)) if (op?.operationId === id) return op;
  throw new Error(`no operation ${id}`);
}
