// One child process with a deadline: output goes to a log file (and is kept for the first-error
// search); on timeout the child's whole process group is killed (only processes this runner started).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Prefix for every heavy command, e.g. CORPUS_SLOT='nice -n 19' on a shared machine (see README). */
export function slotPrefix(env = process.env) {
  return (env.CORPUS_SLOT || '').split(/\s+/).filter(Boolean);
}

/**
 * Runs cmd with args; resolves {code, timedOut, output, ms}. Never rejects: a command that cannot
 * start resolves with code 127 and the reason as output.
 */
export function runCommand(cmd, args, { cwd, env, log, timeoutMs, heavy = true }) {
  const argv = [...(heavy ? slotPrefix() : []), cmd, ...args];
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.createWriteStream(log);
  out.write(`$ ${argv.join(' ')}\n  (cwd ${cwd})\n`);
  const chunks = [];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout can stop mvn/mono and their children too
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    const keep = (b) => {
      chunks.push(b);
      out.write(b);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const done = (code, extra = '') => {
      clearTimeout(timer);
      if (extra) keep(Buffer.from(extra));
      const ms = performance.now() - started;
      // Resolve once the log is on disk, so a caller can read it at once.
      out.end(() => resolve({ code, timedOut, output: Buffer.concat(chunks).toString('utf8'), ms }));
    };
    let ended = false;
    const once = (code, extra) => {
      if (!ended) (ended = true), done(code, extra);
    };
    child.on('error', (err) => once(127, `cannot start ${argv[0]}: ${err.message}\n`));
    child.on('close', (code, signal) => once(code ?? (signal ? 128 : 1)));
  });
}
