// Writes every code sample of the staged spec to disk as a real program of its language, one
// file per operation and language, so one compiler run per language checks them all. The sample
// text is written as it is shown; only what a batch needs is added around it: a Java package
// and a C# namespace per operation (every sample's class is `Example`).
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES } from '../../../docs-site/lib/samples/index.mjs';

/**
 * @param {{operations: Array<{model, samples}>}} staged the result of stageDocs
 * @param {string} dir an empty folder
 * @returns {Map<string, Array<{operationId: string, tag: string, file: string, entry: string}>>}
 *   per language id, the files written; `entry` is what runs it (Java class, C# namespace)
 */
export function writeSamples(staged, dir) {
  const out = new Map(LANGUAGES.map((l) => [l.id, []]));
  for (const { model, samples } of staged.operations) {
    for (const sample of samples) {
      const lang = LANGUAGES.find((l) => l.id === sample.id);
      const { rel, text, entry } = placed(model.operationId, lang, sample.source);
      const file = path.join(dir, sample.id, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      out.get(sample.id).push({ operationId: model.operationId, tag: model.tag, file, entry, source: sample.source });
    }
  }
  return out;
}

function placed(operationId, lang, source) {
  switch (lang.id) {
    case 'java': {
      const pkg = `samples.${operationId.toLowerCase()}`;
      return { rel: path.join('samples', operationId.toLowerCase(), 'Example.java'), text: `package ${pkg};\n\n${source}`, entry: `${pkg}.Example` };
    }
    case 'csharp': {
      const ns = `Samples.${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}`;
      const body = source.trimEnd().split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
      return { rel: `${operationId}.cs`, text: `namespace ${ns}\n{\n${body}\n}\n`, entry: ns };
    }
    case 'python-async':
      return { rel: `${operationId}_async.py`, text: source, entry: null };
    case 'python':
      return { rel: `${operationId}_sync.py`, text: source, entry: null };
    default:
      return { rel: `${operationId}.${lang.ext}`, text: source, entry: null };
  }
}
