// The code samples of one operation, in the order the reference shows its tabs. `lang` is the
// highlighter's language (Redoc's `x-codeSamples[].lang`), `label` the tab's title (Redoc matches
// samples to the tabs of docs-site/redocly.yaml by it), `ext` the extension a sample is saved with
// to compile it (test/docs).
import { csharpSample } from './csharp.mjs';
import { curlSample } from './curl.mjs';
import { javaSample } from './java.mjs';
import { javascriptLikeSample } from './javascript-like.mjs';
import { pythonAsyncSample, pythonSample } from './python.mjs';

export const LANGUAGES = [
  { id: 'typescript', lang: 'typescript', label: 'TypeScript', ext: 'ts', write: (op) => javascriptLikeSample(op, { pkg: '@secure-ai-studio/client' }) },
  { id: 'python', lang: 'python', label: 'Python', ext: 'py', write: pythonSample },
  { id: 'python-async', lang: 'python', label: 'Python (async)', ext: 'py', write: pythonAsyncSample },
  { id: 'javascript', lang: 'javascript', label: 'JavaScript', ext: 'mjs', write: (op) => javascriptLikeSample(op, { pkg: '@secure-ai-studio/sdk' }) },
  { id: 'java', lang: 'java', label: 'Java', ext: 'java', write: javaSample },
  { id: 'csharp', lang: 'csharp', label: 'C#', ext: 'cs', write: csharpSample },
  { id: 'curl', lang: 'shell', label: 'curl', ext: 'sh', write: curlSample },
];

/** `[{id, lang, label, source}]` for one operation model. */
export function samplesFor(op, ctx) {
  return LANGUAGES.map((l) => ({ id: l.id, lang: l.lang, label: l.label, source: l.write(op, ctx) }));
}
