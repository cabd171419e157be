// x-waiter derivation: poll operations are marked for the templates; bad x-long-running values
// fail naming the spec, the JSON pointer and the reason.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addDerivedExtensions } from '../../generators/lib/derived-extensions.mjs';
import { hasExternalRefs } from '../../generators/lib/spec.mjs';
import { camelIdentifier, methodNameByRule, paramsTypeName, resourceClass, resourceProperty, sdkMethod, sdkParamsName, singular, singularClass } from '../../generators/lib/sdk-names.mjs';

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

test('bad or clashing x-sdk-method values of the spec\'s own name the spec, pointer and reason', () => {
  const cases = [
    [{ '/a': { get: { operationId: 'listA', tags: ['a'], 'x-sdk-method': 'List_A' } } }, 'spec api.yaml: /paths/~1a/get/x-sdk-method "List_A" is not a camelCase identifier (^[a-z][A-Za-z0-9]*$)'],
    [{ '/a': { get: { operationId: 'listA', tags: ['a'], 'x-sdk-method': 'all' }, post: { operationId: 'createA', tags: ['a'], 'x-sdk-method': 'all' } } }, "spec api.yaml: /paths/~1a/post/x-sdk-method 'all' is already the method of listA on resource 'a'"],
    [{ '/a': { get: { operationId: 'listA', tags: ['a-b'], 'x-sdk-method': 'all' }, post: { operationId: 'createA', tags: ['aB'], 'x-sdk-method': 'all' } } }, "spec api.yaml: /paths/~1a/post/x-sdk-method 'all' is already the method of listA on resource 'aB'"],
  ];
  for (const [paths, message] of cases) assert.throws(() => addDerivedExtensions({ paths }, 'api.yaml'), { message });
});

test('a name the rule gives twice on one resource is disambiguated: the operationId, then a number', () => {
  const op = (operationId, extra = {}) => ({ operationId, tags: ['Changelog'], ...extra });
  // readme-legacy: getChangelogs and getChangelog are both `retrieve` by the rule.
  const doc = {
    paths: {
      '/changelogs': { get: op('getChangelogs') },
      '/changelogs/{slug}': { get: op('getChangelog'), put: op('updateChangelog') },
      '/x': { get: op('x', { 'x-sdk-method': 'retrieveChangelog' }), post: op('retrieveChangelog'), put: op('retrieve-changelog') },
    },
  };
  addDerivedExtensions(doc, 'api.yaml');
  const names = [['/changelogs', 'get'], ['/changelogs/{slug}', 'get'], ['/changelogs/{slug}', 'put'], ['/x', 'get'], ['/x', 'post'], ['/x', 'put']].map(([p, m]) => doc.paths[p][m]['x-sdk-method']);
  assert.deepEqual(names, ['retrieve', 'getChangelog', 'update', 'retrieveChangelog', 'retrieve3', 'retrieve2'],
    "the spec's own name (retrieveChangelog) is placed first; rule names avoid it, in document order (put before post)");
  assert.equal(doc.paths['/changelogs'].get['x-sdk-resource'], 'changelog');
  assert.equal(doc.paths['/changelogs'].get['x-sdk-resource-class'], 'Changelog');
  const again = structuredClone(doc);
  assert.equal(addDerivedExtensions(again, 'api.yaml'), false, 'a second pass keeps every name');
});

test('a document without vendor extensions: every operation gets an identifier method and resource; no waiter or page type', () => {
  const doc = {
    paths: {
      '/repos/{owner}/{repo}/contents/{path}': { get: { operationId: 'repos/get-content', tags: ['repos'] } },
      '/repos/{owner}/{repo}': { get: { operationId: 'repos/get', tags: ['repos'] }, delete: { operationId: 'repos/delete', tags: ['repos'] } },
      '/advisories': { get: { operationId: 'security-advisories/list-global-advisories', tags: ['security-advisories'] } },
      '/samples': { get: { operationId: 'x-code-samples', tags: ['Custom code samples'] } },
      '/pet/{id}': { get: { operationId: 'find pet by id' } },
      '/sets': { get: { operationId: 'list-data-sets', tags: ['metadata'] } },
      '/2fa': { post: { operationId: '2fa', tags: ['2FA'] } },
    },
    components: { schemas: { Pet: { type: 'object' } } },
  };
  addDerivedExtensions(doc, 'api.yaml');
  const ops = Object.values(doc.paths).flatMap((item) => Object.values(item));
  assert.deepEqual(ops.map((o) => `${o['x-sdk-resource']}.${o['x-sdk-method']}`), [
    'repos.retrieveContent', 'repos.retrieve', 'repos.delete', 'securityAdvisories.listGlobalAdvisories',
    'customCodeSamples.xCodeSamples', 'general.findPetById', 'metadata.listDataSets', 'n2fa.n2fa',
  ]);
  assert.deepEqual(ops.map((o) => o['x-sdk-resource-class']), ['Repos', 'Repos', 'Repos', 'SecurityAdvisories', 'CustomCodeSamples', 'General', 'Metadata', 'N2fa']);
  for (const o of ops) {
    assert.match(o['x-sdk-method'], /^[a-z][A-Za-z0-9]*$/);
    assert.match(o['x-sdk-params-name'], /^[A-Z][A-Za-z0-9]*Params$/);
    assert.equal(o['x-waiter'], undefined);
    assert.equal(o['x-pagination'], undefined);
  }
  assert.equal(doc.components.schemas.Pet['x-list-page'], undefined, 'page types only where x-pagination declares them');
});

test('one naming rule: the fallback reproduces the names openapi.yaml gives by rule', () => {
  assert.equal(methodNameByRule('getApiKey', 'apiKeys'), 'retrieve');
  assert.equal(methodNameByRule('listBackupPolicies', 'backups'), 'listPolicies');
  assert.equal(methodNameByRule('listStargazers', 'stars'), 'listStargazers', 'the resource noun only as a whole word');
  assert.equal(methodNameByRule('listStarsForRepo', 'stars'), 'listForRepo');
  assert.equal(methodNameByRule('createImageJob', 'jobs'), 'createImage');
  assert.equal(methodNameByRule('getComplianceReport', 'compliance'), 'retrieveReport');
  assert.equal(methodNameByRule('createToken', 'auth'), 'createToken');
  assert.equal(sdkMethod({ operationId: 'getLiveness', tags: ['health'], 'x-sdk-method': 'liveness' }), 'liveness');
  assert.equal(sdkMethod({ operationId: 'getLiveness', tags: ['health'] }), 'retrieveLiveness');
  assert.equal(methodNameByRule('getStatus', 'status'), 'retrieve', 'one singular: `status` is not a plural');
  assert.equal(methodNameByRule('repos/get-content', 'repos'), 'retrieveContent');
  assert.equal(methodNameByRule('apps/get-webhook-config-for-app', 'apps'), 'retrieveWebhookConfigForApp', 'the noun after a preposition stays');
  assert.equal(methodNameByRule('pets.list', 'pet'), 'list', 'a namespace naming the resource (singular or plural) is dropped');
});

test('one singular and one identifier rule for names', () => {
  const cases = [['ApiKeys', 'ApiKey'], ['Policies', 'Policy'], ['Status', 'Status'], ['Access', 'Access'], ['Compliance', 'Compliance'], ['Metrics', 'Metric']];
  for (const [word, one] of cases) assert.equal(singular(word), one, word);
  assert.equal(singularClass, singular);
  const ids = [['apiKeys', 'apiKeys'], ['security-advisories', 'securityAdvisories'], ['Custom code samples', 'customCodeSamples'], ['API keys', 'apiKeys'], ['2fa', 'n2fa'], ['--', '']];
  for (const [name, id] of ids) assert.equal(camelIdentifier(name), id, name);
  assert.equal(resourceProperty('auditEvents'), 'auditEvents');
  assert.deepEqual(['class', 'default', 'import', 'delete', 'string', '--'].map(resourceProperty), ['classResource', 'defaultResource', 'importResource', 'deleteResource', 'stringResource', 'general'], 'no reserved word of Java, C#, Python or JavaScript');
  assert.equal(resourceClass('class'), 'ClassResource');
  assert.equal(resourceClass('security-advisories'), 'SecurityAdvisories');
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

test('a params type name the spec\'s own x-sdk-method makes twice, or a schema has, fails naming both', () => {
  const cases = [
    [{ paths: { '/job': { get: { operationId: 'listJob', tags: ['job'], 'x-sdk-method': 'list' } }, '/jobs': { get: { operationId: 'listJobs', tags: ['jobs'], 'x-sdk-method': 'list' } } } },
      "spec api.yaml: /paths/~1jobs/get params type name 'JobListParams' (from x-sdk-resource 'jobs' and x-sdk-method 'list') is already that of listJob; give one of them another x-sdk-method"],
    [{ paths: { '/jobs': { get: { operationId: 'listJobs', tags: ['jobs'], 'x-sdk-method': 'list' } } }, components: { schemas: { JobListParams: { type: 'object' } } } },
      "spec api.yaml: /paths/~1jobs/get params type name 'JobListParams' is already the name of the schema /components/schemas/JobListParams; give listJobs another x-sdk-method"],
  ];
  for (const [doc, message] of cases) assert.throws(() => addDerivedExtensions(doc, 'api.yaml'), { message });
});

test('a params type name by the rule that is taken becomes <resource><Pascal operationId>Params, then numbered', () => {
  const doc = {
    paths: {
      '/jobs': { get: { operationId: 'listJobs', tags: ['jobs'] } },
      '/job': { get: { operationId: 'listJob', tags: ['job'], 'x-sdk-method': 'list' } },
    },
    components: { schemas: { JobListJobsParams: { type: 'object' } } },
  };
  addDerivedExtensions(doc, 'api.yaml');
  assert.equal(doc.paths['/job'].get['x-sdk-params-name'], 'JobListParams', "the spec's own name wins although listJobs comes first");
  assert.equal(doc.paths['/jobs'].get['x-sdk-params-name'], 'JobListJobs2Params');
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

test('a path item that is a $ref becomes an operation of its own; a repeated operationId is numbered', () => {
  const doc = {
    paths: {
      '/source': { servers: [{ url: 'https://a' }], get: { operationId: 'getSource', tags: ['items'], 'x-sdk-method': 'source' } },
      '/alias': { $ref: '#/paths/~1source' },
      '/x': { get: { operationId: 'dup', tags: ['items'] } },
      '/y': { get: { operationId: 'dup', tags: ['items'] } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  const alias = doc.paths['/alias'].get;
  assert.equal(doc.paths['/alias'].$ref, undefined);
  assert.deepEqual(doc.paths['/alias'].servers, [{ url: 'https://a' }]);
  assert.notEqual(alias, doc.paths['/source'].get, 'a copy, not the same object');
  assert.deepEqual([alias.operationId, alias['x-sdk-method']], ['getSource2', 'retrieveSource2']);
  assert.equal(doc.paths['/source'].get['x-sdk-method'], 'source');
  assert.deepEqual([doc.paths['/x'].get.operationId, doc.paths['/y'].get.operationId], ['dup', 'dup2']);
  assert.notEqual(doc.paths['/x'].get['x-sdk-method'], doc.paths['/y'].get['x-sdk-method']);
});

test('a schema $ref to a schema outside components/schemas points at a component of its own', async () => {
  const { hoistReferencedSchemas } = await import('../../generators/lib/hoist-schemas.mjs');
  const body = (schema) => ({ requestBody: { content: { 'application/json': { schema } } }, responses: { 204: { description: 'ok' } } });
  const doc = {
    paths: {
      '/a': { post: body({ type: 'object', properties: { node: { type: 'object', properties: { next: { $ref: '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/node' } } }, alias: { $ref: '#/components/schemas/Node' } } }) },
      '/b': { post: body({ $ref: '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/node' }) },
      '/c': { post: body({ $ref: '#/paths/~1a/post/requestBody/content/application~1json/schema/properties/alias' }) },
    },
    components: { schemas: { Node: { type: 'string' } } },
  };
  assert.equal(hoistReferencedSchemas(doc), true);
  const schemaOf = (p) => doc.paths[p].post.requestBody.content['application/json'].schema;
  assert.deepEqual(schemaOf('/a').properties.node, { $ref: '#/components/schemas/Node2' }, 'its place refers to it (Node is taken)');
  assert.deepEqual(doc.components.schemas.Node2, { type: 'object', properties: { next: { $ref: '#/components/schemas/Node2' } } }, 'its own reference too');
  assert.deepEqual(schemaOf('/b'), { $ref: '#/components/schemas/Node2' });
  assert.deepEqual(schemaOf('/c'), { $ref: '#/components/schemas/Node' }, 'a reference to a reference to a component: the component');
  assert.equal(hoistReferencedSchemas(doc), false);
});

// x-sdk-param-name: a parameter whose name a flattened request-body field also has gets its
// location as prefix, in that operation only; the body field keeps its name.

const user = { type: 'object', properties: { id: { type: 'integer' }, username: { type: 'string' }, userStatus: { type: 'integer' } } };
const collide = () => ({
  components: {
    schemas: { User: user, Admin: { allOf: [{ $ref: '#/components/schemas/User' }, { type: 'object', properties: { level: { type: 'integer' } } }] } },
    parameters: { Id: { name: 'id', in: 'query', schema: { type: 'integer' } } },
    requestBodies: { User: { content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } } },
  },
  paths: {
    '/user/{username}': {
      parameters: [{ name: 'username', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'getUser' },
      put: { operationId: 'updateUser', parameters: [{ $ref: '#/components/parameters/Id' }], requestBody: { $ref: '#/components/requestBodies/User' } },
    },
    '/admins/{level}': {
      post: {
        operationId: 'createAdmin',
        parameters: [{ name: 'level', in: 'path', required: true, schema: { type: 'integer' } }, { name: 'user_status', in: 'header', schema: { type: 'string' } },
          { name: 'path_level', in: 'query', schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Admin' } } } },
      },
    },
    '/users': { get: { operationId: 'listUsers', parameters: [{ $ref: '#/components/parameters/Id' }] } },
    '/union/{id}': { post: { operationId: 'union', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/User' }] } } } } } },
  },
});

test('a parameter named like a flattened body field gets <in>_<snake name>, in that operation only', () => {
  const doc = collide();
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  const put = doc.paths['/user/{username}'].put;
  const names = Object.fromEntries(put.parameters.map((p) => [`${p.in} ${p.name}`, p['x-sdk-param-name']]));
  assert.deepEqual(names, { 'query id': 'query_id', 'path username': 'path_username' });
  // the path-level parameter and the component are left as they are: getUser and listUsers keep `username` and `id`
  assert.equal(doc.paths['/user/{username}'].parameters[0]['x-sdk-param-name'], undefined);
  assert.equal(doc.components.parameters.Id['x-sdk-param-name'], undefined);
  assert.deepEqual(doc.paths['/users'].get.parameters, [{ $ref: '#/components/parameters/Id' }]);
  // allOf fields count; names meet whatever their case and separators; a taken name is numbered
  const admin = Object.fromEntries(doc.paths['/admins/{level}'].post.parameters.map((p) => [`${p.in} ${p.name}`, p['x-sdk-param-name']]));
  assert.deepEqual(admin, { 'path level': 'path_level_2', 'header user_status': 'header_user_status', 'query path_level': undefined });
  // a oneOf body is passed whole (body=), so nothing collides
  assert.equal(doc.paths['/union/{id}'].post.parameters[0]['x-sdk-param-name'], undefined);
});

test('x-sdk-param-name is derived once: a second pass changes nothing', () => {
  const doc = collide();
  addDerivedExtensions(doc, 'api.yaml');
  const once = structuredClone(doc);
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), false);
  assert.deepEqual(doc, once);
});

test('renaming one path-level parameter copies them all to the operation, in order', () => {
  const doc = {
    components: { schemas: { Pet: { type: 'object', properties: { petId: { type: 'integer' }, name: { type: 'string' } } } } },
    paths: {
      '/owners/{ownerId}/pets/{pet_id}': {
        parameters: [{ name: 'ownerId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'pet_id', in: 'path', required: true, schema: { type: 'integer' } }],
        put: { operationId: 'updatePet', parameters: [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
      },
    },
  };
  addDerivedExtensions(doc, 'api.yaml');
  assert.deepEqual(doc.paths['/owners/{ownerId}/pets/{pet_id}'].put.parameters.map((p) => [p.name, p['x-sdk-param-name']]),
    [['dryRun', undefined], ['ownerId', undefined], ['pet_id', 'path_pet_id']]);
});

test('a POST operation with x-graphql-schema gets x-graphql; its event stream is the subscription, not an x-event-stream', () => {
  const result = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Result' } } } };
  const streamed = () => ({
    content: {
      'application/graphql-response+json': { schema: { $ref: '#/components/schemas/Result' } },
      'text/event-stream': { schema: { type: 'string' }, 'x-event-schema': { $ref: '#/components/schemas/Result' } },
    },
  });
  const doc = {
    paths: {
      '/graphql': {
        get: { operationId: 'graphqlGet', tags: ['graphql'], 'x-graphql-schema': 'schema.graphql', responses: { 200: result } },
        post: { operationId: 'graphqlPost', tags: ['graphql'], 'x-graphql-schema': 'schema.graphql', requestBody: { content: { 'application/json': {} } }, responses: { 200: streamed() } },
      },
      '/other/graphql': { post: { operationId: 'plain', tags: ['other'], 'x-graphql-schema': 'schema.graphql', requestBody: { content: { 'application/json': {} } }, responses: { 200: result } } },
    },
  };
  assert.equal(addDerivedExtensions(doc, 'api.yaml'), true);
  const post = doc.paths['/graphql'].post;
  assert.deepEqual(post['x-graphql'], { query: 'query', subscribe: 'subscribe', resultModel: 'Result' });
  assert.equal(post['x-event-stream'], undefined);
  assert.deepEqual(Object.keys(post.responses[200].content), ['application/graphql-response+json']);
  assert.equal(doc.paths['/graphql'].get['x-graphql'], undefined, 'GET is a plain call');
  assert.deepEqual(doc.paths['/other/graphql'].post['x-graphql'], { query: 'query', subscribe: null, resultModel: 'Result' });
});

test('x-graphql methods that another operation of the resource already has are refused, naming both', () => {
  const doc = {
    paths: {
      '/graphql': { post: { operationId: 'run', tags: ['graphql'], 'x-graphql-schema': 's.graphql', requestBody: { content: { 'application/json': {} } }, responses: {} } },
      '/search': { get: { operationId: 'search', tags: ['graphql'], 'x-sdk-method': 'query' } },
    },
  };
  assert.throws(() => addDerivedExtensions(doc, 'api.yaml'), /spec api\.yaml: \/paths\/~1graphql\/post\/x-graphql-schema the GraphQL method 'query' of resource 'graphql' is already the method of search/);
  const empty = { paths: { '/graphql': { post: { operationId: 'run', 'x-graphql-schema': '', responses: {} } } } };
  assert.throws(() => addDerivedExtensions(empty, 'api.yaml'), /\/paths\/~1graphql\/post\/x-graphql-schema must name the GraphQL schema file/);
});
