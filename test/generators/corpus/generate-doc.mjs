// Generates the SDKs of one corpus document (the selected languages) with the project's own
// pipeline (generators/generate.mjs, one JVM) into <docDir>/sdks/, and times it.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './run-command.mjs';
import { firstErrorLine, PATTERNS } from './first-error.mjs';
import { shortenPaths } from './paths.mjs';

// generate.mjs's own timing line: "  total  12.3s (one JVM)" (excludes any wait for a build slot).
const TOTAL = /^\s*total\s+([\d.]+)s \(one JVM\)/m;
const REFUSED = /^error: spec .*: cannot generate from this document, nothing was written/m;

/**
 * The reason generate.mjs gives for `lang`, else for the whole document: generate.mjs prints
 * each problem as an "error: <what>:" heading over indented message lines. A language's own
 * heading wins, then the spec's (openapi-generator's validation: its first "-attribute …"
 * item), then any other; openapi-generator's log lines ("[thread] ERROR …") come last.
 */
export function generationError(output, lang) {
  const blocks = [];
  for (const line of output.split(/\r?\n/)) {
    const heading = /^error: (.*?):?\s*$/.exec(line);
    if (heading) blocks.push({ what: heading[1], inline: line.endsWith(':') ? '' : heading[1], lines: [] });
    else if (blocks.length && /^\s/.test(line) && line.trim()) blocks.at(-1).lines.push(line.trim());
  }
  const isLog = (b) => /^\[[^\]]+\] (ERROR|WARN)/.test(b.lines[0] ?? '');
  const block =
    blocks.find((b) => b.what.startsWith(`${lang}:`) || b.what === lang) ??
    blocks.find((b) => b.what.startsWith('spec ')) ??
    blocks.find((b) => !isLog(b)) ??
    blocks[0];
  if (!block) return firstErrorLine(output, PATTERNS.generator);
  if (block.inline) return block.inline;
  const item = block.lines.find((l) => /^-\s*\S/.test(l));
  return (item ?? block.lines[0] ?? block.what).replace(/^-\s*/, '');
}

/**
 * Resolves {seconds, log, refused, failed: {lang: first error line}} for the languages that were
 * not generated; seconds as generate.mjs measured it (excluding any wait for a build slot);
 * refused: generate.mjs judged the document one it cannot serve (its first problem is the line).
 */
export async function generateDoc({ root, doc, docDir, timeoutMs, languages }) {
  const out = path.join(docDir, 'sdks');
  fs.rmSync(out, { recursive: true, force: true });
  const log = path.join(docDir, 'logs', 'generate.log');
  const { code, timedOut, output, ms } = await runCommand(
    process.execPath,
    [path.join(root, 'generators', 'generate.mjs'), '--spec', doc.file, '--out', out, ...languages.flatMap((l) => ['--only', l])],
    { cwd: root, env: { INIT_CWD: root }, log, timeoutMs },
  );
  // generate.mjs's own verdict on the document (generators/lib/validate-spec.mjs): nothing generated.
  const refused = !timedOut && code === 2 && REFUSED.test(output);
  const measured = TOTAL.exec(output);
  const seconds = measured ? Number(measured[1]) : Math.round(ms / 100) / 10;
  const failed = {};
  for (const lang of languages) {
    // generate.mjs writes every language that generated, even when another one failed.
    if (!timedOut && code === 0) continue;
    if (!timedOut && fs.existsSync(path.join(out, lang))) continue;
    const line = timedOut ? `generation timed out after ${Math.round(timeoutMs / 1000)} s` : generationError(output, lang) || `generate.mjs exit code ${code}`;
    failed[lang] = shortenPaths(line, { root, docDir });
  }
  return { seconds, timedOut, refused, failed, log: path.relative(root, log) };
}
