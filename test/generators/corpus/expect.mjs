// `--expect FILE`: the matrix against a committed expectation. Outcomes (ok, or the step that
// fails or times out) must match exactly, so a regression and an unexpected fix both fail the
// run; a different first error line in the same step is reported but does not fail (error
// text can vary between runs and tool versions).

/** The expectation file's form of a run: {documents: {name: {lang: 'ok' | 'fail:<step>' …}}}. */
export function toExpectation(json) {
  return {
    comment: 'Expected outcome of `npm run corpus -- --fast` per document and language; regenerate with --write-expect FILE after a deliberate change.',
    documents: Object.fromEntries(
      json.documents.map((d) => [
        d.name,
        Object.fromEntries(Object.entries(d.cells).map(([lang, c]) => [lang, c.status === 'ok' ? 'ok' : `${c.status}:${c.step}`])),
      ]),
    ),
    lines: Object.fromEntries(
      json.documents.flatMap((d) => Object.entries(d.cells).filter(([, c]) => c.status !== 'ok').map(([lang, c]) => [`${d.name} × ${lang}`, c.line])),
    ),
  };
}

/** {differences: [text], notes: [text]}: differences fail the run, notes do not. */
export function compareExpectation(expected, json) {
  const actual = toExpectation(json);
  const differences = [];
  const notes = [];
  const docs = new Set([...Object.keys(expected.documents ?? {}), ...Object.keys(actual.documents)]);
  for (const doc of docs) {
    const want = expected.documents?.[doc];
    const got = actual.documents[doc];
    if (!want) {
      differences.push(`${doc}: ran, but is not in the expectation file`);
      continue;
    }
    if (!got) {
      differences.push(`${doc}: expected, but did not run`);
      continue;
    }
    for (const lang of new Set([...Object.keys(want), ...Object.keys(got)])) {
      const key = `${doc} × ${lang}`;
      if (want[lang] !== got[lang]) {
        differences.push(`${key}: expected ${want[lang] ?? '(not run)'}, got ${got[lang] ?? '(not run)'}${got[lang] && got[lang] !== 'ok' ? ` — ${actual.lines[key]}` : ''}`);
      } else if (got[lang] !== 'ok' && expected.lines?.[key] !== undefined && expected.lines[key] !== actual.lines[key]) {
        notes.push(`${key}: same outcome (${got[lang]}), new first error line: ${actual.lines[key]}`);
      }
    }
  }
  return { differences, notes };
}
