import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand, slotPrefix } from './run-command.mjs';
import { createSlots } from './slots.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-run-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

test('output is logged and returned with the exit code', async () => {
  const log = path.join(tmp, 'a', 'ok.log');
  const r = await runCommand('bash', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: tmp, log, timeoutMs: 10_000, heavy: false });
  assert.equal(r.code, 3);
  assert.equal(r.timedOut, false);
  assert.match(r.output, /out\n/);
  assert.match(fs.readFileSync(log, 'utf8'), /err/);
});

test('a command past its deadline is killed with its children', async () => {
  const pidFile = path.join(tmp, 'child.pid');
  const r = await runCommand('bash', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], { cwd: tmp, log: path.join(tmp, 't.log'), timeoutMs: 300, heavy: false });
  assert.equal(r.timedOut, true);
  assert.ok(r.ms < 5000, `resolved ${Math.round(r.ms)} ms after start: the sleep kept its output open`);
  const child = Number(fs.readFileSync(pidFile, 'utf8'));
  // Gone, or a zombie waiting for init to reap it (its parent bash was killed too).
  const alive = () => {
    try {
      return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${child}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 100 && alive(); i++) await new Promise((res) => setTimeout(res, 50));
  assert.equal(alive(), false, `sleep (pid ${child}) still runs after the timeout`);
});

test('a command that cannot start is a result, not an exception', async () => {
  const r = await runCommand('no-such-command-corpus', [], { cwd: tmp, log: path.join(tmp, 'n.log'), timeoutMs: 1000, heavy: false });
  assert.equal(r.code, 127);
  assert.match(r.output, /cannot start no-such-command-corpus/);
});

test('CORPUS_SLOT is a command prefix', () => {
  assert.deepEqual(slotPrefix({ CORPUS_SLOT: 'nice  -n 19' }), ['nice', '-n', '19']);
  assert.deepEqual(slotPrefix({}), []);
});

test('slots: never more than `size` at once; high priority goes first', async () => {
  const run = createSlots(2);
  let now = 0;
  let peak = 0;
  const order = [];
  const task = (name) => async () => {
    peak = Math.max(peak, ++now);
    await new Promise((r) => setTimeout(r, 20));
    order.push(name);
    now--;
  };
  await Promise.all([run(task('a')), run(task('b')), run(task('low')), run(task('high'), 'high')]);
  assert.equal(peak, 2);
  assert.deepEqual(order.slice(2), ['high', 'low']);
});
