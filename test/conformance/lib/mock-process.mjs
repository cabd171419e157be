// Starts the mock server (packages/mock-server, contract mode) as a child process, waits for its
// `sais-mock listening on <url>` line, and stops it again. A server that exits or stays silent
// is an error carrying the end of its stderr, so the runner can say why.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export const MOCK_BIN = 'packages/mock-server/bin/sais-mock.js';
const READY = /^sais-mock listening on (\S+)/;

/**
 * @param {{root: string, spec: string, bundle: string, bin?: string, readyTimeoutMs?: number}} o
 *   paths relative to `root`, which is also the server's working folder (contracts' `bodyFile`
 *   paths are relative to it)
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export function startMock({ root, spec, bundle, bin = MOCK_BIN, readyTimeoutMs = 20_000 }) {
  const child = spawn(process.execPath, [bin, '--spec', spec, '--contracts-bundle', bundle, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = async (why) => {
      if (settled) return;
      settled = true;
      await stop();
      const tail = stderr.trim().split('\n').slice(-8).join('\n');
      reject(new Error(`the mock server ${why}${tail ? `:\n${tail}` : ''}`));
    };
    const timer = setTimeout(() => fail(`printed no 'sais-mock listening on' line within ${readyTimeoutMs} ms`), readyTimeoutMs);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const ready = READY.exec(line);
      if (!ready || settled) return;
      settled = true;
      clearTimeout(timer);
      // Keep draining stdout so a chatty server never blocks on a full pipe.
      lines.removeAllListeners('line');
      child.stdout.resume();
      resolve({ url: ready[1].replace(/\/+$/, ''), stop });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(`could not be started (${error.message})`);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(`exited (${signal ?? `code ${code}`}) before it was ready`);
    });
  });
}
