#!/usr/bin/env node
// Prints the min+gzip bundle of `new SecureAIStudio()` plus one call, beside openai-node's
// `new OpenAI()` plus one call, both bundled by esbuild the same way (ESM, minified, for Node,
// every dependency inlined, dynamic imports included):
//   node generators/javascript/bench/size.mjs [SDK_DIR]     (default: .cache/build/javascript/src,
//   what test.sh builds). openai is installed once into .cache/bench/javascript (OPENAI_VERSION).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sdk = resolve(process.argv[2] ?? join(root, '.cache/build/javascript/src'));
if (!existsSync(join(sdk, 'src/index.js'))) {
  console.error(`${sdk} has no src/index.js: run bash generators/javascript/build.sh sdks/javascript first`);
  process.exit(1);
}
const OPENAI_VERSION = process.env.OPENAI_VERSION ?? '7.55.0';
const benchDir = join(root, '.cache/bench/javascript');
if (!existsSync(join(benchDir, 'node_modules/openai/package.json'))) {
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, 'package.json'), '{"name":"sais-js-size-bench","private":true}\n');
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', `openai@${OPENAI_VERSION}`], { cwd: benchDir, stdio: 'inherit' });
}

const scenarios = [
  ['@secure-ai-studio/sdk: new SecureAIStudio() + templates.retrieve', sdk,
    `import { SecureAIStudio } from ${JSON.stringify(join(sdk, 'src/index.js'))};
     const client = new SecureAIStudio({ apiKey: 'k' });
     export const run = () => client.templates.retrieve('tpl_1');`],
  [`openai@${OPENAI_VERSION}: new OpenAI() + models.retrieve`, benchDir,
    `import OpenAI from 'openai';
     const client = new OpenAI({ apiKey: 'k' });
     export const run = () => client.models.retrieve('gpt-4o');`],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = [];
for (const [name, resolveDir, contents] of scenarios) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20',
    write: false, logLevel: 'error', nodePaths: [join(root, 'node_modules')],
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  sizes.push(gz);
  console.log(`${name}: ${kb(gz)} min+gzip (${kb(code.length)} min)`);
}
console.log(`ratio: ${(sizes[0] / sizes[1]).toFixed(2)}× openai-node`);

// Import time: import the package and construct the client, in a fresh Node process each run
// (median of 7), the same way for both.
const timeIt = (dir, specifier, construct) => {
  const script = `const t = performance.now(); const m = await import(${JSON.stringify(specifier)}); ${construct}; console.log(performance.now() - t);`;
  const runs = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' })));
  return runs.sort((a, b) => a - b)[3];
};
const ours = timeIt(sdk, join(sdk, 'src/index.js'), "new m.SecureAIStudio({ apiKey: 'k' })");
const theirs = timeIt(benchDir, 'openai', "new m.default({ apiKey: 'k' })");
console.log(`import + construct: @secure-ai-studio/sdk ${ours.toFixed(1)} ms, openai ${theirs.toFixed(1)} ms (median of 7 fresh processes)`);
