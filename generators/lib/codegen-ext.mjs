// Our few Java classes on openapi-generator's classpath (generators/lib/codegen-ext/):
// QuickCSharpClientCodegen, the stock `csharp` generator whose templates JMustache renders
// without formatting whole operations as strings to test a section (see QuickFalseyCompiler):
// the same files, in a quarter of the time for GitHub's description; QuickJavascriptClientCodegen
// (toModelName memoised: the same files, faster); ExactEnumsPythonClientCodegen, the stock
// `python` generator writing each string enum value as the exact literal of its wire value (the
// stock one turns line breaks and tabs into spaces and ''' into '_'_'). Compiled once per source
// and generator version into .cache/openapi-generator/ext-<hash>/; without `javac` the stock
// generators run: slower, the same files, except that a Python enum value with a line break, a
// tab or a triple quote is then held changed (the SDK still imports).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const SOURCE_DIR = path.join(repoRoot, 'generators', 'lib', 'codegen-ext');

/** Stock generatorName → our subclass, used when the extension classes are available. */
export const GENERATOR_CLASSES = {
  csharp: 'io.secureaistudio.codegen.QuickCSharpClientCodegen',
  javascript: 'io.secureaistudio.codegen.QuickJavascriptClientCodegen',
  python: 'io.secureaistudio.codegen.ExactEnumsPythonClientCodegen',
};

function sources() {
  return fs
    .readdirSync(SOURCE_DIR, { recursive: true })
    .filter((f) => f.endsWith('.java'))
    .sort()
    .map((f) => path.join(SOURCE_DIR, f));
}

/**
 * The folder of compiled extension classes for `jar`, compiling it when missing; null (with the
 * reason) when it cannot be compiled, so callers fall back to the stock generators.
 * Returns {classes, note}.
 */
export function ensureCodegenExt(jar, { cacheRoot = path.dirname(jar) } = {}) {
  const files = sources();
  const hash = crypto.createHash('sha256');
  hash.update(path.basename(jar));
  for (const f of files) hash.update(path.relative(SOURCE_DIR, f)).update(fs.readFileSync(f));
  const classes = path.join(cacheRoot, `ext-${hash.digest('hex').slice(0, 16)}`);
  if (fs.existsSync(path.join(classes, '.complete'))) return { classes, note: null };
  // Compiled aside and renamed into place, so two runs at once never see half a folder.
  const tmp = fs.mkdtempSync(`${classes}.tmp-`);
  try {
    const run = spawnSync('javac', ['-nowarn', '-d', tmp, '-cp', jar, ...files], { encoding: 'utf8' });
    if (run.error || run.status !== 0) {
      const why = run.error ? run.error.message : (run.stderr.trim().split('\n')[0] ?? `exit ${run.status}`);
      return { classes: null, note: `codegen extension not compiled (${why}); the stock generators run` };
    }
    fs.writeFileSync(path.join(tmp, '.complete'), '');
    try {
      fs.renameSync(tmp, classes);
    } catch (err) {
      if (!fs.existsSync(path.join(classes, '.complete'))) throw err; // another run won the race
    }
    return { classes, note: null };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
