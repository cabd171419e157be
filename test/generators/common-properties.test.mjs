// x-common-properties: the properties every variant of a oneOf/anyOf schema or discriminator base
// has with one schema, so templates can give the base type getters for them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addCommonProperties, commonProperties } from '../../generators/lib/common-properties.mjs';
import { addDerivedExtensions } from '../../generators/lib/derived-extensions.mjs';

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const names = (list) => list.map((p) => `${p.name}${p.required ? '!' : ''}`);

test('a oneOf base lists the properties every variant has with the same schema, required when all require it', () => {
  const doc = {
    components: {
      schemas: {
        Job: { oneOf: [ref('ImageJob'), ref('VideoJob')], discriminator: { propertyName: 'type' } },
        ImageJob: {
          type: 'object', required: ['id', 'type', 'size'],
          properties: { id: ref('JobId'), type: { type: 'string', enum: ['image'] }, size: { type: 'integer', description: 'px' }, note: { type: 'string' }, width: { type: 'integer' } },
        },
        VideoJob: {
          type: 'object', required: ['id', 'type'],
          properties: { type: { type: 'string', enum: ['video'] }, id: ref('JobId'), size: { type: 'integer', description: 'bytes', example: 3 }, note: { type: 'string' }, width: { type: 'number' } },
        },
        JobId: { type: 'string' },
      },
    },
  };
  assert.equal(addCommonProperties(doc), true);
  assert.deepEqual(doc.components.schemas.Job['x-common-properties'], [
    { name: 'id', required: true, schema: ref('JobId'), model: 'JobId' },
    { name: 'size', required: false, schema: { type: 'integer', description: 'px' }, model: null },
    { name: 'note', required: false, schema: { type: 'string' }, model: null },
  ], 'type (different enums) and width (integer vs number) are not common; documentation does not count; order is the first variant\'s');
  assert.equal(addCommonProperties(doc), false, 'a second pass adds nothing');
});

test('allOf members count as the variant\'s own; a discriminator base without oneOf has its allOf children as variants', () => {
  const doc = {
    components: {
      schemas: {
        Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, name: { type: 'string' } }, discriminator: { propertyName: 'petType' } },
        Cat: { allOf: [ref('Pet'), { type: 'object', properties: { lives: { type: 'integer' }, owner: ref('Owner') } }] },
        Dog: { allOf: [ref('Pet'), { type: 'object', required: ['owner'], properties: { bark: { type: 'boolean' }, owner: ref('Owner') } }] },
        Owner: { type: 'object' },
        Shelter: { anyOf: [ref('Cat'), ref('Dog')] },
        Mapped: { type: 'object', properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind', mapping: { c: 'Cat', d: '#/components/schemas/Dog' } } },
      },
    },
  };
  addCommonProperties(doc);
  assert.deepEqual(names(doc.components.schemas.Pet['x-common-properties']), ['petType!', 'name', 'owner']);
  assert.deepEqual(names(doc.components.schemas.Shelter['x-common-properties']), ['petType!', 'name', 'owner']);
  assert.deepEqual(names(doc.components.schemas.Mapped['x-common-properties']), ['petType!', 'name', 'owner'], 'the mapping names the variants (a name or a $ref)');
  assert.equal(doc.components.schemas.Cat['x-common-properties'], undefined);
});

test('no common properties: a variant that is not an object, or variants sharing nothing', () => {
  const doc = {
    paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { oneOf: [{ type: 'string' }, ref('A')] } } } } } } },
    components: { schemas: { A: { type: 'object', properties: { a: { type: 'string' } } }, B: { type: 'object', properties: { b: { type: 'string' } } }, AB: { oneOf: [ref('A'), ref('B')] } } },
  };
  assert.equal(addCommonProperties(doc), false);
  assert.deepEqual(commonProperties(doc, [ref('A'), ref('A')]).map((p) => p.name), ['a']);
});

test('inline oneOf schemas get it too, and circular allOf does not loop', () => {
  const doc = {
    paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { oneOf: [ref('X'), ref('Y')] } } } } } } },
    components: { schemas: { X: { allOf: [ref('Y')], properties: { id: { type: 'string' } } }, Y: { allOf: [ref('X')], properties: { id: { type: 'string' } } } } },
  };
  addCommonProperties(doc);
  assert.deepEqual(names(doc.paths['/a'].post.requestBody.content['application/json'].schema['x-common-properties']), ['id']);
});

test('openapi.yaml: Job\'s variants share id, status, progress, timestamps and error', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parse } = await import('yaml');
  const doc = parse(await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
  addDerivedExtensions(doc, 'openapi.yaml');
  assert.deepEqual(names(doc.components.schemas.Job['x-common-properties']), ['id!', 'status!', 'progress!', 'createdAt!', 'updatedAt!', 'completedAt!', 'error!']);
});
