#!/usr/bin/env node
// Runs every runnable example of this package's README against the project's mock server in
// stateful mode, which it starts itself (sais-mock --stateful --step-ms 50 on a free port) and
// stops afterwards:
//   npm run examples -w @secure-ai-studio/client [-- --no-build]
// A runnable example is a ```ts block after a sentence "save as `NAME.ts`". The package is built
// and packed, installed into a fresh npm project, each example type-checked there (tsc --strict,
// against the installed package) and run as is (compiled by esbuild, one file, no bundling). An
// example must exit 0 within 60 s; the quick start exits 1 when the template it reads back
// differs from the one it created, and must print "created and read back".
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { transformSync } from 'esbuild';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const root = path.join(pkgDir, '..', '..');
const consumer = path.join(root, '.cache', 'consumer', 'client-examples');
const EXPECT = { 'quickstart.ts': /^created and read back tpl_/m };

/** The runnable examples of a README: {name, code} per ```ts block after "save as `NAME.ts`". */
export function readmeExamples(text) {
  const out = [];
  const re = /[Ss]ave as `([\w-]+\.ts)`[\s\S]*?\n```ts\n([\s\S]*?)\n```/g;
  for (const [, name, code] of text.matchAll(re)) out.push({ name, code });
  return out;
}

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', ...options });
}

function startMock() {
  const bin = path.join(root, 'packages', 'mock-server', 'bin', 'sais-mock.js');
  const child = spawn(process.execPath, [bin, '--spec', path.join(root, 'openapi.yaml'), '--stateful', '--step-ms', '50', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('sais-mock did not start within 10 s'));
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => child.kill() });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sais-mock exited (${code}): ${out}`));
    });
  });
}

function runExample(file, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd: consumer, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, signal, output });
    });
  });
}

async function main() {
  const examples = readmeExamples(fs.readFileSync(path.join(pkgDir, 'README.md'), 'utf8'));
  if (!examples.some((e) => e.name === 'quickstart.ts')) throw new Error('README.md has no runnable quickstart.ts (a ```ts block after "save as `quickstart.ts`")');
  if (!values['no-build']) run('npm', ['run', 'build', '--silent'], { cwd: pkgDir });

  fs.rmSync(consumer, { recursive: true, force: true });
  fs.mkdirSync(consumer, { recursive: true });
  run('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: pkgDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = fs.readdirSync(consumer).find((f) => f.endsWith('.tgz'));
  fs.writeFileSync(path.join(consumer, 'package.json'), '{ "name": "sais-client-examples", "private": true, "type": "module" }\n');
  run('flock', ['/tmp/npm-install.lock', 'npm', 'install', '--silent', '--no-audit', '--no-fund', `./${tarball}`], { cwd: consumer });

  for (const { name, code } of examples) fs.writeFileSync(path.join(consumer, name), `${code}\n`);
  // Type-checked as a user's strict project would, against the installed package.
  fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], module: 'nodenext', moduleResolution: 'nodenext',
      types: ['node'], typeRoots: [path.join(root, 'node_modules', '@types')], skipLibCheck: false,
    },
    files: examples.map((e) => e.name),
  }, null, 2));
  run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: consumer });
  console.log(`README examples type-check (tsc --strict): ${examples.map((e) => e.name).join(', ')}`);
  for (const { name, code } of examples) {
    fs.writeFileSync(path.join(consumer, name.replace(/\.ts$/, '.mjs')), transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022' }).code);
  }

  const mock = await startMock();
  let failed = 0;
  try {
    const env = { SECURE_AI_STUDIO_BASE_URL: `${mock.url}/api/v1`, SECURE_AI_STUDIO_API_KEY: 'sk_test_example' };
    for (const { name } of examples) {
      const result = await runExample(name.replace(/\.ts$/, '.mjs'), env);
      console.log(`-- README example: ${name}\n${result.output.trimEnd()}`);
      const expected = EXPECT[name];
      if (result.code !== 0) {
        failed++;
        console.error(`examples: ${name} exited ${result.signal ?? result.code}`);
      } else if (expected && !expected.test(result.output)) {
        failed++;
        console.error(`examples: ${name} did not print ${expected}`);
      }
    }
  } finally {
    mock.stop();
  }
  if (failed) process.exit(1);
  console.log(`client README examples passed against sais-mock --stateful: ${examples.length} example(s)`);
}

main().catch((err) => {
  console.error(`examples: ${err.message}`);
  process.exit(1);
});
