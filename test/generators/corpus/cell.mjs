// One (document, language) cell: the language's steps in order until one fails, under one
// deadline for the whole cell. A failure or timeout is a result, never an exception.
import path from 'node:path';
import { cellContext, STEPS } from './languages.mjs';
import { runCommand } from './run-command.mjs';
import { firstErrorLine } from './first-error.mjs';
import { shortenPaths } from './paths.mjs';

/** Runs every step of `lang` for the SDK generated in docDir/sdks/<lang>. */
export async function runCell({ root, doc, docDir, lang, timeoutMs }) {
  const ctx = cellContext({ root, docDir, lang });
  const started = performance.now();
  const steps = [];
  const result = (status, step = null, line = '') => ({
    doc: doc.name,
    lang,
    status,
    step,
    line: line && shortenPaths(line, { root, docDir, work: ctx.work }),
    seconds: round((performance.now() - started) / 1000),
    steps,
  });
  for (const step of STEPS[lang]) {
    const log = path.join(docDir, 'logs', `${lang}-${step.name}.log`);
    let command;
    try {
      command = step.command(ctx);
    } catch (err) {
      steps.push({ name: step.name, status: 'fail' });
      return result('fail', step.name, err.message);
    }
    if (command.skip) {
      steps.push({ name: step.name, status: 'n/a', note: command.skip });
      continue;
    }
    const left = timeoutMs - (performance.now() - started);
    const { code, timedOut, output, ms } = await runCommand(command.cmd, command.args, {
      cwd: command.cwd ?? ctx.root,
      env: { SAIS_BUILD_ROOT: ctx.buildRoot, ...command.env },
      log,
      timeoutMs: Math.max(left, 1000),
      heavy: command.heavy ?? true,
    });
    steps.push({ name: step.name, status: timedOut ? 'timeout' : code === 0 ? 'ok' : 'fail', seconds: round(ms / 1000), log: path.relative(root, log) });
    if (timedOut) return result('timeout', step.name, `timed out after ${round(timeoutMs / 1000)} s (log: ${path.relative(root, log)})`);
    if (code !== 0) return result('fail', step.name, firstErrorLine(output, step.patterns) || `exit code ${code}`);
  }
  return result('ok');
}

const round = (s) => Math.round(s * 10) / 10;
