import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_SPEC } from './helpers/mock.js';
import { parseCliArgs } from '../src/cli/parse-cli-args.js';
import { parseRecordArgs } from '../src/cli/parse-record-args.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'sais-mock.js');
const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('CLI: stateful, chaos and record options', () => {
  it('reads --stateful, --step-ms, --chaos and --seed', () => {
    assert.deepEqual(
      (({ stateful, chaos, seed }) => ({ stateful, chaos, seed }))(parseCliArgs(['--spec', 'a.yaml', '--stateful', '--step-ms', '250', '--chaos', '0.1', '--seed', '9'])),
      { stateful: { stepMs: 250 }, chaos: 0.1, seed: 9 },
    );
    assert.equal(parseCliArgs(['--spec', 'a.yaml']).stateful, false);
  });

  it('rejects bad values naming the option, exit 2', () => {
    for (const [args, message] of [
      [['--chaos', '1.5'], /--chaos must be a share between 0 and 1/],
      [['--chaos', 'lots'], /--chaos must be a share/],
      [['--step-ms', '10'], /--step-ms only applies with --stateful/],
      [['--stateful', '--step-ms', '0'], /--step-ms must be between 1/],
      [['--seed=-1'], /--seed must be a whole number/],
    ]) {
      const r = run('--spec', REPO_SPEC, ...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('record needs --upstream, --spec and --out, and an http(s) upstream', () => {
    assert.throws(() => parseRecordArgs(['--spec', 'a', '--out', 'b']), /record needs --upstream/);
    assert.throws(() => parseRecordArgs(['--upstream', 'ftp://x', '--spec', 'a', '--out', 'b']), /--upstream must be an http\(s\) URL/);
    assert.deepEqual(parseRecordArgs(['--upstream', 'http://127.0.0.1:9', '--spec', 'a', '--out', 'b', '--secret', 's1', '--secret', 's2']).secrets, ['s1', 's2']);
    const r = run('record', '--spec', REPO_SPEC);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /record needs --upstream/);
  });

  it('logs each --chaos fault with its request ID on stderr', async () => {
    const child = spawn(process.execPath, [BIN, '--spec', REPO_SPEC, '--port', '0', '--chaos', '1', '--seed', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (d) => {
          const m = /listening on (\S+)/.exec(String(d));
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      const r = await fetch(`${url}/api/v1/templates`, { headers: { 'x-api-key': 'k' } }).then((x) => x, (e) => e);
      const id = r instanceof Response ? r.headers.get('x-request-id') : null;
      for (let i = 0; i < 50 && !stderr.includes('fault'); i++) await new Promise((res) => setTimeout(res, 20));
      assert.match(stderr, /^sais-mock: fault (status|reset) \(.*--chaos\) for GET \/api\/v1\/templates request req_[0-9A-Za-z]+$/m);
      if (id) assert.ok(stderr.includes(id), 'the logged ID is the one the client got');
    } finally {
      child.kill();
    }
  });
});
