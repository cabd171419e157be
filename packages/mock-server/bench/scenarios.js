import { listOperations, deref } from '../src/spec/operations.js';
import { sampleFromSchema } from '../src/responses/sample-from-schema.js';

/**
 * The two benchmark requests, built from the spec itself: a GET of `listTemplates` with its
 * query parameters filled from examples (so query validation runs), and a POST of
 * `createTemplate` with the request body example (so body validation runs).
 */
export function buildScenarios(doc) {
  const ops = new Map(listOperations(doc).map((op) => [op.operationId, op]));
  const list = ops.get('listTemplates');
  const create = ops.get('createTemplate');
  if (!list || !create) throw new Error('the spec needs listTemplates and createTemplate operations to benchmark');
  const headers = { authorization: 'Bearer bench.token.value', 'x-api-key': 'bench-key', accept: 'application/json' };

  const query = new URLSearchParams();
  for (const p of list.parameters) {
    if (p.in !== 'query') continue;
    if (p.name === 'limit') query.set('limit', '20');
    else if (p.name === 'kind' || p.required) {
      const value = p.example ?? sampleFromSchema(p.schema, doc);
      if (value !== null && typeof value !== 'object') query.set(p.name, String(value));
    }
  }
  const media = deref(doc, create.requestBody)?.content?.['application/json'];
  const body = media?.example ?? deref(doc, Object.values(media?.examples ?? {})[0])?.value ?? sampleFromSchema(media?.schema, doc);
  return [
    { name: 'GET listTemplates', method: 'GET', path: `${list.pathTemplate}?${query}`, headers },
    {
      name: 'POST createTemplate',
      method: 'POST',
      path: create.pathTemplate,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  ];
}
