// A document the generator cannot serve fails naming file, JSON pointer and reason, before
// anything is written; problems that do not stop generation are warnings (errors with
// --strict-spec); openapi-generator's own validation is skipped so ours is the one verdict.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSpec, validateSpec } from '../../generators/lib/validate-spec.mjs';
import { summarise } from '../../generators/lib/spec-structure.mjs';
import { typeMismatch } from '../../generators/lib/spec-serviceable.mjs';
import { loadSpec } from '../../generators/lib/spec.mjs';
import { buildBatchConfig } from '../../generators/lib/batch-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const json = () => ({ 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } });
const doc = (mutate = () => {}) => {
  const d = {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } }],
          responses: { 200: { description: 'ok', content: json() }, default: { description: 'error' } },
        },
      },
    },
    components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } } },
  };
  mutate(d);
  return d;
};
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sais-validate-'));

test('a sound document has neither errors nor warnings', async () => {
  assert.deepEqual(await validateSpec(doc()), { errors: [], warnings: [] });
});

test('openapi.yaml and petstore-plus.yaml are sound, without warnings', async () => {
  for (const file of ['openapi.yaml', 'test/generators/petstore-plus.yaml']) {
    assert.deepEqual(await validateSpec(loadSpec(path.join(root, file)).doc), { errors: [], warnings: [] }, file);
  }
});

test('an array without items is an error at the schema\'s pointer', async () => {
  const { errors } = await validateSpec(doc((d) => delete d.components.schemas.Pet.properties.tags.items));
  assert.deepEqual(errors, [{ pointer: '/components/schemas/Pet/properties/tags', reason: 'is `type: array` without `items` (OpenAPI 3.0 requires `items`; the SDKs could not type the elements)' }]);
  const inline = await validateSpec(doc((d) => {
    d.paths['/pets'].post = { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { 'a/b': { type: 'array' } } } } } }, responses: { 204: { description: 'ok' } } };
  }));
  assert.equal(inline.errors[0].pointer, '/paths/~1pets/post/requestBody/content/application~1json/schema/properties/a~1b');
});

test('a dangling local $ref is an error naming it; a $ref to another file is not checked here', async () => {
  const { errors } = await validateSpec(doc((d) => { d.paths['/pets'].get.responses[200].content['application/json'].schema.$ref = '#/components/schemas/Pets'; }));
  assert.deepEqual(errors, [{ pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref', reason: "'#/components/schemas/Pets' does not resolve: nothing in this document is at that pointer" }]);
  const param = await validateSpec(doc((d) => { d.paths['/pets'].get.parameters.push({ $ref: '#/components/parameters/Missing' }); }));
  assert.equal(param.errors[0].pointer, '/paths/~1pets/get/parameters/1/$ref');
  const external = await validateSpec(doc((d) => { d.components.schemas.Pet.properties.owner = { $ref: 'common.yaml#/Owner' }; }));
  assert.deepEqual(external.errors, []);
});

test('structural problems come from the OpenAPI 3.0 schema, one line per pointer', async () => {
  const unknownField = await validateSpec(doc((d) => { d.paths['/pets'].get.summaryy = 'typo'; }));
  assert.deepEqual(unknownField.errors, [{ pointer: '/paths/~1pets/get/summaryy', reason: 'is not allowed here (not an OpenAPI 3.0 field of this object)' }]);
  const noResponses = await validateSpec(doc((d) => { d.paths['/pets'].get.responses = {}; }));
  assert.deepEqual(noResponses.errors, [{ pointer: '/paths/~1pets/get/responses', reason: 'must have at least 1 entry' }]);
  const badType = await validateSpec(doc((d) => { d.components.schemas.Pet.properties.name.type = 'str'; }));
  assert.deepEqual(badType.errors, [{ pointer: '/components/schemas/Pet/properties/name/type', reason: 'must be one of "array", "boolean", "integer", "number", "object", "string"' }]);
  // The Reference branch and the oneOf summaries above the real error are dropped.
  const ajv = [
    { instancePath: '/a/b', keyword: 'required', params: { missingProperty: 'description' }, message: 'x' },
    { instancePath: '/a/b', keyword: 'required', params: { missingProperty: '$ref' }, message: 'x' },
    { instancePath: '/a', keyword: 'oneOf', params: {}, message: 'must match exactly one schema in oneOf' },
  ];
  assert.deepEqual(summarise(ajv), [{ pointer: '/a/b', reason: "must have 'description'" }]);
});

test('a default or example of the wrong type, or an encoding of no property, is a warning with its pointer', async () => {
  const { errors, warnings } = await validateSpec(doc((d) => {
    d.paths['/pets'].get.parameters[0].schema.default = '20';
    d.components.schemas.Pet.properties.name.default = null;
    d.components.schemas.Pet.properties.name.example = 7;
    d.paths['/pets'].post = {
      requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string' } } }, encoding: { primitive: { style: 'form' } } } } },
      responses: { 204: { description: 'ok' } },
    };
  }));
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings.map((w) => `${w.pointer} ${w.reason}`).sort(), [
    '/components/schemas/Pet/properties/name/default is null, but the schema is not `nullable: true`',
    "/components/schemas/Pet/properties/name/example is an integer (7), but the schema's type is string",
    '/paths/~1pets/get/parameters/0/schema/default is a string ("20"), but the schema\'s type is integer',
    "/paths/~1pets/post/requestBody/content/multipart~1form-data/encoding/primitive names no property of the media type's schema; ignored",
  ]);
  assert.equal(typeMismatch({ type: 'string', nullable: true }, null), null);
  assert.equal(typeMismatch({ type: 'number' }, 3), null);
  assert.equal(typeMismatch({ oneOf: [] }, 'x'), null, 'no declared type: nothing to compare');
});

test('checkSpec: warnings are printed and pass; --strict-spec and errors throw naming file, pointer, reason', async () => {
  const file = path.join(root, 'api.yaml');
  const mistyped = doc((d) => { d.paths['/pets'].get.parameters[0].schema.default = '20'; });
  const printed = [];
  await checkSpec({ file, doc: mistyped }, { warn: (l) => printed.push(l) });
  assert.equal(printed[0], 'warning: spec api.yaml: /paths/~1pets/get/parameters/0/schema/default is a string ("20"), but the schema\'s type is integer');
  await assert.rejects(checkSpec({ file, doc: mistyped }, { strict: true, warn: () => {} }), {
    name: 'UsageError',
    message: 'spec api.yaml: cannot generate from this document, nothing was written; 1 problem (--strict-spec: warnings count as errors):\n  - /paths/~1pets/get/parameters/0/schema/default is a string ("20"), but the schema\'s type is integer',
  });
  await assert.rejects(checkSpec({ file, doc: doc((d) => delete d.components.schemas.Pet.properties.tags.items) }, { warn: () => {} }), {
    message: /^spec api\.yaml: cannot generate from this document, nothing was written; 1 problem:\n {2}- \/components\/schemas\/Pet\/properties\/tags is `type: array` without `items`/,
  });
});

test('generate.mjs refuses such a document before writing anything, and --strict-spec refuses warnings', () => {
  const dir = tmp();
  try {
    const cases = [
      [doc((d) => delete d.components.schemas.Pet.properties.tags.items), [], /\/components\/schemas\/Pet\/properties\/tags is `type: array` without `items`/],
      [doc((d) => { d.paths['/pets'].get.parameters[0].schema.default = '20'; }), ['--strict-spec'], /--strict-spec: warnings count as errors/],
    ];
    for (const [spec, flags, reason] of cases) {
      const file = path.join(dir, 'api.json');
      const out = path.join(dir, 'out');
      fs.writeFileSync(file, JSON.stringify(spec));
      const run = spawnSync(process.execPath, [path.join(root, 'generators/generate.mjs'), '--spec', file, '--out', out, ...flags], { encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, new RegExp(`^error: spec ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot generate from this document, nothing was written`, 'm'));
      assert.match(run.stderr, reason);
      assert.doesNotMatch(run.stdout, /openapi-generator/, 'the generator never started');
      assert.equal(fs.existsSync(out), false, 'nothing written');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every batch config skips openapi-generator\'s validation (ours is the one verdict)', () => {
  const dir = tmp();
  try {
    const langDir = path.join(dir, 'generators', 'demo');
    fs.mkdirSync(path.join(langDir, 'templates'), { recursive: true });
    const configFile = path.join(langDir, 'config.yaml');
    fs.writeFileSync(configFile, 'generatorName: python\ntemplateDir: templates\n');
    const config = buildBatchConfig({ lang: 'demo', dir: langDir, configFile }, { file: path.join(root, 'openapi.yaml'), version: '1.0.0' }, path.join(dir, 'out'), dir);
    assert.equal(config.validateSpec, false);
    // A file of the repository outside the language folder (the root LICENSE) is staged too.
    fs.writeFileSync(configFile, `generatorName: python\ntemplateDir: templates\nfiles:\n  ${path.relative(path.join(langDir, 'templates'), path.join(root, 'LICENSE'))}:\n    destinationFilename: LICENSE\n`);
    const withLicense = buildBatchConfig({ lang: 'demo', dir: langDir, configFile }, { file: 'x', version: '1' }, dir, dir);
    assert.deepEqual(Object.keys(withLicense.files), ['_repo/LICENSE']);
    assert.ok(fs.existsSync(path.join(withLicense.templateDir, '_repo', 'LICENSE')));
    fs.writeFileSync(configFile, 'generatorName: python\nfiles:\n  /etc/hostname:\n    destinationFilename: h\n');
    assert.throws(() => buildBatchConfig({ lang: 'demo', dir: langDir, configFile }, { file: 'x', version: '1' }, dir, dir), { message: /\/files\/\/etc\/hostname points outside the repository/ });
    fs.writeFileSync(configFile, 'generatorName: python\nvalidateSpec: true\n');
    assert.throws(() => buildBatchConfig({ lang: 'demo', dir: langDir, configFile }, { file: 'x', version: '1' }, dir, dir), { message: /\/validateSpec must not be set \(generate\.mjs injects it\)/ });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a JSON document is read as JSON; one JSON cannot parse gets the YAML parser\'s line and column', () => {
  const dir = tmp();
  try {
    const file = path.join(dir, 'api.json');
    fs.writeFileSync(file, JSON.stringify(doc()));
    assert.deepEqual(loadSpec(file).doc, doc());
    fs.writeFileSync(file, '{\n  "openapi": "3.0.3",\n  "info": {\n}');
    assert.throws(() => loadSpec(file), { name: 'UsageError', message: /not valid YAML\/JSON \(line \d+, column \d+\)/ });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a discriminator that could select a non-object branch is a warning with its pointer', async () => {
  const doc = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/content': {
        get: {
          operationId: 'getContent',
          responses: {
            200: {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    oneOf: [{ $ref: '#/components/schemas/dir' }, { $ref: '#/components/schemas/file' }],
                    discriminator: { propertyName: 'type', mapping: { array: '#/components/schemas/dir', file: '#/components/schemas/file' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        dir: { type: 'array', items: { $ref: '#/components/schemas/file' } },
        file: { type: 'object', properties: { type: { type: 'string' } } },
        pet: { oneOf: [{ $ref: '#/components/schemas/file' }], discriminator: { propertyName: 'type' } },
      },
    },
  };
  const { errors, warnings } = await validateSpec(doc);
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, [{
    pointer: '/paths/~1content/get/responses/200/content/application~1json/schema/discriminator',
    reason: 'can select #/components/schemas/dir, which is `type: array`, not an object (a discriminator reads a property of an object): the SDKs make no model of it and cannot decode such a value through the discriminator',
  }]);
  delete doc.paths['/content'].get.responses[200].content['application/json'].schema.discriminator.mapping;
  assert.equal((await validateSpec(doc)).warnings.length, 1, 'the implicit mapping names the array branch too');
});
