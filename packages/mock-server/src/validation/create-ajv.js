import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { componentId, toJsonSchema } from './to-json-schema.js';

const INT32 = [-2147483648, 2147483647];

// OpenAPI 3.0 formats beyond JSON Schema's; numeric ones are checked, the rest are annotations.
const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (n) => Number.isInteger(n) && n >= INT32[0] && n <= INT32[1] },
  int64: { type: 'number', validate: (n) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  byte: { type: 'string', validate: /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ },
  binary: true,
  password: true,
};

/**
 * Two ajv instances sharing the spec's component schemas: `strict` for JSON bodies, `coercing`
 * for parameters and form fields, which arrive as strings. Unknown formats found in the spec are
 * registered as annotations so a custom format never stops the server.
 */
export function createAjvPair(doc) {
  const formats = collectFormats(doc);
  const make = (coerceTypes) => {
    const ajv = new Ajv({
      allErrors: true,
      coerceTypes,
      discriminator: true,
      strict: false,
      validateFormats: true,
      code: { optimize: true },
    });
    addFormats(ajv);
    for (const [name, def] of Object.entries(OPENAPI_FORMATS)) ajv.addFormat(name, def);
    for (const name of formats) if (!ajv.formats[name]) ajv.addFormat(name, true);
    for (const direction of ['request', 'response']) {
      for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
        ajv.addSchema({ $id: componentId(direction, name), ...toJsonSchema(schema, doc, direction) });
      }
    }
    return ajv;
  };
  return { strict: make(false), coercing: make('array') };
}

function collectFormats(node, out = new Set()) {
  if (node && typeof node === 'object') {
    if (typeof node.format === 'string' && typeof node.type === 'string') out.add(node.format);
    for (const v of Object.values(node)) collectFormats(v, out);
  }
  return out;
}
