// x-waiter derivation: poll operations are marked for the templates; bad x-long-running values
// fail naming the spec, the JSON pointer and the reason.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addDerivedExtensions } from '../../generators/lib/derived-extensions.mjs';
import { hasExternalRefs } from '../../generators/lib/spec.mjs';
import { methodNameByRule, paramsTypeName, sdkMethod, sdkParamsName, singularClass } from '../../generators/lib/sdk-names.mjs';

const lro = (pollOperation, terminalStates = ['succeeded', 'failed']) => ({ statusField: 'status', terminalStates, pollOperation });
const spec = (extra = {}) => ({
  paths: {
    '/jobs/image': { post: { operationId: 'createImageJob', 'x-long-running': lro('getJob') } },
    '/jobs/video': { post: { operationId: 'createVideoJob', 'x-long-running': lro('getJob') } },
    '/jobs/{jobId}': { get: { operationId: 'getJob' } },
    '/reports/{id}': { get: { operationId: 'retrieveComplianceReport' } },
    ...extra,
  },
});

test('each poll operation gets one x-waiter naming every operation that starts it', () => {
  const doc = spec({ '/reports': { post: { operationId: 'createComplianceReport', 'x-long-running': lro('retrieveComplianceReport', ['ready']) } } });
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  assert.deepEqual(doc.paths['/jobs/{jobId}'].get['x-waiter'], {
    name: 'Job', statusField: 'status', terminalStates: ['succeeded', 'failed'], startedBy: ['createImageJob', 'createVideoJob'], sdkMethod: 'waitForJob',
  });
  assert.equal(doc.paths['/reports/{id}'].get['x-waiter'].name, 'ComplianceReport');
  const tagged = spec();
  tagged.paths['/jobs/{jobId}'].get.tags = ['jobs'];
  addDerivedExtensions(tagged, 'api.yaml');
  assert.equal(tagged.paths['/jobs/{jobId}'].get['x-waiter'].sdkMethod, 'waitFor', 'getJob is jobs.retrieve, so its waiter is jobs.waitFor');
  assert.equal(doc.paths['/jobs/image'].post['x-waiter'], undefined);
});

test('a spec that already names its methods and resources and has no x-long-running is left as it is', () => {
  const named = () => ({ operationId: 'listPets', tags: ['pets'], 'x-sdk-method': 'all', 'x-sdk-resource': 'pets', 'x-sdk-resource-class': 'Pets', 'x-sdk-params-name': 'PetAllParams' });
  const doc = { paths: { '/pets': { get: named() } } };
  assert.equal(addDerivedExtensions(doc, 'pets.yaml'), false);
  assert.deepEqual(doc, { paths: { '/pets': { get: named() } } });
});

test('bad x-long-running values name the spec, pointer and reason', () => {
  const cases = [
    [{ '/x': { post: { operationId: 'createX', 'x-long-running': lro('getNothing') } } }, "spec api.yaml: /paths/~1x/post/x-long-running/pollOperation names 'getNothing', which is not an operationId of this spec"],
    [{ '/x': { post: { operationId: 'createX', 'x-long-running': { pollOperation: 'getJob', terminalStates: ['done'] } } } }, 'spec api.yaml: /paths/~1x/post/x-long-running/statusField must be a property name'],
    [{ '/x': { post: { operationId: 'createX', 'x-long-running': lro('getJob', ['done']) } } }, "spec api.yaml: /paths/~1x/post/x-long-running polls 'getJob' like createImageJob does, but with another statusField or terminalStates"],
  ];
  for (const [extra, message] of cases) assert.throws(() => addDerivedExtensions(spec(extra), 'api.yaml'), { message });
});

test('external $refs are detected (such specs are given to the generators unstaged)', () => {
  assert.equal(hasExternalRefs({ a: [{ $ref: '#/components/schemas/A' }] }), false);
  assert.equal(hasExternalRefs({ a: [{ b: { $ref: 'common.yaml#/components/schemas/A' } }] }), true);
});

test('the page body of each x-pagination operation gets x-list-page naming its item schema', () => {
  const paging = { cursorParam: 'cursor', limitParam: 'limit', itemsField: 'data', nextCursorField: 'nextCursor' };
  const ok = { content: { 'application/json': { schema: { $ref: '#/components/schemas/TemplateList' } } } };
  const doc = {
    paths: { '/templates': { get: { operationId: 'listTemplates', 'x-pagination': paging, responses: { 200: ok } } } },
    components: { schemas: { TemplateList: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Template' } }, nextCursor: { type: 'string' } } }, Template: { type: 'object' } } },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  assert.deepEqual(doc.components.schemas.TemplateList['x-list-page'], { itemsField: 'data', nextCursorField: 'nextCursor', itemSchema: 'Template', operations: ['listTemplates'] });
  assert.equal(doc.components.schemas.Template['x-list-page'], undefined);

  doc.components.schemas.TemplateList.properties.data = { type: 'string' };
  delete doc.components.schemas.TemplateList['x-list-page'];
  assert.throws(() => addDerivedExtensions(doc, 'api.yaml'), { message: "spec api.yaml: /components/schemas/TemplateList/properties/data must be an array: listTemplates's x-pagination names it as itemsField" });
});

test('operations with a 2xx text/event-stream response get x-event-stream naming the event schema', () => {
  const stream = (media) => ({ 200: { content: { 'text/event-stream': media } }, 404: { content: { 'application/json': {} } } });
  const doc = {
    paths: {
      '/a/events': { get: { operationId: 'streamA', responses: stream({ schema: { type: 'string', 'x-event-schema': { $ref: '#/components/schemas/Ev' } } }) } },
      '/b/events': { get: { operationId: 'streamB', responses: stream({ schema: { type: 'string' } }) } },
      '/c': { get: { operationId: 'getC', responses: { 200: { content: { 'application/json': {} } }, 406: { content: { 'text/event-stream': {} } } } } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  assert.deepEqual(doc.paths['/a/events'].get['x-event-stream'], { eventSchema: '#/components/schemas/Ev', eventModel: 'Ev' });
  assert.deepEqual(doc.paths['/b/events'].get['x-event-stream'], { eventSchema: null, eventModel: null });
  assert.equal(doc.paths['/c'].get['x-event-stream'], undefined);
});

test('every operation gets x-sdk-method: the spec\'s own, else the naming rule', () => {
  const doc = {
    paths: {
      '/pets': { get: { operationId: 'listPets', tags: ['pets'] }, post: { operationId: 'addPet', tags: ['pets'], 'x-sdk-method': 'add' } },
      '/pets/{id}': { get: { operationId: 'getPetById', tags: ['pets'] } },
      '/store/inventory': { get: { operationId: 'getInventory', tags: ['store'] } },
      '/ping': { get: { operationId: 'ping' } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'pets.yaml'), true);
  const names = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => [op.operationId, op['x-sdk-method']]));
  assert.deepEqual(names, [['listPets', 'list'], ['addPet', 'add'], ['getPetById', 'retrieveById'], ['getInventory', 'retrieveInventory'], ['ping', 'ping']]);
  const resources = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op['x-sdk-resource']));
  assert.deepEqual(resources, ['pets', 'pets', 'pets', 'store', 'general']);
  assert.equal(doc.paths['/store/inventory'].get['x-sdk-resource-class'], 'Store');
});

test('bad or clashing x-sdk-method values name the spec, pointer and reason', () => {
  const cases = [
    [{ '/a': { get: { operationId: 'listA', tags: ['a'], 'x-sdk-method': 'List_A' } } }, 'spec api.yaml: /paths/~1a/get/x-sdk-method "List_A" is not a camelCase identifier (^[a-z][A-Za-z0-9]*$)'],
    [{ '/a': { get: { operationId: 'listA', tags: ['a'], 'x-sdk-method': 'all' }, post: { operationId: 'createA', tags: ['a'], 'x-sdk-method': 'all' } } }, "spec api.yaml: /paths/~1a/post/x-sdk-method 'all' is already the method of listA in tag 'a'"],
    [{ '/a': { get: { operationId: 'listA', tags: ['a'], 'x-sdk-method': 'retrieve' } }, '/a/{id}': { get: { operationId: 'getA', tags: ['a'] } } }, "spec api.yaml: /paths/~1a~1{id}/get 'retrieve' is already the method of listA in tag 'a' by the naming rule; give getA an x-sdk-method"],
  ];
  for (const [paths, message] of cases) assert.throws(() => addDerivedExtensions({ paths }, 'api.yaml'), { message });
});

test('one naming rule: the fallback reproduces the names openapi.yaml gives by rule', () => {
  assert.equal(methodNameByRule('getApiKey', 'apiKeys'), 'retrieve');
  assert.equal(methodNameByRule('listBackupPolicies', 'backups'), 'listPolicies');
  assert.equal(methodNameByRule('createImageJob', 'jobs'), 'createImage');
  assert.equal(methodNameByRule('getComplianceReport', 'compliance'), 'retrieveReport');
  assert.equal(methodNameByRule('createToken', 'auth'), 'createToken');
  assert.equal(sdkMethod({ operationId: 'getLiveness', tags: ['health'], 'x-sdk-method': 'liveness' }), 'liveness');
  assert.equal(sdkMethod({ operationId: 'getLiveness', tags: ['health'] }), 'retrieveLiveness');
});

test('the call shape: Idempotency-Key is the per-call option; x-sdk-params says whether params is required', () => {
  const key = { name: 'Idempotency-Key', in: 'header', schema: { type: 'string' } };
  const doc = {
    paths: {
      '/a': {
        parameters: [{ name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } }],
        get: { operationId: 'listA', tags: ['a'] },
      },
      '/b': {
        post: { operationId: 'createB', tags: ['b'], parameters: [{ $ref: '#/components/parameters/Key' }] },
        get: { operationId: 'listB', tags: ['b'], parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }] },
      },
    },
    components: { parameters: { Key: key } },
  };
  addDerivedExtensions(doc, 'api.yaml');
  assert.deepEqual(doc.paths['/a'].get['x-sdk-params'], { required: true, name: 'AListParams' });
  assert.deepEqual(doc.paths['/b'].get['x-sdk-params'], { required: false, name: 'BListParams' });
  assert.equal(doc.paths['/b'].post['x-sdk-params'], undefined, 'no params argument: the JavaScript SDK reads the presence of x-sdk-params');
  assert.equal(doc.paths['/b'].post['x-sdk-params-name'], 'BCreateParams', 'every operation has a params type name (C# puts form fields in it)');
  assert.equal(key['x-sdk-request-option'], 'idempotencyKey');
});

test('one params type name per operation: <singular resource class><Pascal method>Params', () => {
  const cases = [
    ['templates', 'list', 'TemplateListParams'], ['jobs', 'createImage', 'JobCreateImageParams'],
    ['backups', 'listPolicies', 'BackupListPoliciesParams'], ['apiKeys', 'list', 'ApiKeyListParams'],
    ['auditEvents', 'list', 'AuditEventListParams'], ['policies', 'retrieve', 'PolicyRetrieveParams'],
    ['compliance', 'createReport', 'ComplianceCreateReportParams'], ['auth', 'me', 'AuthMeParams'],
    ['status', 'retrieve', 'StatusRetrieveParams'], ['access', 'grant', 'AccessGrantParams'],
  ];
  for (const [tag, method, name] of cases) assert.equal(paramsTypeName(tag, method), name, `${tag} + ${method}`);
  assert.equal(singularClass('Metrics'), 'Metric');
  assert.equal(sdkParamsName({ operationId: 'listBackupPolicies', tags: ['backups'] }), 'BackupListPoliciesParams', 'the method by rule when the spec gives none');
  assert.equal(sdkParamsName({ operationId: 'getLiveness', tags: ['health'], 'x-sdk-method': 'liveness' }), 'HealthLivenessParams');
  assert.equal(sdkParamsName({ operationId: 'ping' }), 'GeneralPingParams', 'an untagged operation is on the general resource');

  const doc = {
    paths: {
      '/templates': { get: { operationId: 'listTemplates', tags: ['templates'], parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }] } },
      '/jobs/image': { post: { operationId: 'createImageJob', tags: ['jobs'] } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  assert.deepEqual(doc.paths['/templates'].get['x-sdk-params'], { required: false, name: 'TemplateListParams' });
  assert.equal(doc.paths['/templates'].get['x-sdk-params-name'], 'TemplateListParams');
  assert.equal(doc.paths['/jobs/image'].post['x-sdk-params-name'], 'JobCreateImageParams');
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), false, 'a staged spec is derived once: a second pass adds nothing');
});

test('two operations, or an operation and a schema, with one params type name fail naming both', () => {
  const cases = [
    [{ paths: { '/job': { get: { operationId: 'listJob', tags: ['job'], 'x-sdk-method': 'list' } }, '/jobs': { get: { operationId: 'listJobs', tags: ['jobs'] } } } },
      "spec api.yaml: /paths/~1jobs/get params type name 'JobListParams' (from x-sdk-resource 'jobs' and x-sdk-method 'list') is already that of listJob; give one of them another x-sdk-method"],
    [{ paths: { '/jobs': { get: { operationId: 'listJobs', tags: ['jobs'] } } }, components: { schemas: { JobListParams: { type: 'object' } } } },
      "spec api.yaml: /paths/~1jobs/get params type name 'JobListParams' is already the name of the schema /components/schemas/JobListParams; give listJobs another x-sdk-method"],
  ];
  for (const [doc, message] of cases) assert.throws(() => addDerivedExtensions(doc, 'api.yaml'), { message });
});

test('openapi.yaml and petstore-plus.yaml give every operation a params type name of its own', async () => {
  const { readFile } = await import('node:fs/promises');
  const { parse } = await import('yaml');
  for (const file of ['../../openapi.yaml', './petstore-plus.yaml']) {
    const doc = parse(await readFile(new URL(file, import.meta.url), 'utf8'));
    addDerivedExtensions(doc, file);
    const names = Object.values(doc.paths).flatMap((item) => Object.values(item).filter((op) => op?.operationId).map((op) => op['x-sdk-params-name']));
    assert.ok(names.length > 0 && names.every((n) => /^[A-Z][A-Za-z0-9]*Params$/.test(n)), file);
    assert.equal(new Set(names).size, names.length, `${file}: no two operations share a params type name`);
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item).filter((o) => o?.operationId)) {
        assert.equal(sdkParamsName(op), op['x-sdk-params-name'], `${op.operationId}: the TypeScript client's name (read from the unstaged spec) is the SDKs' name`);
      }
    }
  }
  const doc = parse(await readFile(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
  addDerivedExtensions(doc, 'openapi.yaml');
  assert.equal(doc.paths['/templates'].get['x-sdk-params'].name, 'TemplateListParams');
});

test('an operation without operationId gets one from its method and path, unique, and so a method and resource', () => {
  const doc = {
    openapi: '3.0.3',
    paths: {
      '/nestedTest': { put: { responses: { 200: { description: 'ok' } } } },
      '/pets/{id}': { get: { responses: { 200: { description: 'ok' } } } },
      '/pets/{id}/': { get: { responses: { 200: { description: 'ok' } } } },
      '/named': { get: { operationId: 'getPetsById', responses: { 200: { description: 'ok' } } } },
      '/': { get: { responses: { 200: { description: 'ok' } } } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  const ids = ['/nestedTest', '/pets/{id}', '/pets/{id}/', '/named', '/'].map((p) => Object.values(doc.paths[p])[0].operationId);
  assert.deepEqual(ids, ['putNestedTest', 'getPetsById2', 'getPetsById3', 'getPetsById', 'get']);
  const put = doc.paths['/nestedTest'].put;
  assert.equal(put['x-sdk-method'], 'putNestedTest');
  assert.equal(put['x-sdk-resource'], 'general');
});
