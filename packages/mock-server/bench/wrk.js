import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Whether wrk (the Debian package, installed by scripts/setup.sh) is on PATH. */
export function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    // wrk --version exits 1 after printing its version; only a missing binary is ENOENT.
    return err.code !== 'ENOENT';
  }
}

/**
 * One wrk run: a native (C, picohttpparser) load generator, so the figures are not capped by a
 * JavaScript client parsing responses on the same CPU budget. One thread (it runs on the load
 * generator's CPU, inherited from this process's pinning), `connections` connections; method,
 * headers and body come from a Lua script. Latency percentiles from `--latency`. `generatorCpu`
 * is the share of one CPU wrk used (read from /proc just before it ends; null elsewhere): near 1,
 * wrk itself was the limit, not the server.
 * @returns {Promise<{ requestsPerSec, requests, p50Ms, p99Ms, non2xx, errors, generatorCpu }>}
 */
export async function loadWithWrk(url, scenario, { connections, seconds }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sais-wrk-'));
  const script = path.join(dir, 'request.lua');
  const lines = [`wrk.method = ${lua(scenario.method)}`];
  for (const [name, value] of Object.entries(scenario.headers)) lines.push(`wrk.headers[${lua(name)}] = ${lua(value)}`);
  if (scenario.body !== undefined) lines.push(`wrk.body = ${lua(scenario.body)}`);
  writeFileSync(script, lines.join('\n') + '\n');
  try {
    let generatorCpu = null;
    const stdout = await new Promise((resolve, reject) => {
      const child = execFile('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, url], { timeout: (seconds + 30) * 1000 }, (err, out, errOut) => {
        clearTimeout(probe);
        return err ? reject(new Error(`wrk failed: ${err.message}\n${errOut}`)) : resolve(out);
      });
      const started = performance.now();
      const probe = setTimeout(() => {
        const ms = cpuMsOf(child.pid);
        if (ms !== null) generatorCpu = Math.round((ms / (performance.now() - started)) * 100) / 100;
      }, Math.max(100, seconds * 1000 - 200));
    });
    return { ...parseWrk(stdout), generatorCpu };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads wrk's text report (requests/sec, requests answered, the 50 % and 99 % latency, non-2xx and socket errors). */
export function parseWrk(text) {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  if (!rps) throw new Error(`wrk printed no Requests/sec:\n${text}`);
  const percentile = (p) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(text);
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : 0;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const errors = socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0;
  const requests = Number(/(\d+) requests in /.exec(text)?.[1] ?? 0);
  return { requestsPerSec: Number(rps[1]), requests, p50Ms: percentile(50), p99Ms: percentile(99), non2xx, errors };
}

// user+system ms of one process, or null (no /proc, or it has ended).
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

function lua(text) {
  return JSON.stringify(String(text)); // a JSON string is a valid Lua string literal for ASCII text
}
