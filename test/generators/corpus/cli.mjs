// Command-line options of `npm run corpus`.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { LANGUAGES } from './languages.mjs';

export const usage = `Usage: npm run corpus -- [options]

Generates the four SDKs from every document of the corpus, builds, packages, imports and
unit-tests each, and prints a document × language matrix (see test/generators/corpus/README.md).

Options:
  --fast               only the fast subset (five documents, fast-subset.mjs)
  --only-doc NAME      run only this document (repeatable; NAME as printed, e.g. github/api.github.com,
                       readme/discriminators, or without its readme/ prefix)
  --skip-doc NAME      leave this document out (repeatable)
  --only-lang LANG     run only this language (repeatable: ${LANGUAGES.join(', ')})
  --jobs N             cells run at once, 1 or 2 (default 2)
  --timeout SECONDS    deadline of one cell, and of one document's generation (default 600)
  --json FILE          also write the matrix as JSON
  --expect FILE        fail unless each cell's outcome matches FILE (an expectation file)
  --write-expect FILE  write this run's outcomes as an expectation file
  --list               print the corpus (and the skipped files) and exit
  -h, --help           show this help

On a shared machine, CORPUS_SLOT (any command prefix, e.g. 'nice -n 19') wraps every heavy command.`;

export class UsageError extends Error {}

export function parseCli(argv, cwd = process.env.INIT_CWD || process.cwd()) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        fast: { type: 'boolean', default: false },
        'only-doc': { type: 'string', multiple: true, default: [] },
        'skip-doc': { type: 'string', multiple: true, default: [] },
        'only-lang': { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string', default: '2' },
        timeout: { type: 'string', default: '600' },
        json: { type: 'string' },
        expect: { type: 'string' },
        'write-expect': { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n\n${usage}`);
  }
  const list = (v) => v.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  const jobs = Number(values.jobs);
  if (![1, 2].includes(jobs)) throw new UsageError(`--jobs must be 1 or 2 (the machine has 2 cores), got ${values.jobs}`);
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a number of seconds > 0, got ${values.timeout}`);
  const langs = list(values['only-lang']);
  const unknown = langs.filter((l) => !LANGUAGES.includes(l));
  if (unknown.length) throw new UsageError(`--only-lang: unknown language ${unknown.join(', ')} (known: ${LANGUAGES.join(', ')})`);
  const file = (v) => v && path.resolve(cwd, v);
  return {
    fast: values.fast,
    onlyDocs: list(values['only-doc']),
    skipDocs: list(values['skip-doc']),
    languages: langs.length ? LANGUAGES.filter((l) => langs.includes(l)) : LANGUAGES,
    jobs,
    timeoutMs: timeout * 1000,
    json: file(values.json),
    expect: file(values.expect),
    writeExpect: file(values['write-expect']),
    list: values.list,
    help: values.help,
  };
}

/** True when `query` names `docName` (exactly, or without its source prefix). */
export function namesDoc(query, docName) {
  return docName === query || docName.endsWith(`/${query}`);
}

/** The documents to run: --fast, then --only-doc, then --skip-doc; unknown names are errors. */
export function selectDocs(all, { fast, onlyDocs, skipDocs }, fastNames) {
  for (const q of [...onlyDocs, ...skipDocs, ...(fast ? fastNames : [])]) {
    if (!all.some((d) => namesDoc(q, d.name))) {
      throw new UsageError(`no corpus document is named ${q} (see npm run corpus -- --list)`);
    }
  }
  let docs = all;
  if (fast) docs = docs.filter((d) => fastNames.some((q) => namesDoc(q, d.name)));
  if (onlyDocs.length) docs = docs.filter((d) => onlyDocs.some((q) => namesDoc(q, d.name)));
  return docs.filter((d) => !skipDocs.some((q) => namesDoc(q, d.name)));
}
