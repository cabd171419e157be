import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE } from './helpers/mock.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'sais-mock.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sais-mock-'));

function run(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function specFile(name, text) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const MINIMAL = `openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
`;

describe('CLI', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly one "listening" line with the chosen port and serves', async () => {
    const child = spawn(process.execPath, [BIN, '--spec', FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c) => {
          out += c;
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      assert.match(line, /^sais-mock listening on http:\/\/127\.0\.0\.1:\d+\n$/);
      const url = line.trim().split(' ').pop();
      const res = await fetch(`${url}/api/v1/health/live`);
      assert.equal(res.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('rejects bad arguments with exit code 2 and usage', () => {
    for (const [args, message] of [
      [[], /--spec is required/],
      [['--spec', FIXTURE, '--port', 'abc'], /--port must be a whole number, got "abc"/],
      [['--spec', FIXTURE, '--port', '70000'], /--port must be between 0 and 65535/],
      [['--spec', FIXTURE, '--bogus'], /Unknown option '--bogus'/],
    ]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Usage: sais-mock/);
    }
  });

  it('explains a bad spec with file, JSON pointer and reason, no stack trace', () => {
    const cases = [
      [path.join(dir, 'missing.yaml'), /missing\.yaml: cannot read file \(ENOENT\)/],
      [specFile('bad.yaml', 'openapi: 3.0.3\npaths: [\n'), /bad\.yaml: not valid YAML \(line \d+, column \d+\)/],
      [specFile('v31.yaml', MINIMAL.replace('3.0.3', '3.1.0')), /v31\.yaml at #\/openapi: expected an OpenAPI 3\.0\.x version string, found "3\.1\.0"/],
      [specFile('noref.yaml', MINIMAL.replace("description: ok", "description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Nope'}")),
        /noref\.yaml at #\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "#\/components\/schemas\/Nope" does not resolve/],
      [specFile('ext.yaml', MINIMAL.replace("description: ok", "description: ok\n          content:\n            image/png:\n              examples:\n                x: {externalValue: nowhere.png}")),
        /ext\.yaml at #\/paths\/~1a\/get\/responses\/200\/content\/image~1png\/examples\/x\/externalValue: cannot read example file .*nowhere\.png \(ENOENT\)/],
    ];
    for (const [file, message] of cases) {
      const r = run(['--spec', file, '--port', '0']);
      assert.equal(r.code, 1, file);
      assert.match(r.stderr, /^sais-mock: invalid spec: /);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    }
  });

  it('reports a port already in use plainly', async () => {
    const first = spawn(process.execPath, [BIN, '--spec', FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise((resolve) => first.stdout.once('data', (c) => resolve(String(c).trim().split(':').pop())));
      const r = run(['--spec', FIXTURE, '--port', port]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: EADDRINUSE`));
    } finally {
      first.kill('SIGTERM');
    }
  });

  it('ships the bin declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(BIN), '..', 'package.json'), 'utf8'));
    assert.equal(manifest.bin['sais-mock'], './bin/sais-mock.js');
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node/);
  });
});
