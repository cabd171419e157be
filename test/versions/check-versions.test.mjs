// The version check finds a package whose version differs from openapi.yaml's, and names the file.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkVersions, VERSION_SOURCES } from '../../scripts/check-versions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function copyTree() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-'));
  for (const file of ['openapi.yaml', ...VERSION_SOURCES.map(([, f]) => f)]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  return dir;
}

test('the five packages of this checkout agree with openapi.yaml', () => {
  const { problems, expected } = checkVersions(root);
  assert.deepEqual(problems, []);
  assert.match(expected, /^\d+\.\d+\.\d+/);
});

test('a package with another version is named with its file', () => {
  const dir = copyTree();
  const pom = path.join(dir, 'sdks/java/pom.xml');
  const { expected } = checkVersions(dir);
  fs.writeFileSync(pom, fs.readFileSync(pom, 'utf8').replace(`<version>${expected}</version>`, '<version>9.9.9</version>'));
  const problems = checkVersions(dir).problems.filter((p) => p.startsWith('sdks/java/pom.xml'));
  assert.deepEqual(problems, [`sdks/java/pom.xml (Java SDK): version 9.9.9, expected ${expected} (openapi.yaml#/info/version)`]);
});

test('a missing file is a problem, not a pass', () => {
  const dir = copyTree();
  fs.rmSync(path.join(dir, 'sdks/python/pyproject.toml'));
  const problems = checkVersions(dir).problems.filter((p) => p.startsWith('sdks/python/'));
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^sdks\/python\/pyproject.toml \(Python SDK\): missing/);
});
