import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE, call } from './helpers/mock.js';
import { BUNDLE, FIXTURES, PNG } from './helpers/contracts.js';
import { loadContractsBundle, ContractBundleError } from '../src/index.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'sais-mock.js');
const dir = mkdtempSync(path.join(tmpdir(), 'sais-mock-contracts-'));

const exchange = (extra = {}) => ({ request: { method: 'GET', path: '/api/v1/health/live' }, response: { status: 200, body: { status: 'ok' } }, ...extra });
function bundleFile(name, value) {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('contracts bundle errors', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases = [
    ['missing.json', null, /missing\.json: cannot read the file \(ENOENT\)$/],
    ['not-json.json', '[{"id": ', /not-json\.json: not valid JSON: /],
    ['object.json', { id: 'x' }, /object\.json: expected a JSON array of contracts, got an object$/],
    ['no-id.json', [{ exchanges: [exchange()] }], /no-id\.json at #\/0\/id: must be a non-empty string$/],
    ['duplicate.json', [{ id: 'a', exchanges: [exchange()] }, { id: 'a', exchanges: [exchange()] }], /duplicate\.json at #\/1\/id: duplicate contract id "a"$/],
    ['no-exchanges.json', [{ id: 'a', exchanges: [] }], /at #\/0\/exchanges: contract a: must be a non-empty array of exchanges$/],
    ['no-response.json', [{ id: 'a', exchanges: [{ request: { method: 'GET', path: '/x' } }] }], /at #\/0\/exchanges\/0: needs a `response` or a `fault`$/],
    ['bad-same-as.json', [{ id: 'a', exchanges: [exchange({ request: { method: 'POST', path: '/x', headers: { 'Idempotency-Key': { sameAs: 0 } } } })] }],
      /at #\/0\/exchanges\/0\/request\/headers\/Idempotency-Key\/sameAs: must name an earlier exchange of this contract \(exchange 0 has none before it\), got 0$/],
    ['later-same-as.json', [{ id: 'a', exchanges: [exchange(), exchange({ request: { method: 'GET', path: '/x', headers: { 'Idempotency-Key': { sameAs: 1 } } } })] }],
      /at #\/0\/exchanges\/1\/request\/headers\/Idempotency-Key\/sameAs: must name an earlier exchange of this contract \(0–0 here, this is exchange 1\), got 1$/],
    ['bad-regex.json', [{ id: 'a', exchanges: [exchange({ request: { method: 'GET', path: '/x', headers: { Authorization: { pattern: '^(Bearer' } } } })] }],
      /at #\/0\/exchanges\/0\/request\/headers\/Authorization\/pattern: not a valid regular expression: /],
    ['bad-matcher.json', [{ id: 'a', exchanges: [exchange({ request: { method: 'GET', path: '/x', headers: { Accept: { equals: 'x' } } } })] }],
      /at #\/0\/exchanges\/0\/request\/headers\/Accept: unknown matcher \{"equals":"x"\}/],
    ['two-bodies.json', [{ id: 'a', exchanges: [exchange({ response: { status: 200, body: {}, bodyText: 'x' } })] }],
      /at #\/0\/exchanges\/0\/response: has body and bodyText; a response has at most one of body, bodyText, bodyFile, events$/],
    ['missing-file.json', [{ id: 'a', exchanges: [exchange({ response: { status: 200, bodyFile: 'nowhere/asset.png' } })] }],
      /at #\/0\/exchanges\/0\/response\/bodyFile: bodyFile "nowhere\/asset\.png" cannot be read from .+ \(ENOENT\)$/],
    ['bad-fault.json', [{ id: 'a', exchanges: [exchange({ fault: { kind: 'explode' } })] }], /at #\/0\/exchanges\/0\/fault\/kind: must be one of delay, reset, malformed; got "explode"$/],
    ['bad-status.json', [{ id: 'a', exchanges: [exchange({ response: { status: 99 } })] }], /at #\/0\/exchanges\/0\/response\/status: must be an HTTP status \(100–599\), got 99$/],
  ];

  for (const [name, value, message] of cases) {
    it(`names the file, pointer and reason: ${name}`, () => {
      const file = value === null ? path.join(dir, name) : bundleFile(name, value);
      assert.throws(() => loadContractsBundle(file, { root: dir }), (err) => err instanceof ContractBundleError && message.test(err.message) && err.file === file);
    });
  }

  it('CLI: a bad bundle stops the start with one line and exit 1, no stack trace', () => {
    const file = bundleFile('cli-bad.json', [{ id: 'a', exchanges: [exchange({ fault: { kind: 'delay', ms: -5 } })] }]);
    const r = spawnSync(process.execPath, [BIN, '--spec', FIXTURE, '--contracts-bundle', file, '--port', '0'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `sais-mock: invalid contracts bundle: ${file} at #/0/exchanges/0/fault/ms: must be a whole number of milliseconds (0–600000), got -5\n`);
  });

  it('CLI: --contracts-bundle needs a path', () => {
    const r = spawnSync(process.execPath, [BIN, '--spec', FIXTURE, '--contracts-bundle'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--contracts-bundle/);
  });

  it('CLI: serves contract mode, bodyFile paths relative to the folder it was started in', async () => {
    const child = spawn(process.execPath, [BIN, '--spec', FIXTURE, '--contracts-bundle', BUNDLE, '--port', '0'], { cwd: FIXTURES, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise((resolve, reject) => {
        let out = '';
        let err = '';
        child.stderr.on('data', (c) => (err += c));
        child.stdout.on('data', (c) => {
          out += c;
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      assert.match(line, /^sais-mock listening on http:\/\/127\.0\.0\.1:\d+\n$/);
      const url = line.trim().split(' ').pop();
      const opened = await call(`${url}/_contracts/sessions`, { method: 'POST', body: JSON.stringify({ contract: 'assets/download-returns-the-png-bytes' }) });
      assert.equal(opened.status, 201);
      const r = await call(`${opened.json.baseURL}/assets/ast_01JD8K3N5Q7S9U1W3Y5A7C9E1G/content`);
      assert.deepEqual(r.buffer, PNG);
      const report = await call(`${url}/_contracts/sessions/${opened.json.session}`);
      assert.equal(report.json.complete, true);
      assert.equal((await call(`${url}/api/v1/health/live`)).status, 200, 'spec mode still serves');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
