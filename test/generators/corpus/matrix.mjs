// The result matrix: document × language, each cell ok or the failing step and its first error
// line; plus the generation time per document and totals per language.

const MARK = { ok: 'ok', fail: 'FAIL', timeout: 'TIMEOUT', refused: 'REFUSED' };

/** Text table + numbered error lines + totals. `docs`: [{name, generation: {seconds}, cells}]. */
export function formatMatrix({ languages, docs, skipped = [] }) {
  const out = [];
  const nameWidth = Math.max(8, ...docs.map((d) => d.name.length));
  const col = Math.max(...languages.map((l) => l.length), 22);
  const notes = [];
  out.push(`${'document'.padEnd(nameWidth)}  ${'gen s'.padStart(6)}  ${languages.map((l) => l.padEnd(col)).join('  ')}`);
  for (const doc of docs) {
    const cells = languages.map((lang) => {
      const c = doc.cells[lang];
      if (!c) return '-'.padEnd(col);
      if (c.status === 'ok') return 'ok'.padEnd(col);
      notes.push(`${doc.name} × ${lang}  ${c.step}: ${c.line}`);
      return `${MARK[c.status] ?? c.status} ${c.step} [${notes.length}]`.padEnd(col);
    });
    const gen = doc.generation?.seconds == null ? '-' : doc.generation.seconds.toFixed(1);
    out.push(`${doc.name.padEnd(nameWidth)}  ${gen.padStart(6)}  ${cells.join('  ').trimEnd()}`);
  }
  if (notes.length) {
    out.push('', 'first error line of each failed (or refused) cell:');
    notes.forEach((n, i) => out.push(`  [${i + 1}] ${n}`));
  }
  out.push('', 'totals:');
  for (const [lang, t] of Object.entries(totals({ languages, docs }))) {
    out.push(`  ${lang.padEnd(10)}  ok ${t.ok}  failed ${t.fail}${t.timeout ? `  timed out ${t.timeout}` : ''}${t.refused ? `  refused ${t.refused}` : ''}`);
  }
  if (skipped.length) {
    // The full list is in --list and --json; here, how many of each kind.
    const kinds = new Map();
    for (const s of skipped) {
      const kind = s.reason.startsWith('same document as') ? 'duplicates (a YAML twin of a JSON document)' : s.reason.replace(/ \(.*\)$/, '');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    out.push('', `skipped files: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')} (see --list)`);
  }
  return out.join('\n');
}

/** {lang: {ok, fail, timeout, refused}} over the cells that ran. */
export function totals({ languages, docs }) {
  const t = Object.fromEntries(languages.map((l) => [l, { ok: 0, fail: 0, timeout: 0, refused: 0 }]));
  for (const doc of docs) for (const lang of languages) if (doc.cells[lang]) t[lang][doc.cells[lang].status]++;
  return t;
}

/** The JSON form (`--json FILE`, and the shape of expectation files). */
export function matrixJson({ languages, docs, skipped = [] }) {
  return {
    languages,
    totals: totals({ languages, docs }),
    documents: docs.map((d) => ({
      name: d.name,
      file: d.file,
      generationSeconds: d.generation?.seconds ?? null,
      cells: Object.fromEntries(
        languages.filter((l) => d.cells[l]).map((l) => {
          const { status, step, line, seconds, steps } = d.cells[l];
          return [l, status === 'ok' ? { status, seconds, steps } : { status, step, line, seconds, steps }];
        }),
      ),
    })),
    skipped,
  };
}
