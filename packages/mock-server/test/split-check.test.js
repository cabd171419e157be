// The split response check (src/validation/split-check.js) must give the whole schema's verdict
// for every answer built from a validated request body: checked here over every operation of the
// repository spec with a JSON request and a JSON answer, one property changed at a time, and on
// schemas made to differ between request and answer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpec } from '../src/spec/load-spec.js';
import { listOperations, deref } from '../src/spec/operations.js';
import { createAjvPair } from '../src/validation/create-ajv.js';
import { compileBody } from '../src/validation/compile-body.js';
import { createResponseValidators } from '../src/validation/response-validators.js';
import { createSplitChecks } from '../src/validation/split-check.js';
import { mergeInto } from '../src/stateful/values.js';
import { sampleFromSchema } from '../src/responses/sample-from-schema.js';
import { REPO_SPEC, repoDocument, startMock } from './helpers/mock.js';

// Values of every JSON type and of lengths and ranges schemas tend to bound.
const CANDIDATES = [null, '', 'x', 'x'.repeat(101), 'x'.repeat(5000), 'image', 'team', 'Not-a-date', '2026-11-21T10:00:00Z', 0, -1, 1, 1.5, 2 ** 31, true, false, [], ['product'], ['a'.repeat(100)], new Array(21).fill('t'), {}, { prompt: 'p' }];

function jsonSchemaOf(doc, node) {
  return deref(doc, deref(doc, node)?.content?.['application/json'])?.schema;
}

function exampleOf(doc, node) {
  const media = deref(doc, deref(doc, node)?.content?.['application/json']);
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const named = Object.values(media.examples ?? {})[0];
  return named !== undefined ? deref(doc, named).value : sampleFromSchema(media.schema, doc);
}

describe('the split answer check', () => {
  it('agrees with the whole schema on every JSON request/answer pair of the spec, one property changed at a time', () => {
    const { doc } = loadSpec(REPO_SPEC);
    const ajvPair = createAjvPair(doc);
    const validators = createResponseValidators(doc, ajvPair);
    let pairs = 0;
    let trustedPasses = 0;
    let compared = 0;
    for (const op of listOperations(doc)) {
      const requestSchema = jsonSchemaOf(doc, op.requestBody);
      const status = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s)).sort()[0];
      const responseSchema = status && jsonSchemaOf(doc, op.responses[status]);
      if (!requestSchema || !responseSchema) continue;
      const validateRequest = compileBody(deref(doc, op.requestBody), doc, ajvPair).pick('application/json').validate;
      const template = exampleOf(doc, op.responses[status]);
      const requestExample = exampleOf(doc, op.requestBody);
      if (!template || typeof template !== 'object' || Array.isArray(template) || !requestExample || typeof requestExample !== 'object') continue;
      pairs++;
      const check = (value, body) => {
        const split = validators.check(op, Number(status), 'application/json', value, { schema: requestSchema, body });
        const whole = validators.check(op, Number(status), 'application/json', value);
        assert.deepEqual(split, whole, `${op.operationId}: ${JSON.stringify(value).slice(0, 200)}`);
        compared++;
        return whole === null;
      };
      const names = new Set([...Object.keys(template), ...Object.keys(requestExample)]);
      for (const name of names) {
        for (const candidate of CANDIDATES) {
          // Sent in a request the request schema accepts, and taken over as it is.
          const body = structuredClone(requestExample);
          body[name] = candidate;
          if (validateRequest(body) === null) {
            const value = mergeInto(template, body);
            if (check(value, body) && Object.hasOwn(value, name) && value[name] === body[name]) trustedPasses++;
          }
          // Not from the request (the example's field replaced), so checked again.
          const value = mergeInto(template, requestExample);
          value[name] = candidate;
          check(value, requestExample);
          // The request's value, changed after it was checked: no longer the value it sent.
          if (candidate !== null && typeof candidate === 'object') {
            const sent = structuredClone(requestExample);
            sent[name] = structuredClone(candidate);
            if (validateRequest(sent) === null) {
              const built = mergeInto(template, sent);
              if (Array.isArray(built[name])) built[name] = [...built[name], 'x'.repeat(500)];
              check(built, sent);
            }
          }
        }
      }
    }
    assert.ok(pairs >= 8, `only ${pairs} request/answer pairs in the spec`);
    assert.ok(trustedPasses > 100, `the split check took over only ${trustedPasses} sent values`);
    assert.ok(compared > 2000);
  });

  it('checks again a field whose request schema differs from the answer\'s', () => {
    const doc = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Name: { type: 'string', maxLength: 100 },
          ShortName: { type: 'string', maxLength: 10 },
          // Converts differently per direction: `id` is required in answers only.
          Ref: { type: 'object', required: ['id', 'label'], properties: { id: { type: 'string', readOnly: true }, label: { type: 'string' } } },
          // Converts alike: a description differs, nothing that decides a verdict.
          Tag: { type: 'string', pattern: '^[a-z]+$', description: 'a tag' },
        },
      },
    };
    const ajvPair = createAjvPair(doc);
    const split = createSplitChecks(doc, ajvPair.strict);
    const request = { type: 'object', properties: { name: { $ref: '#/components/schemas/Name' }, ref: { $ref: '#/components/schemas/Ref' }, tag: { $ref: '#/components/schemas/Tag' }, n: { type: 'integer', maximum: 5 } } };
    const answer = { type: 'object', required: ['name'], properties: { name: { $ref: '#/components/schemas/ShortName' }, ref: { $ref: '#/components/schemas/Ref' }, tag: { type: 'string', pattern: '^[a-z]+$', description: 'another text' }, n: { type: 'integer', maximum: 5 } } };
    const check = split.compile(answer, request);
    const body = { name: 'a name longer than ten', ref: { label: 'l' }, tag: 'ok', n: 3 };
    // `name` (other maxLength) and `ref` (other `required` in answers) are checked again: both fail.
    assert.equal(check({ ...body }, body), false);
    assert.equal(check({ ...body, name: 'short' }, body), false);
    assert.equal(check({ ...body, name: 'short', ref: { id: 'r', label: 'l' } }, body), true);
    // `tag` and `n` agree: their sent values are taken over; a value that was not sent is checked.
    assert.equal(check({ name: 'short', tag: 'ok', n: 3 }, body), true);
    assert.equal(check({ name: 'short', tag: 'NOT OK', n: 3 }, body), false);
    assert.equal(check({ name: 'short', tag: 'ok', n: 9 }, body), false);
    // The last verdict per value is reused only for the same value.
    assert.equal(check({ name: 'short', tag: 'ok', n: 9 }, body), false);
    assert.equal(check({ name: 'short', tag: 'ok', n: 4 }, body), true);
    // The object-level keywords are still checked: `name` is required.
    assert.equal(check({ tag: 'ok' }, { tag: 'ok' }), false);
  });

  it('does not split schemas whose verdict is not per property', () => {
    const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} };
    const split = createSplitChecks(doc, createAjvPair(doc).strict);
    const request = { type: 'object', properties: { a: { type: 'string' } } };
    assert.equal(split.compile({ allOf: [{ type: 'object', properties: { a: { type: 'string' } } }] }, request), null);
    assert.equal(split.compile({ type: 'object', properties: { a: { type: 'string' } }, oneOf: [{ required: ['a'] }] }, request), null);
    assert.equal(split.compile({ type: 'object', nullable: true, properties: { a: { type: 'string' } } }, request), null);
    assert.equal(split.compile({ type: 'object', properties: { a: { type: 'string' } } }, { allOf: [request] }), null);
    assert.notEqual(split.compile({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, request), null);
  });
});

describe('a create whose JSON body has no schema', () => {
  it('is checked whole, never trusted', async () => {
    const { doc, dir } = repoDocument();
    delete doc.paths['/templates'].post.requestBody.content['application/json'].schema;
    const m = await startMock({ document: doc, specDir: dir, stateful: true });
    try {
      const headers = { 'x-api-key': 'sk_test_split', 'content-type': 'application/json' };
      const ok = await m.api('/templates', { method: 'POST', headers, body: JSON.stringify({ name: 'Rainy', kind: 'image', prompt: 'rain' }) });
      assert.equal(ok.status, 201);
      assert.equal(ok.json.name, 'Rainy');
      // Not checked on the way in, so the answer's check decides: the example answers instead.
      const long = await m.api('/templates', { method: 'POST', headers, body: JSON.stringify({ name: 'x'.repeat(500), kind: 'image', prompt: 'rain' }) });
      assert.equal(long.status, 201);
      assert.notEqual(long.json.name, 'x'.repeat(500));
      assert.deepEqual(m.internalErrors, []);
    } finally {
      await m.close();
    }
  });
});
