import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const GENERATING = /^\[([^\]]+)\] Generating (\S+) \(outputs to (.*)\)/;
const FINISHED = /^\[([^\]]+)\] Finished generating /;
const FAILED = /^\[([^\]]+)\] Generation failed for (\S+): \((\w+)\) (.*)$/;
// First line of a printed Java stack trace ("pkg.SomeException: msg") or one of its frames.
const STACK_LINE = /^(\s+at |\s*\.\.\. \d+ more|Caused by: |[a-zA-Z_$][\w$]*(\.[\w$]+)+(Exception|Error)\b)/;
// A log line of the generator itself ("[pool-1-thread-2] ERROR o.o.codegen.DefaultCodegen - …");
// the lines after it up to the next recognised one are its continuation (a dumped object).
const LOG_LINE = /^\[[^\]]+\] (ERROR|WARN|INFO) \S+ - (.*)$/;

/**
 * Runs openapi-generator's batch mode over `configFiles` in one JVM and reports each language's
 * outcome through onResult({lang, ok, ms, error}) as it happens. Languages are recognised by
 * their output folder (<outputDir>/<lang>). Resolves to the list of results plus any failures
 * that could not be tied to a language (e.g. an invalid spec, found before generation starts),
 * and the generator's own log messages (`logs`: {level, message, count}, first line each, in
 * order of first appearance): "ERROR" there is often not fatal ("Error in generating `example`
 * … Default to ERROR_TO_EXAMPLE_VALUE"), so they are not failures.
 */
export function runBatch({ jar, extClasses = null, configFiles, languages, onResult }) {
  const byGenerator = new Map();
  for (const { lang, generatorName, generatorClass } of languages) {
    for (const name of [generatorName, generatorClass].filter(Boolean)) byGenerator.set(name, byGenerator.has(name) ? null : lang);
  }
  const threads = new Map(); // JVM thread name -> {lang, start}
  const results = new Map();
  const unattributed = [];
  const logs = new Map(); // "LEVEL message" -> {level, message, count}

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
    // Our generator classes (codegen-ext.mjs) sit beside the jar on the classpath.
    const launch = extClasses ? ['-cp', `${jar}${path.delimiter}${extClasses}`, 'org.openapitools.codegen.OpenAPIGenerator'] : ['-jar', jar];
    // C1 only (-XX:TieredStopAtLevel=1) and the throughput collector: a run is one batch of
    // short-lived objects, over before C2 or G1's concurrent work pay off (GitHub's four SDKs:
    // 46 s with G1, 35 s with ParallelGC on this 2-core machine).
    const child = spawn('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseParallelGC', nameCache, ...launch, 'batch', ...configFiles], {
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
    let inLogEntry = false; // continuation lines of a log message are skipped
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      const m = FAILED.exec(line);
      const log = m ? null : LOG_LINE.exec(line);
      if (m) {
        closeFailure();
        inStackTrace = inLogEntry = false;
        failure = { thread: m[1], generator: m[2], lines: [m[4]] };
      } else if (log) {
        closeFailure();
        inStackTrace = false;
        inLogEntry = true;
        const key = `${log[1]} ${log[2]}`;
        const seen = logs.get(key) ?? { level: log[1], message: log[2], count: 0 };
        seen.count += 1;
        logs.set(key, seen);
      } else if (STACK_LINE.test(line)) {
        closeFailure();
        inLogEntry = false;
        inStackTrace = true;
      } else if (inLogEntry && !/^(Exception in thread|Error: )/.test(line)) {
        // part of the dumped object of the log line above
      } else if (failure) {
        // openapi-generator's advice to skip validation is not ours to give.
        if (!/option can be disabled via validateSpec/.test(line)) failure.lines.push(line);
      } else if (!inStackTrace && line.trim() && !line.startsWith('[FAIL]')) {
        unattributed.push(line.trim());
      }
    });

    child.on('close', (code) => {
      closeFailure();
      resolve({ exitCode: code, results: [...results.values()], unattributed, logs: [...logs.values()] });
    });
  });
}
