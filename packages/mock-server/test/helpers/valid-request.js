import { deref } from '../../src/spec/operations.js';
import { sampleFromSchema } from '../../src/responses/sample-from-schema.js';

/**
 * A request that should pass validation, built from the operation's own examples: path, required
 * query and header parameters, credentials, and the first request body example.
 */
export function validRequest(op, doc) {
  let path = op.pathTemplate;
  const query = new URLSearchParams();
  const headers = { authorization: 'Bearer test.token' };
  for (const p of op.parameters) {
    const value = p.example ?? (p.examples ? deref(doc, Object.values(p.examples)[0]).value : sampleFromSchema(p.schema, doc));
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (p.in === 'query' && p.required) query.set(p.name, value);
    else if (p.in === 'header' && p.required) headers[p.name] = String(value);
  }
  let body;
  if (op.requestBody) {
    const [mediaType, media] = Object.entries(op.requestBody.content)[0];
    const example = media.example ?? (media.examples ? deref(doc, Object.values(media.examples)[0]).value : sampleFromSchema(media.schema, doc));
    if (mediaType === 'multipart/form-data') {
      body = new FormData();
      const fileType = String(media.encoding?.file?.contentType ?? 'image/png').split(',')[0].trim();
      for (const [name, value] of Object.entries(example ?? {})) {
        const schema = deref(doc, deref(doc, media.schema)?.properties?.[name]);
        if (schema?.format === 'binary') body.set(name, new Blob([Buffer.from('\x89PNG\r\n')], { type: fileType }), 'reference.png');
        else body.set(name, typeof value === 'string' ? value : JSON.stringify(value));
      }
    } else {
      headers['content-type'] = mediaType;
      body = typeof example === 'string' ? example : JSON.stringify(example);
    }
  }
  return { path: `${path}${query.size ? `?${query}` : ''}`, init: { method: op.method, headers, body } };
}
