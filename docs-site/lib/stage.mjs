// The documentation's staged copy of the spec: openapi.yaml as generators/lib loads it, with the
// derived extensions the SDK generators read (`x-sdk-method`, `x-sdk-resource`,
// `x-sdk-params-name`, `x-sdk-params`), plus for every operation `x-codeSamples` in every SDK
// language and curl (generated, never written by hand) and the notes of notes.mjs in its
// description. The user's file is never written.
import { loadSpec } from '../../generators/lib/spec.mjs';
import { addDerivedExtensions } from '../../generators/lib/derived-extensions.mjs';
import { displayPath } from '../../generators/lib/paths.mjs';
import { operations } from '../../scripts/spec-check/load.mjs';
import { operationModels } from './operation-model.mjs';
import { operationNotes } from './notes.mjs';
import { samplesFor } from './samples/index.mjs';

/**
 * @param {string} file the OpenAPI document
 * @param {{rulebookHref?: (ruleId: string) => string}} [options] where the notes link rules to
 * @returns {{spec: {file, sha256, version}, doc: object, operations: Array<{model, samples}>}}
 */
export function stageDocs(file, { rulebookHref = (id) => `rulebook.html${id ? `#${id}` : ''}` } = {}) {
  const spec = loadSpec(file);
  const doc = spec.doc;
  addDerivedExtensions(doc, displayPath(file));
  const server = doc.servers?.find((s) => s['x-internal'] !== true)?.url ?? doc.servers?.[0]?.url ?? 'http://localhost';
  const models = operationModels(doc);
  const byId = new Map(models.map((m) => [m.operationId, m]));
  const staged = [];
  for (const { op, params } of operations(doc)) {
    const model = byId.get(op.operationId);
    const samples = samplesFor(model, { server });
    op['x-codeSamples'] = samples.map(({ lang, label, source }) => ({ lang, label, source }));
    op.description = (op.description ?? op.summary ?? '').trimEnd() + operationNotes(doc, model, op, params, { rulebookHref });
    staged.push({ model, samples });
  }
  return { spec: { file: spec.file, sha256: spec.sha256, version: spec.version }, doc, operations: staged };
}
