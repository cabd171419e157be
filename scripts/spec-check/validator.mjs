// Ajv over the whole OpenAPI document: any schema in it is validated by its JSON pointer, so
// `$ref`s between components resolve the way they do in the spec itself.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const DOC_ID = 'openapi.json';

export function createValidator(spec) {
  // strict: false because the document mixes schema keywords with OpenAPI ones (example, x-*);
  // Ajv understands OpenAPI's `nullable` natively. Its `discriminator` picks the oneOf branch by
  // the tag's value (so errors speak of that branch only) but rejects `mapping`, which here only
  // restates the tag values: drop it from a copy.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: true });
  addFormats(ajv);
  ajv.addFormat('event-stream', true); // a text/event-stream body: checked event by event instead
  ajv.addSchema(withoutDiscriminatorMappings(structuredClone(spec)), DOC_ID);
  const cache = new Map();
  return {
    /** Validates `value` against the schema at `segments`; returns a list of readable errors. */
    validate(segments, value) {
      const ref = DOC_ID + '#/' + segments.map((s) =>
        encodeURIComponent(String(s).replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');
      let fn = cache.get(ref);
      if (!fn) {
        fn = ajv.compile({ $ref: ref });
        cache.set(ref, fn);
      }
      if (fn(value)) return [];
      return fn.errors.map((e) => `${e.instancePath || '(root)'} ${e.message}`);
    },
  };
}

function withoutDiscriminatorMappings(node) {
  if (Array.isArray(node)) node.forEach(withoutDiscriminatorMappings);
  else if (node && typeof node === 'object') {
    if (node.discriminator?.mapping && Array.isArray(node.oneOf)) delete node.discriminator.mapping;
    Object.values(node).forEach(withoutDiscriminatorMappings);
  }
  return node;
}
