import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * One CPU for the load generator, another for the server under test: on a small machine the two
 * otherwise share both cores at the scheduler's whim, and that noise, not the server, sets the
 * p99. Every server gets the same single CPU, so the comparison stays like for like. Needs
 * `taskset` (util-linux) and two CPUs; returns null (no pinning) otherwise.
 */
export function pinLoadGenerator() {
  if (availableParallelism() < 2) return null;
  try {
    // -a: every thread of this process (autocannon's sockets and timers run on the main one).
    execFileSync('taskset', ['-a', '-c', '-p', '0', String(process.pid)], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { generatorCpu: 0, serverCpu: 1 };
}

/** The command that runs `[cmd, args]` on the server CPU, or the same command unpinned. */
export function onServerCpu(pinning, [cmd, args]) {
  return pinning === null ? [cmd, args] : ['taskset', ['-c', String(pinning.serverCpu), cmd, ...args]];
}
