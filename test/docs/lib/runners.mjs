// Runs compiled samples against the mock server (spec mode) the way a user runs them: the API key
// and base URL from SECURE_AI_STUDIO_API_KEY / SECURE_AI_STUDIO_BASE_URL, in a folder holding the
// `reference.png` the upload samples read. A run passes when the program exits 0 (every SDK
// raises on a non-2xx answer, so a request the mock refuses fails the run).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT, run } from './compilers.mjs';

const READY = /^sais-mock listening on (\S+)/;

/** Starts `sais-mock --spec openapi.yaml` on a free port; resolves `{url, stop}`. */
export function startSpecMock(spec = path.join(ROOT, 'openapi.yaml')) {
  const child = spawn(process.execPath, [path.join(ROOT, 'packages/mock-server/bin/sais-mock.js'), '--spec', spec, '--port', '0', '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr = (stderr + c).slice(-4000)));
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { stop(); reject(new Error(`the mock server did not start within 20 s:\n${stderr}`)); }, 20_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = READY.exec(line);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.resume();
      resolve({ url: m[1].replace(/\/+$/, ''), stop });
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the mock server exited (code ${code}):\n${stderr}`)); });
  });
}

/** A folder to run samples in, with the upload samples' `reference.png`. */
export function runFolder(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'examples/assets/sample.png'), path.join(dir, 'reference.png'));
  return dir;
}

export function sampleEnv(url) {
  return { ...process.env, SECURE_AI_STUDIO_BASE_URL: `${url}/api/v1`, SECURE_AI_STUDIO_API_KEY: 'sk_test_docs_samples_4f9a2b7c', NODE_NO_WARNINGS: '1' };
}

const TIMEOUT = 60_000;

/** TypeScript: bundled by esbuild with the client's sources (no build of the package needed), then node. */
export async function runTypeScript(sample, cwd, env) {
  const { build } = await import('esbuild');
  const out = path.join(cwd, `${sample.operationId}.ts.mjs`);
  await build({
    entryPoints: [sample.file], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent',
    alias: { '@secure-ai-studio/client': path.join(ROOT, 'packages/client/src/index.ts') },
    nodePaths: [path.join(ROOT, 'packages/client/node_modules'), path.join(ROOT, 'node_modules')],
  });
  return run(process.execPath, [out], { cwd, env, timeout: TIMEOUT });
}

/** JavaScript: the sample as it is, with `@secure-ai-studio/sdk` resolving to sdks/javascript. */
export async function runJavaScript(sample, cwd, env) {
  const link = path.join(cwd, 'node_modules/@secure-ai-studio/sdk');
  if (!fs.existsSync(link)) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    try {
      fs.symlinkSync(path.join(ROOT, 'sdks/javascript'), link, 'dir');
    } catch (err) {
      if (err.code !== 'EEXIST') throw err; // a sample running beside this one made it first
    }
  }
  const file = path.join(cwd, path.basename(sample.file));
  fs.copyFileSync(sample.file, file);
  return run(process.execPath, [file], { cwd, env, timeout: TIMEOUT });
}

export function runPython(python) {
  return (sample, cwd, env) => run(python, [sample.file], { cwd, env, timeout: TIMEOUT });
}

export function runJava(classpath) {
  return (sample, cwd, env) => run('java', ['-cp', classpath, sample.entry], { cwd, env, timeout: TIMEOUT });
}

/** C#: a tiny launcher calls the chosen sample's `Example.Main` from the one compiled Samples.dll, then exits. */
export async function csharpLauncher(outDir) {
  const src = path.join(outDir, 'Launcher.cs');
  fs.writeFileSync(src, [
    'using System.Reflection;',
    'static class Launcher',
    '{',
    '    static void Main(string[] args)',
    '    {',
    '        var samples = Assembly.LoadFrom(args[0]);',
    '        var main = samples.GetType(args[1] + ".Example", true).GetMethod("Main", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);',
    '        main.Invoke(null, null);',
    // Mono (not .NET) can take 5-60 s to exit after Main returns, waiting for a parked thread-pool
    // worker (mono/mono#9000; seen here in 5-8 % of runs, 25-59 s each, after the response was read).
    // Exiting explicitly once the sample returned skips that wait; a failing sample still throws first.
    '        System.Environment.Exit(0);',
    '    }',
    '}',
    '',
  ].join('\n'));
  const exe = path.join(outDir, 'Launcher.exe');
  const r = await run('mcs', ['-nologo', `-out:${exe}`, src]);
  if (r.code !== 0) throw new Error(`the C# launcher did not compile:\n${r.output}`);
  return (sample, cwd, env) => run('mono', [exe, path.join(outDir, 'Samples.dll'), sample.entry], { cwd, env, timeout: TIMEOUT });
}

export function runCurl(sample, cwd, env) {
  return run('bash', ['-euo', 'pipefail', sample.file], { cwd, env, timeout: TIMEOUT });
}

/** One sample per tag: the first operation of each tag in document order. */
export function onePerTag(samples) {
  const seen = new Set();
  return samples.filter((s) => !seen.has(s.tag) && seen.add(s.tag));
}

/** Maps `items` through async `fn`, at most `limit` at once; results in the items' order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
