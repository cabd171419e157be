#!/usr/bin/env node
// The version policy (README "Versions"): the five SDK packages carry one version, openapi.yaml's
// `info.version`. This checks every place a package states its version (manifest and the constant
// its code reports, e.g. in User-Agent) and names each one that disagrees.
//   node scripts/check-versions.mjs [--root DIR]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where each package states its version: [package, file, how to read it]. */
export const VERSION_SOURCES = [
  ['TypeScript client', 'packages/client/package.json', (t) => JSON.parse(t).version],
  ['JavaScript SDK', 'sdks/javascript/package.json', (t) => JSON.parse(t).version],
  ['JavaScript SDK', 'sdks/javascript/src/ApiClient.js', (t) => match(t, /'User-Agent': '@secure-ai-studio\/sdk\/([^ ']+)/)],
  ['Python SDK', 'sdks/python/pyproject.toml', (t) => match(t, /^version = "([^"]+)"/m)],
  ['Python SDK', 'sdks/python/secure_ai_studio/__init__.py', (t) => match(t, /^__version__ = "([^"]+)"/m)],
  ['Java SDK', 'sdks/java/pom.xml', (t) => match(t.replace(/<parent>[\s\S]*?<\/parent>/, ''), /<artifactId>[^<]+<\/artifactId>\s*(?:<[^>]+>[^<]*<\/[^>]+>\s*)*?<version>([^<]+)<\/version>/)],
  ['Java SDK', 'sdks/java/src/main/java/io/secureaistudio/sdk/SecureAIStudioClient.java', (t) => match(t, /String VERSION = "([^"]+)"/)],
  ['C# SDK', 'sdks/csharp/SecureAiStudio.Sdk.nuspec', (t) => match(t, /<version>([^<]+)<\/version>/)],
  ['C# SDK', 'sdks/csharp/src/SecureAiStudio.Sdk/Generated/SdkInfo.cs', (t) => match(t, /const string Version = "([^"]+)"/)],
];

function match(text, re) {
  const m = re.exec(text);
  return m ? m[1] : undefined;
}

/** @returns {{expected: string, problems: string[], checked: number}} */
export function checkVersions(root) {
  const spec = YAML.parse(fs.readFileSync(path.join(root, 'openapi.yaml'), 'utf8'));
  const expected = String(spec?.info?.version ?? '');
  const problems = [];
  if (!expected) problems.push('openapi.yaml#/info/version: missing');
  for (const [pkg, file, read] of VERSION_SOURCES) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      problems.push(`${file} (${pkg}): missing, so its version cannot be checked`);
      continue;
    }
    const found = read(fs.readFileSync(full, 'utf8'));
    if (found === undefined) problems.push(`${file} (${pkg}): no version found where it is expected`);
    else if (found !== expected) problems.push(`${file} (${pkg}): version ${found}, expected ${expected} (openapi.yaml#/info/version)`);
  }
  return { expected, problems, checked: VERSION_SOURCES.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string', default: path.resolve(here, '..') } } });
  const { expected, problems, checked } = checkVersions(values.root);
  for (const p of problems) console.error(`version mismatch: ${p}`);
  if (problems.length) process.exitCode = 1;
  else console.log(`versions agree: ${checked} places in 5 packages say ${expected}`);
}
