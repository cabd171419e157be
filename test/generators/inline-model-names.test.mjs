// Inline schemas whose model name would be a component's get a free title in the staged copy
// (generators/lib/inline-model-names.mjs); without it one model file overwrote the other.
import test from 'node:test';
import assert from 'node:assert/strict';
import { modelKey, separateInlineModelNames } from '../../generators/lib/inline-model-names.mjs';
import { addDerivedExtensions } from '../../generators/lib/derived-extensions.mjs';

const object = (title, props = { id: { type: 'integer' } }) => ({ ...(title ? { title } : {}), type: 'object', properties: props });
const json = (schema) => ({ content: { 'application/json': { schema } } });

function doc() {
  return {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/hooks': {
        post: {
          operationId: 'hook',
          requestBody: json({ type: 'object', properties: { repository: object('Repository'), other: object('Repository'), label: object('Label') } }),
          responses: { 200: { description: 'ok', ...json(object('Fresh name')) } },
        },
      },
    },
    components: {
      schemas: {
        repository: object('Repository', { name: { type: 'string' } }),
        'repository-ruleset': { type: 'object', properties: { conditions: { anyOf: [{ $ref: '#/components/schemas/repository' }, object()] } } },
        'repository-ruleset-conditions': object(),
        Repository_1: object(), // taken already: the new title skips it
        label: { type: 'string' }, // a component that is no model is still a name openapi-generator uses
      },
    },
  };
}

test('model keys compare as openapi-generator names models, without case', () => {
  assert.equal(modelKey('repository-ruleset_conditions'), modelKey('RepositoryRulesetConditions'));
  assert.equal(modelKey('Simple User'), 'simpleuser');
  assert.notEqual(modelKey('Repository_1'), modelKey('Repository'));
});

test('a titled inline schema named like a component gets the first free title, shared by same-named ones', () => {
  const d = doc();
  const renames = separateInlineModelNames(d);
  const props = d.paths['/hooks'].post.requestBody.content['application/json'].schema.properties;
  assert.equal(props.repository.title, 'Repository_2');
  assert.equal(props.other.title, 'Repository_2');
  assert.equal(props.label.title, 'Label_1');
  assert.equal(d.paths['/hooks'].post.responses[200].content['application/json'].schema.title, 'Fresh name', 'a free title is kept');
  assert.equal(d.components.schemas.repository.title, 'Repository', "a component's own title is kept");
  assert.deepEqual(renames.map((r) => [r.from, r.to]), [
    ['Repository', 'Repository_2'],
    ['Repository', 'Repository_2'],
    ['Label', 'Label_1'],
    ['repository-ruleset_conditions', 'repository-ruleset_conditions_1'],
  ]);
  assert.equal(renames[0].pointer, '/paths/~1hooks/post/requestBody/content/application~1json/schema/properties/repository');
});

test("an untitled property of a component named <component>_<property> like another component gets a title", () => {
  const d = doc();
  separateInlineModelNames(d);
  assert.equal(d.components.schemas['repository-ruleset'].properties.conditions.title, 'repository-ruleset_conditions_1');
});

test('the renaming is idempotent and a document without collisions is left as it is', () => {
  const d = doc();
  separateInlineModelNames(d);
  const once = structuredClone(d);
  assert.deepEqual(separateInlineModelNames(d), []);
  assert.deepEqual(d, once);
  const clean = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { pet: object('Pet'), owner: object(null, { pet: object('Animal') }) } } };
  const before = structuredClone(clean);
  assert.deepEqual(separateInlineModelNames(clean), []);
  assert.deepEqual(clean, before);
});

test('the staging step applies it (addDerivedExtensions)', () => {
  const d = doc();
  addDerivedExtensions(d, 'spec.yaml');
  assert.equal(d.paths['/hooks'].post.requestBody.content['application/json'].schema.properties.repository.title, 'Repository_2');
});
