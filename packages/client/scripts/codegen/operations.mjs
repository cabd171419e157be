// Writes src/generated/operations.ts: one OperationSpec constant per operation, holding what
// the runtime needs (method, path, parameter placement, response kind and schema, extensions).
import { SpecError, deref, listOperations, pointer, resolveRef } from './spec.mjs';
import { camelHeader, sdkMethod } from '../../../../generators/lib/sdk-names.mjs';
import { componentContext, oneLine, schemaExpr } from './zod-schemas.mjs';

const SUCCESS = /^2\d\d$/;

/** Analyses one operation; shared with resources.mjs so both agree on every detail. */
export function describeOperation(doc, entry) {
  const { op, at, parameters, path, method } = entry;
  const globalSecurity = doc.security ?? [];
  const security = op.security ?? globalSecurity;
  const query = parameters.filter((p) => p.in === 'query');
  const headerParams = parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'idempotency-key');
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => {
    const param = parameters.find((p) => p.in === 'path' && p.name === m[1]);
    if (!param) throw new SpecError(at + '/parameters', `path template names {${m[1]}} but no path parameter declares it`);
    return param;
  });
  const body = op.requestBody ? deref(doc, op.requestBody, at + '/requestBody') : undefined;
  let bodyKind;
  if (body) {
    const types = Object.keys(body.content ?? {});
    if (types.includes('application/json')) bodyKind = 'json';
    else if (types.includes('multipart/form-data')) bodyKind = 'multipart';
    else throw new SpecError(at + '/requestBody/content', `unsupported request media types ${types.join(', ')}`);
  }
  const successes = Object.entries(op.responses ?? {}).filter(([status]) => SUCCESS.test(status));
  if (!successes.length) throw new SpecError(at + '/responses', 'no 2xx response');
  let response = 'empty';
  let status = successes[0][0];
  let media;
  for (const [code, raw] of successes) {
    const res = deref(doc, raw, at + pointer('responses', code));
    const content = res.content ?? {};
    if (content['application/json']) {
      response = 'json';
      status = code;
      media = content['application/json'];
      break;
    }
    if (content['text/event-stream']) {
      response = 'sse';
      status = code;
      media = content['text/event-stream'];
      break;
    }
    if (Object.keys(content).length) {
      response = 'binary';
      status = code;
    }
  }
  let schemaAt;
  let schema;
  if (response === 'json') {
    schema = media.schema;
    schemaAt = at + pointer('responses', status, 'content', 'application/json', 'schema');
  } else if (response === 'sse') {
    schema = media['x-event-schema'];
    schemaAt = at + pointer('responses', status, 'content', 'text/event-stream', 'x-event-schema');
    if (!schema) throw new SpecError(schemaAt, 'a text/event-stream response needs x-event-schema');
  }
  const pagination = op['x-pagination'];
  if (pagination) {
    for (const field of ['cursorParam', 'limitParam', 'itemsField', 'nextCursorField']) {
      if (typeof pagination[field] !== 'string') throw new SpecError(at + '/x-pagination/' + field, 'must be a string');
    }
    if (!query.some((p) => p.name === pagination.cursorParam)) throw new SpecError(at + '/x-pagination/cursorParam', `no query parameter '${pagination.cursorParam}'`);
    const listSchema = schema?.$ref ? resolveRef(doc, schema.$ref, schemaAt) : schema;
    if (!listSchema?.properties?.[pagination.itemsField]) throw new SpecError(at + '/x-pagination/itemsField', `response has no '${pagination.itemsField}' property`);
  }
  const longRunning = op['x-long-running'];
  if (longRunning && !Array.isArray(longRunning.terminalStates)) throw new SpecError(at + '/x-long-running/terminalStates', 'must be an array');
  return {
    id: op.operationId,
    tag: (op.tags ?? [])[0],
    sdkMethod: sdkMethod(op),
    method: method.toUpperCase(),
    path,
    auth: security.length > 0,
    pathParams,
    query,
    headerParams,
    idempotencyKey: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'),
    body,
    bodyKind,
    response,
    status,
    media,
    schema,
    schemaAt,
    pagination,
    longRunning,
    op,
    at,
  };
}

export function describeAll(doc) {
  const ids = new Set();
  return listOperations(doc).map((entry) => {
    const d = describeOperation(doc, entry);
    if (ids.has(d.id)) throw new SpecError(entry.at + '/operationId', `duplicate operationId '${d.id}'`);
    if (!d.tag) throw new SpecError(entry.at + '/tags', 'every operation needs a tag (it names the resource)');
    ids.add(d.id);
    return d;
  });
}

export function renderOperationsFile(doc, header) {
  const ctx = componentContext(doc, 'schemas.');
  const out = [header, "import type { OperationSpec } from '../internal/operation.js';", "import * as schemas from './schemas.js';", ''];
  const all = describeAll(doc);
  for (const d of all) {
    if (d.longRunning && !all.some((o) => o.id === d.longRunning.pollOperation)) {
      throw new SpecError(d.at + '/x-long-running/pollOperation', `no operation '${d.longRunning.pollOperation}'`);
    }
    const lines = [
      `  id: ${JSON.stringify(d.id)},`,
      `  method: ${JSON.stringify(d.method)},`,
      `  path: ${JSON.stringify(d.path)},`,
      `  auth: ${d.auth},`,
    ];
    if (d.query.length) lines.push(`  query: ${JSON.stringify(d.query.map((p) => p.name))},`);
    if (d.headerParams.length) lines.push(`  headers: { ${d.headerParams.map((p) => `${camelHeader(p.name)}: ${JSON.stringify(p.name)}`).join(', ')} },`);
    if (d.bodyKind) lines.push(`  body: ${JSON.stringify(d.bodyKind)},`);
    lines.push(`  response: ${JSON.stringify(d.response)},`);
    if (d.schema) lines.push(`  schema: ${schemaExpr(d.schema, d.schemaAt, ctx, '  ')},`);
    if (d.idempotencyKey) lines.push('  idempotencyKey: true,');
    if (d.pagination) {
      const { cursorParam, limitParam, itemsField, nextCursorField } = d.pagination;
      lines.push(`  pagination: ${JSON.stringify({ cursorParam, limitParam, itemsField, nextCursorField })},`);
    }
    if (d.longRunning) {
      const { statusField, terminalStates, pollOperation } = d.longRunning;
      lines.push(`  longRunning: ${JSON.stringify({ statusField, terminalStates, pollOperation })},`);
    }
    out.push(`/** ${d.method} ${d.path}${d.op.summary ? `: ${oneLine(d.op.summary)}` : ''} */`, `export const ${d.id}: OperationSpec = {`, ...lines, '};', '');
  }
  return out.join('\n');
}
