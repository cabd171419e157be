// What a code sample needs to know about one operation, worked out once from the staged spec
// (openapi.yaml plus the derived extensions of generators/lib), so the six language writers only
// render: the resource and method (`x-sdk-resource`, `x-sdk-method`), the path parameters with
// their example values, the query/header parameters a call must or should pass, the request
// body built from the spec's own example, and what the call answers (JSON, nothing, an event
// stream, bytes, a page).
import { operations, resolve } from '../../scripts/spec-check/load.mjs';
import { camelHeader } from '../../generators/lib/sdk-names.mjs';
import { typedValue } from './typed-value.mjs';

/** The sample's page size for list operations: small, and within every `limit` schema. */
const PAGE_SIZE = 5;

/** Every operation of the staged document, in document order, as sample models. */
export function operationModels(doc) {
  const all = [...operations(doc)];
  const byId = new Map(all.map((o) => [o.op.operationId, o.op]));
  return all.map((o) => operationModel(doc, o, byId));
}

/**
 * A long-running operation's waiter (`x-long-running.pollOperation`'s `x-waiter.sdkMethod`, on the
 * same resource), which its samples call on the new resource's `id`; else null.
 */
function waiterOf(op, byId) {
  const poll = byId.get(op['x-long-running']?.pollOperation);
  const method = poll?.['x-waiter']?.sdkMethod;
  return method && poll['x-sdk-resource'] === op['x-sdk-resource'] ? { method, terminal: poll['x-waiter'].terminalStates } : null;
}

function operationModel(doc, { path, method, op, params }, byId) {
  const where = `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`;
  const need = (value, what) => {
    if (value === undefined || value === null) throw new Error(`${where}: ${what} is missing (run the derived extensions first)`);
    return value;
  };
  const paging = op['x-pagination'];
  const pathParams = params.filter((p) => p.in === 'path').map((p) => ({
    name: p.name,
    value: need(exampleOf(p), `an example of path parameter '${p.name}'`),
  }));
  // Query/header parameters a sample passes: the required ones (with their examples) and a
  // list's page size; the idempotency key is a per-call option the SDKs fill in themselves.
  const callParams = params
    .filter((p) => (p.in === 'query' || p.in === 'header') && p['x-sdk-request-option'] !== 'idempotencyKey')
    .filter((p) => p.required === true || (paging && p.name === paging.limitParam))
    .map((p) => {
      const value = paging && p.name === paging.limitParam ? Math.min(PAGE_SIZE, resolve(doc, p.schema)?.maximum ?? PAGE_SIZE) : exampleOf(p);
      if (value === undefined) throw new Error(`${where}: required parameter '${p.name}' has no example`);
      return {
        name: p.name,
        in: p.in,
        // The SDKs' property name: query names as they are, header names in camelCase.
        key: p.in === 'header' ? camelHeader(p.name) : p.name,
        required: p.required === true,
        typed: typedValue(doc, p.schema, value, { at: `${where}/parameters/${p.name}` }),
      };
    });
  return {
    operationId: op.operationId,
    summary: op.summary ?? op.operationId,
    httpMethod: method.toUpperCase(),
    path,
    tag: need(op['x-sdk-resource'], 'x-sdk-resource'),
    // The tag as the spec spells it (the reference's sections and routes are named by it).
    specTag: Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : op['x-sdk-resource'],
    method: need(op['x-sdk-method'], 'x-sdk-method'),
    paramsName: need(op['x-sdk-params-name'], 'x-sdk-params-name'),
    public: Array.isArray(op.security) && op.security.length === 0,
    idempotent: params.some((p) => p['x-sdk-request-option'] === 'idempotencyKey'),
    pathParams,
    callParams,
    body: requestBody(doc, op, where),
    response: responseKind(doc, op),
    paginated: paging !== undefined,
    waiter: waiterOf(op, byId),
    graphql: graphqlOf(doc, op, where),
  };
}

/**
 * An operation serving GraphQL (`x-graphql`, generators/lib/derived-extensions.mjs): its samples
 * call the resource's `query` with the document, variables and operation name of the body's
 * example (R13.1) rather than the raw operation; else null.
 */
function graphqlOf(doc, op, where) {
  const methods = op['x-graphql'];
  if (!methods) return null;
  const media = resolve(doc, op.requestBody)?.content?.['application/json'];
  const example = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
  if (typeof example?.query !== 'string') throw new Error(`${where}/requestBody: a GraphQL operation's example needs a query to build the samples from`);
  return { method: methods.query, document: example.query, variables: example.variables ?? null, operationName: example.operationName ?? null };
}

function exampleOf(p) {
  if (p.example !== undefined) return p.example;
  if (p.schema?.example !== undefined) return p.schema.example;
  const first = Object.values(p.examples ?? {})[0];
  return first?.value;
}

/** The request body: its media type, schema name and the spec's (first) example, typed. */
function requestBody(doc, op, where) {
  const body = resolve(doc, op.requestBody);
  if (!body?.content) return null;
  const [mediaType, media] = Object.entries(body.content)[0];
  const example = media.example ?? Object.values(media.examples ?? {})[0]?.value;
  if (example === undefined) throw new Error(`${where}/requestBody: ${mediaType} has no example to build the samples from`);
  const at = `${where}/requestBody/content/${mediaType.replace('/', '~1')}`;
  if (mediaType === 'multipart/form-data') {
    // The file part's example is a placeholder; the samples read a real file instead.
    const schema = resolve(doc, media.schema);
    const fields = Object.entries(example)
      .filter(([name]) => schema?.properties?.[name]?.format !== 'binary')
      .map(([name, value]) => ({ name, typed: typedValue(doc, schema.properties[name], value, { at: `${at}/${name}` }) }));
    const fileField = Object.entries(schema?.properties ?? {}).find(([, s]) => s.format === 'binary')?.[0];
    if (!fileField) throw new Error(`${at}: a multipart body without a binary property`);
    return { mediaType, multipart: true, fileField, fields, required: body.required === true };
  }
  return { mediaType, multipart: false, typed: typedValue(doc, media.schema, example, { at }), required: body.required === true };
}

function responseKind(doc, op) {
  const [, success] = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code)) ?? [];
  const content = resolve(doc, success)?.content;
  if (!content) return 'empty';
  if (content['text/event-stream']) return 'events';
  if (Object.keys(content).some((t) => t === 'application/json' || t.endsWith('+json'))) return 'json';
  return 'binary';
}
