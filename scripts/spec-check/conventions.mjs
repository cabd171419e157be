// The API's own conventions (see the README of openapi.yaml's info.description), operation by operation.
import { operationMatcher, operations, resolve } from './load.mjs';

// The verbs an operationId may start with: camelCase verbNoun, e.g. `createImageJob`.
const VERBS = new Set(['get', 'list', 'create', 'update', 'delete', 'revoke', 'refresh', 'invite', 'deactivate',
  'assign', 'cancel', 'stream', 'download', 'upload', 'restore', 'execute']);
const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];

export function checkConventions(spec, report) {
  const declaredTags = new Set((spec.tags ?? []).map((t) => t.name));
  const seenIds = new Map();
  const match = operationMatcher(spec);
  let count = 0;
  for (const { op, at, path, method, params } of operations(spec)) {
    count++;
    const id = op.operationId;
    if (typeof id !== 'string' || !/^[a-z]+[A-Z][A-Za-z0-9]*$/.test(id)) {
      report([...at, 'operationId'], `operationId ${JSON.stringify(id)} is not camelCase verbNoun`);
    } else {
      const verb = id.match(/^[a-z]+/)[0];
      if (!VERBS.has(verb)) report([...at, 'operationId'], `operationId '${id}' starts with '${verb}', not a known verb (${[...VERBS].join(', ')})`);
      if (seenIds.has(id)) report([...at, 'operationId'], `operationId '${id}' is also used at ${seenIds.get(id)}`);
      seenIds.set(id, `${method.toUpperCase()} ${path}`);
    }
    if (!Array.isArray(op.tags) || op.tags.length !== 1) report([...at, 'tags'], 'an operation has exactly one tag');
    else if (!declaredTags.has(op.tags[0])) report([...at, 'tags', 0], `tag '${op.tags[0]}' is not declared in the top-level tags`);
    for (const field of ['summary', 'description']) {
      if (typeof op[field] !== 'string' || op[field].trim() === '') report([...at, field], `${field} is missing`);
    }
    // Each operation says which schemes it accepts itself (`[]` for none), so a reader of one
    // operation, or a generator, never has to fall back on the global default.
    if (!Array.isArray(op.security)) report([...at, 'security'], 'the operation does not declare its security (use [] for none)');
    for (const requirement of op.security ?? []) {
      for (const scheme of Object.keys(requirement)) {
        if (!spec.components?.securitySchemes?.[scheme]) report([...at, 'security'], `security scheme '${scheme}' is not defined`);
      }
    }
    checkPathParams(path, params, at, report);
    checkBody(spec, op, at, report);
    checkResponses(spec, op, at, report, match);
    const creates = method === 'post' && Object.keys(op.responses ?? {}).some((s) => s === '201' || s === '202');
    if (creates && !params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')) {
      report([...at, 'parameters'], 'a creating POST must accept the Idempotency-Key header');
    }
  }
  checkSecretFormats(spec, report);
  return count;
}

// A string property named like a credential (`password`, `clientSecret`, `accessToken`, `token`)
// must say `format: password`: that mark is what every SDK masks in toString/repr (R5.5), so an
// unmarked one would print a token.
const SECRET_NAME = /(^|[a-z])(password|secret|token)$/i;

function checkSecretFormats(spec, report) {
  const visit = (schema, at) => {
    if (!schema || typeof schema !== 'object' || schema.$ref) return;
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const propAt = [...at, 'properties', name];
      if (SECRET_NAME.test(name) && prop?.type === 'string' && prop.format !== 'password') {
        report(propAt, `'${name}' holds a credential: it must say format: password so SDKs mask it when printed`);
      }
      visit(prop, propAt);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf']) (schema[key] ?? []).forEach((s, i) => visit(s, [...at, key, i]));
    if (schema.items) visit(schema.items, [...at, 'items']);
  };
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) visit(schema, ['components', 'schemas', name]);
}

function checkPathParams(path, params, at, report) {
  const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const name of inTemplate) {
    if (!params.some((p) => p.in === 'path' && p.name === name)) report(at, `path parameter '${name}' is not declared`);
  }
  for (const p of params.filter((q) => q.in === 'path')) {
    if (!inTemplate.includes(p.name)) report(at, `path parameter '${p.name}' is not in the path`);
  }
}

function hasExample(media) {
  return media && ('example' in media || Object.keys(media.examples ?? {}).length > 0);
}

function checkBody(spec, op, at, report) {
  const body = resolve(spec, op.requestBody);
  if (!body) return;
  for (const [type, media] of Object.entries(body.content ?? {})) {
    if (!hasExample(media)) report([...at, 'requestBody', 'content', type], 'the request body has no example');
  }
}

function checkResponses(spec, op, at, report, match) {
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    const response = resolve(spec, raw);
    const rAt = raw?.$ref ? raw.$ref.slice(2).split('/') : [...at, 'responses', status];
    if (!response) {
      report([...at, 'responses', status], `${raw?.$ref} does not resolve`);
      continue;
    }
    const headers = response.headers ?? {};
    if (!headers['X-Request-Id']) report([...rAt, 'headers'], `response ${status} does not declare X-Request-Id`);
    if (/^[24]/.test(status)) {
      for (const h of RATE_LIMIT_HEADERS) if (!headers[h]) report([...rAt, 'headers'], `response ${status} does not declare ${h}`);
    }
    const location = resolve(spec, headers.Location);
    if (location && 'example' in location && !match('get', String(location.example))) {
      report([...rAt, 'headers', 'Location', 'example'], `${location.example} is not the path of any GET operation`);
    }
    if (status === '429' && !headers['Retry-After']) report([...rAt, 'headers'], 'a 429 response must declare Retry-After');
    for (const [type, media] of Object.entries(response.content ?? {})) {
      if (!hasExample(media)) report([...rAt, 'content', type], `response ${status} (${type}) has no example`);
    }
    // A readiness probe's 503 describes the failing checks in its own health body.
    const probeFailure = op.tags?.includes('health') && status === '503';
    if (/^[45]/.test(status) && !probeFailure) {
      const problem = response.content?.['application/problem+json'];
      if (!problem || problem.schema?.$ref !== '#/components/schemas/Problem') {
        report([...rAt, 'content'], `error response ${status} must be application/problem+json with the Problem schema`);
      }
    }
  }
}
