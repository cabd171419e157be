import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..', '..', '..');
const README = readFileSync(path.join(here, '..', 'README.md'), 'utf8');

/** The first ```sh block after the heading that starts with `heading`. */
function block(heading) {
  const at = README.indexOf(`\n## ${heading}`);
  assert.ok(at >= 0, `README has no section "${heading}"`);
  const m = /```sh\n([\s\S]*?)```/.exec(README.slice(at));
  return m[1];
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Runs a README block from the repository root as written, with free ports for 4010/4011, a
 * temporary folder for /tmp/recorded, a wait for the servers instead of `sleep 1` (a busy
 * machine starts them slower) and without the lines that run other packages' commands.
 */
async function run(script, { drop = [] } = {}) {
  const [a, b] = [await freePort(), await freePort()];
  const out = mkdtempSync(path.join(os.tmpdir(), 'sais-readme-'));
  const ports = [a, ...(script.includes('4011') ? [b] : [])];
  const wait = ports.map((p) => `until curl -s -o /dev/null localhost:${p}; do sleep 0.1; done`).join('; ');
  const text = script
    .split('\n')
    .filter((line) => !drop.some((d) => line.startsWith(d)))
    .join('\n')
    .replaceAll('sleep 1', wait)
    .replaceAll('4010', String(a))
    .replaceAll('4011', String(b))
    .replaceAll('/tmp/recorded', out);
  const child = spawn('bash', ['-c', text], { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 60_000);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  try {
    process.kill(-child.pid, 'SIGKILL'); // a server the block left behind
  } catch {}
  return { code, stdout, stderr, out, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

function files(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)).map((f) => `${n}/${f}`) : [n]));
}

describe('the README examples run', () => {
  it('stateful mode: create, If-Match 412, update, job events, reset', async () => {
    const r = await run(block('Stateful mode'));
    r.cleanup();
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /HTTP\/1.1 201/);
    assert.match(r.stdout, /etag_mismatch/);
    assert.match(r.stdout, /"version":2/);
    assert.match(r.stdout, /event: job\.completed/);
  });

  it('faults: delay, reset, malformed, 503 with Retry-After, --chaos', async () => {
    const r = await run(block('Faults'));
    r.cleanup();
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /exit 56/, 'fault=reset resets the connection');
    assert.match(r.stdout, /HTTP\/1.1 503/);
    assert.match(r.stdout, /(429|503)/);
    assert.match(r.stderr, /sais-mock: fault .*--chaos.* request req_/);
  });

  it('record mode: a retried create, an upload and a token refresh become three contracts', async () => {
    const r = await run(block('Record mode'), { drop: ['npm run conformance'] });
    try {
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(files(r.out).filter((f) => f.endsWith('.yaml')).sort(), [
        'assets/upload-reference-image-returns-201.yaml',
        'auth/get-current-principal-refreshes-the-token-after-401-then-returns-200.yaml',
        'templates/create-template-retries-429-then-returns-201.yaml',
      ]);
      const all = files(r.out).map((f) => readFileSync(path.join(r.out, f), 'latin1')).join('\n');
      for (const secret of ['sk_live_mine', 'eyJold.real.token', 'rt_realrefreshtoken00000001']) assert.ok(!all.includes(secret), secret);
    } finally {
      r.cleanup();
    }
  });
});
