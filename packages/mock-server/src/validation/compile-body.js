import { bodyKind, essence, mediaMatches } from '../http/media-type.js';
import { toJsonSchema } from './to-json-schema.js';
import { toViolations } from './ajv-errors.js';

/**
 * Compiles the request body validators of an operation, one per declared media type. JSON is
 * validated strictly; form and multipart fields arrive as strings and are coerced by the schema.
 */
export function compileBody(requestBody, doc, ajvPair) {
  if (!requestBody || !requestBody.content) return null;
  const media = [];
  for (const [mediaType, spec] of Object.entries(requestBody.content)) {
    const type = essence(mediaType);
    const kind = bodyKind(type);
    let validate = null;
    if (spec?.schema && kind !== 'binary' && kind !== 'text') {
      const ajv = kind === 'json' ? ajvPair.strict : ajvPair.coercing;
      const fn = ajv.compile(toJsonSchema(spec.schema, doc, 'request'));
      validate = (value) => (fn(value) ? null : toViolations(fn.errors, 'body'));
    }
    // `schema` (OpenAPI) is what a JSON body passed, for a responder building on it (split-check.js).
    media.push({ mediaType: type, kind, validate, encoding: spec?.encoding ?? null, schema: validate === null ? null : spec.schema });
  }
  // Exact media types are preferred over wildcards when choosing the one a request uses.
  media.sort((a, b) => Number(a.mediaType.includes('*')) - Number(b.mediaType.includes('*')));
  const exact = new Map(media.map((m) => [m.mediaType, m]));
  return {
    required: requestBody.required === true,
    allowed: media.map((m) => m.mediaType),
    pick(contentType) {
      const type = essence(contentType);
      return exact.get(type) ?? media.find((m) => mediaMatches(m.mediaType, type)) ?? null;
    },
  };
}
