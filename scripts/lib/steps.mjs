// Runs named commands one after another, streaming their output, and sums up at the end.
import { spawn } from 'node:child_process';

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (err) => { console.error(`cannot start ${cmd}: ${err.message}`); resolve(127); });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * @param {{name: string, cmd: string, args?: string[], env?: object}[]} steps
 * @param {{keepGoing?: boolean}} options keepGoing runs every step even after a failure
 * @returns {Promise<boolean>} whether every step succeeded
 */
export async function runSteps(title, steps, { keepGoing = true } = {}) {
  const results = [];
  for (const step of steps) {
    console.log(`\n=== ${title}: ${step.name} ===`);
    const started = Date.now();
    const code = await run(step.cmd, step.args ?? [], step.env);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const ok = code === 0;
    const verdict = ok ? 'ok' : `FAILED (exit ${code})`;
    results.push({ name: step.name, ok, verdict, seconds });
    console.log(`=== ${step.name}: ${verdict} in ${seconds}s ===`);
    if (!ok && !keepGoing) break;
  }
  console.log(`\n${title} summary:`);
  for (const r of results) console.log(`  ${r.verdict.padEnd(6)} ${r.name} (${r.seconds}s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${title}: ${results.length - failed} of ${steps.length} steps succeeded`);
  return failed === 0 && results.length === steps.length;
}
