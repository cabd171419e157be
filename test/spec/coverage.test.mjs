// openapi.yaml describes every resource the product promises, with the conventions it promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpecObject } from './helpers.mjs';

const spec = loadSpecObject();
const ops = new Map();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (op?.operationId) ops.set(op.operationId, { path, method, op, pathParams: item.parameters ?? [] });
  }
}
const ref = (name) => `#/components/schemas/${name}`;
const schemaOf = (id, status) => ops.get(id).op.responses[status].content['application/json'].schema.$ref;

test('every resource tag has its operations', () => {
  const expected = {
    auth: ['createToken', 'refreshToken', 'revokeToken', 'getCurrentPrincipal'],
    apiKeys: ['listApiKeys', 'createApiKey', 'getApiKey', 'revokeApiKey'],
    users: ['listUsers', 'inviteUser', 'getUser', 'updateUser', 'deactivateUser'],
    roles: ['listRoles', 'getRole', 'listPermissions', 'assignUserRoles'],
    jobs: ['createImageJob', 'createVideoJob', 'listJobs', 'getJob', 'cancelJob', 'streamJobEvents'],
    assets: ['getAsset', 'downloadAssetContent', 'uploadReferenceImage'],
    templates: ['listTemplates', 'createTemplate', 'getTemplate', 'updateTemplate', 'deleteTemplate'],
    backups: ['createBackup', 'listBackups', 'getBackup', 'restoreBackup', 'listBackupPolicies', 'createBackupPolicy',
      'getBackupPolicy', 'updateBackupPolicy', 'deleteBackupPolicy'],
    metrics: ['getSystemMetrics', 'getUsageMetrics'],
    auditEvents: ['listAuditEvents', 'getAuditEvent'],
    compliance: ['createComplianceReport', 'listComplianceReports', 'getComplianceReport'],
    graphql: ['executeGraphqlGet', 'executeGraphql'],
    health: ['getLiveness', 'getReadiness'],
  };
  for (const [tag, ids] of Object.entries(expected)) {
    for (const id of ids) {
      assert.ok(ops.has(id), `missing operation ${id}`);
      assert.deepEqual(ops.get(id).op.tags, [tag], `${id} should be tagged ${tag}`);
    }
  }
  assert.equal(ops.size, Object.values(expected).flat().length);
});

test('auth: password and client-credentials grants, bearer JWT and X-API-Key schemes', () => {
  const schemes = spec.components.securitySchemes;
  assert.equal(schemes.bearerAuth.scheme, 'bearer');
  assert.equal(schemes.bearerAuth.bearerFormat, 'JWT');
  assert.deepEqual([schemes.apiKeyAuth.in, schemes.apiKeyAuth.name], ['header', 'X-API-Key']);
  assert.deepEqual(Object.keys(spec.components.schemas.TokenRequest.discriminator.mapping), ['password', 'client_credentials']);
  for (const id of ['createToken', 'refreshToken', 'getLiveness', 'getReadiness']) assert.deepEqual(ops.get(id).op.security, [], id);
});

test('jobs: 202 with Location, polymorphic Job, SSE stream', () => {
  for (const id of ['createImageJob', 'createVideoJob']) {
    const { op, method, path } = ops.get(id);
    assert.equal(method, 'post');
    assert.ok(path.startsWith('/generate/'));
    assert.ok(op.responses['202'].headers.Location, `${id} 202 has Location`);
    assert.equal(op['x-long-running'].pollOperation, 'getJob');
  }
  assert.equal(spec.components.schemas.Job.discriminator.propertyName, 'type');
  assert.equal(spec.components.schemas.Job.oneOf.length, 2);
  const listJobs = ops.get('listJobs').op.parameters.map((p) => p.name);
  assert.ok(listJobs.includes('status') && listJobs.includes('type'));
  assert.ok(ops.get('streamJobEvents').op.responses['200'].content['text/event-stream']);
});

test('assets: binary download with Range and 206, multipart upload', () => {
  const { op } = ops.get('downloadAssetContent');
  assert.ok(op.parameters.some((p) => p.in === 'header' && p.name === 'Range'));
  assert.deepEqual(Object.keys(op.responses['200'].content), ['image/png', 'video/mp4']);
  assert.ok(op.responses['206'].headers['Content-Range']);
  assert.ok(ops.get('uploadReferenceImage').op.requestBody.content['multipart/form-data']);
});

test('templates: ETag on reads, required If-Match and 412 on update and delete', () => {
  assert.ok(ops.get('getTemplate').op.responses['200'].headers.ETag);
  for (const id of ['updateTemplate', 'deleteTemplate']) {
    const { op } = ops.get(id);
    assert.ok(op.parameters.some((p) => p.$ref === '#/components/parameters/IfMatch'), `${id} takes If-Match`);
    assert.ok(op.responses['412'], `${id} answers 412`);
  }
  assert.equal(spec.components.parameters.IfMatch.required, true);
});

test('backups: three destinations by discriminator, policies with cron, retention, regions, AES-256', () => {
  assert.deepEqual(Object.keys(spec.components.schemas.BackupDestination.discriminator.mapping), ['aws_s3', 'azure_blob', 'gcs']);
  const policy = spec.components.schemas.BackupPolicy.properties;
  for (const field of ['schedule', 'retentionDays', 'regions', 'encryption']) assert.ok(policy[field], field);
  assert.deepEqual(spec.components.schemas.EncryptionSettings.properties.algorithm.enum, ['AES-256-GCM']);
  assert.equal(ops.get('restoreBackup').method, 'post');
});

test('metrics, audit events, compliance, GraphQL', () => {
  const usage = ops.get('getUsageMetrics').op.parameters.map((p) => p.name);
  assert.deepEqual(usage, ['from', 'to', 'granularity']);
  const audit = ops.get('listAuditEvents').op.parameters.map((p) => p.name ?? p.$ref.split('/').pop());
  for (const filter of ['actorId', 'action', 'resourceType', 'resourceId', 'from', 'to']) assert.ok(audit.includes(filter), filter);
  assert.deepEqual(spec.components.schemas.ComplianceFramework.enum, ['soc2', 'iso27001', 'gdpr', 'hipaa']);
  assert.equal(ops.get('createComplianceReport').op['x-long-running'].pollOperation, 'getComplianceReport');
  assert.deepEqual(Object.keys(spec.components.schemas.GraphqlRequest.properties), ['query', 'variables', 'operationName']);
  assert.equal(schemaOf('executeGraphql', '200'), ref('GraphqlResponse'));
});

test('errors are RFC 9457 problems with code and requestId; 429 carries Retry-After', () => {
  const problem = spec.components.schemas.Problem;
  for (const field of ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors']) assert.ok(problem.properties[field], field);
  const tooMany = spec.components.responses.TooManyRequests;
  for (const h of ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id']) assert.ok(tooMany.headers[h], h);
  assert.ok(spec.components.responses.UnprocessableEntity.content['application/problem+json'].example.errors.length >= 1);
});

test('IDs are prefixed patterns and lists share one shape', () => {
  for (const [name, prefix] of [['JobId', 'job_'], ['TemplateId', 'tpl_'], ['UserId', 'usr_'], ['BackupId', 'bkp_']]) {
    assert.ok(spec.components.schemas[name].pattern.startsWith(`^${prefix}`), name);
  }
  const lists = [...ops.values()].filter(({ op }) => op['x-pagination']);
  assert.ok(lists.length >= 10, `${lists.length} paginated lists`);
});
