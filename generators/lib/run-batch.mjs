import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const GENERATING = /^\[([^\]]+)\] Generating (\S+) \(outputs to (.*)\)/;
const FINISHED = /^\[([^\]]+)\] Finished generating /;
const FAILED = /^\[([^\]]+)\] Generation failed for (\S+): \((\w+)\) (.*)$/;
// First line of a printed Java stack trace ("pkg.SomeException: msg") or one of its frames.
const STACK_LINE = /^(\s+at |\s*\.\.\. \d+ more|Caused by: |[a-zA-Z_$][\w$]*(\.[\w$]+)+(Exception|Error)\b)/;

/**
 * Runs openapi-generator's batch mode over `configFiles` in one JVM and reports each language's
 * outcome through onResult({lang, ok, ms, error}) as it happens. Languages are recognised by
 * their output folder (<outputDir>/<lang>). Resolves to the list of results plus any failures
 * that could not be tied to a language (e.g. an invalid spec, found before generation starts).
 */
export function runBatch({ jar, configFiles, languages, onResult }) {
  const byGenerator = new Map();
  for (const { lang, generatorName } of languages) {
    byGenerator.set(generatorName, byGenerator.has(generatorName) ? null : lang);
  }
  const threads = new Map(); // JVM thread name -> {lang, start}
  const results = new Map();
  const unattributed = [];

  const finish = (lang, result) => {
    if (results.has(lang)) return;
    results.set(lang, { lang, ...result });
    onResult?.(results.get(lang));
  };

  return new Promise((resolve, reject) => {
    // The generator memoises camelize/underscore in caches of 200 names by default; a document of
    // ~1,000 models (GitHub's) thrashes them and JavaScript alone took 472 s. A larger cache
    // changes no output, only the time (79 s for the same document).
    const nameCache = '-Dorg.openapitools.codegen.utils.namecache.cachesize=1000000';
    const child = spawn('java', ['-XX:TieredStopAtLevel=1', nameCache, '-jar', jar, 'batch', ...configFiles], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.on('error', (err) => reject(new Error(`cannot start java: ${err.message}`)));

    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      let m;
      if ((m = GENERATING.exec(line))) {
        threads.set(m[1], { lang: path.basename(m[3]), start: performance.now() });
      } else if ((m = FINISHED.exec(line)) && threads.has(m[1])) {
        const { lang, start } = threads.get(m[1]);
        finish(lang, { ok: true, ms: performance.now() - start });
      }
    });

    let failure = null; // failure whose message lines are still being collected
    let inStackTrace = false; // Java prints the message again inside the trace: skip it all
    const closeFailure = () => {
      if (!failure) return;
      const error = failure.lines
        .map((l) => l.replace(/ The option can be disabled via validateSpec.*$/, ''))
        .join('\n')
        .trim();
      const owner = threads.get(failure.thread)?.lang ?? byGenerator.get(failure.generator);
      if (owner && !results.has(owner)) {
        const start = threads.get(failure.thread)?.start;
        finish(owner, { ok: false, ms: start ? performance.now() - start : 0, error });
      } else if (!unattributed.includes(error)) {
        unattributed.push(error);
      }
      failure = null;
    };
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      const m = FAILED.exec(line);
      if (m) {
        closeFailure();
        inStackTrace = false;
        failure = { thread: m[1], generator: m[2], lines: [m[4]] };
      } else if (STACK_LINE.test(line)) {
        closeFailure();
        inStackTrace = true;
      } else if (failure) {
        // openapi-generator's advice to skip validation is not ours to give.
        if (!/option can be disabled via validateSpec/.test(line)) failure.lines.push(line);
      } else if (!inStackTrace && line.trim() && !line.startsWith('[FAIL]')) {
        unattributed.push(line.trim());
      }
    });

    child.on('close', (code) => {
      closeFailure();
      resolve({ exitCode: code, results: [...results.values()], unattributed });
    });
  });
}
