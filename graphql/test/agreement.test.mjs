// The SDL agrees with openapi.yaml, and the check catches each kind of disagreement: every case
// below breaks the real SDL (or the spec) in one place and names the problem it must report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadSpec } from '../../scripts/spec-check/load.mjs';
import { argName, checkAgreement } from '../check/agreement.mjs';

const root = new URL('../../', import.meta.url);
const SDL = readFileSync(new URL('graphql/schema.graphql', root), 'utf8');
const spec = await loadSpec(new URL('openapi.yaml', root).pathname);

function edit(text, from, to) {
  assert.ok(text.includes(from), `the SDL no longer contains ${JSON.stringify(from)}; update this test`);
  return text.replace(from, to);
}

const messages = (sdl, doc = spec) => checkAgreement(sdl, doc).problems.map((p) => `${p.coordinate}: ${p.message}`);

test('graphql/schema.graphql agrees with openapi.yaml', () => {
  const { problems, counts } = checkAgreement(SDL, spec);
  assert.deepEqual(problems, []);
  assert.ok(counts.queries >= 20 && counts.mutations >= 14 && counts.subscriptions === 1, JSON.stringify(counts));
});

const cases = [
  ['an enum value REST does not have', ['  canceled\n}', '  cancelled\n}'], /^JobStatus: enum JobStatus lacks REST's canceled$/],
  ['a field REST does not have', ['  prompt: String!\n  tags: [String!]!', '  prompt: String!\n  promptText: String\n  tags: [String!]!'], /^Template\.promptText: Template has no property 'promptText'/],
  ['a type REST does not have', ['type JobFailure {', 'type JobError {\n  code: String!\n}\n\ntype JobFailure {'], /^JobError: openapi.yaml has no object schema components\/schemas\/JobError$/],
  ['a nullable field REST always sends', ['  builtIn: Boolean!', '  builtIn: Boolean'], /^Role\.builtIn: is Boolean but REST always has it/],
  ['a non-null field REST may send as null', ['  lastLoginAt: DateTime\n', '  lastLoginAt: DateTime!\n'], /^User\.lastLoginAt: is DateTime! but REST allows null/],
  ['a 32-bit Int for an int64', ['  sizeBytes: Long!', '  sizeBytes: Int!'], /^Asset\.sizeBytes: is Int but REST has integer \(int64\): use Long$/],
  ['a String for a date-time', ['  capturedAt: DateTime!', '  capturedAt: String!'], /^SystemMetrics\.capturedAt: is String but REST has string \(date-time\): use DateTime$/],
  ['a String where REST has a representable enum', ['  visibility: TemplateVisibility!\n  version', '  visibility: String!\n  version'], /^Template\.visibility: is String but REST has the enum \[private, team\]/],
  ['an enum where REST values are no GraphQL names', ['  event: String!', '  event: JobType!'], /^JobEvent\.event: is JobType but REST's enum \[job\.status, .*must be String$/],
  ['a single value where REST has a list', ['  roleIds: [ID!]!\n  createdAt', '  roleIds: ID!\n  createdAt'], /^User\.roleIds: is ID but REST has an array$/],
  ['a wrong object type', ['  actor: AuditActor!', '  actor: AuditResource!'], /^AuditEvent\.actor: is AuditResource but REST has AuditActor/],
  ['a discriminator enum that misses a branch', ['enum BackupProvider {\n  aws_s3\n  azure_blob\n  gcs\n}', 'enum BackupProvider {\n  aws_s3\n  azure_blob\n}'], /^AwsS3Destination\.provider: enum BackupProvider lacks REST's gcs$/],
  ['an interface field the branches disagree on', ['interface Job {\n  id: ID!', 'interface Job {\n  params: ImageJobRequest!\n  id: ID!'], /^Job\.params: the branches of Job give 'params' different schemas/],
  ['an interface field that only one branch has', ['interface BackupDestination {\n', 'interface BackupDestination {\n  bucket: String\n'], /^BackupDestination\.bucket: not every branch of BackupDestination has 'bucket'/],
  ['an output type without a field REST requires', ['type JobFailure {\n  code: String!\n  message: String!\n}', 'type JobFailure {\n  code: String!\n}'], /^JobFailure: lacks 'message', which REST's JobFailure requires$/],
  ['an input type field REST requires as optional', ['input RoleAssignmentInput {\n  roleIds: [ID!]!', 'input RoleAssignmentInput {\n  roleIds: [ID!]'], /^RoleAssignmentInput\.roleIds: is \[ID!\] but REST always has it/],
  ['an unknown REST operation', ['@rest(operation: "getAsset")', '@rest(operation: "getAssets")'], /^Query\.asset: @rest names 'getAssets', which is no operationId/],
  ['a root field without @rest', [' @rest(operation: "getRole")', ''], /^Query\.role: has no @rest/],
  ['a query running a POST', ['@rest(operation: "getTemplate")', '@rest(operation: "createTemplate")'], /^Query\.template: a query must run a GET operation, but createTemplate is POST$/],
  ['an argument that is no parameter', ['roles(cursor: String, limit: Int)', 'roles(cursor: String, limit: Int, page: Int)'], /^Query\.roles: argument 'page' is no parameter of listRoles$/],
  ['a missing query parameter', ['backups(cursor: String, limit: Int, status: BackupStatus)', 'backups(cursor: String, limit: Int)'], /^Query\.backups: lacks the argument 'status' for listBackups's query parameter status$/],
  ['a required header left out', ['input: TemplateUpdateInput!, ifMatch: String!)', 'input: TemplateUpdateInput!)'], /^Mutation\.updateTemplate: lacks the argument 'ifMatch' for updateTemplate's header parameter If-Match$/],
  ['a wrong result type', ['cancelJob(jobId: ID!): Job', 'cancelJob(jobId: ID!): ImageJob'], /^Mutation\.cancelJob: returns ImageJob but cancelJob answers Job$/],
  ['a non-null root field', ['  systemMetrics: SystemMetrics @rest', '  systemMetrics: SystemMetrics! @rest'], /^Query\.systemMetrics: returns SystemMetrics!; root fields are nullable/],
  ['a wrong input type', ['createTemplate(input: TemplateCreateInput!', 'createTemplate(input: TemplateUpdateInput!'], /^Mutation\.createTemplate: argument input is TemplateUpdateInput but REST has TemplateCreate/],
  ['a subscription result that is not the event schema', ['jobEvents(jobId: ID!): JobEvent', 'jobEvents(jobId: ID!): Job'], /^Subscription\.jobEvents: returns Job but streamJobEvents answers JobEvent$/],
];

for (const [name, [from, to], expected] of cases) {
  test(`the check reports ${name}`, () => {
    const found = messages(edit(SDL, from, to));
    assert.ok(found.some((m) => expected.test(m)), `expected ${expected}, got:\n${found.join('\n')}`);
  });
}

test('a problem names the SDL line of the field', () => {
  const broken = edit(SDL, '  builtIn: Boolean!', '  builtIn: Boolean');
  const line = broken.split('\n').findIndex((l) => l === '  builtIn: Boolean') + 1;
  const [problem] = checkAgreement(broken, spec, { sdlFile: 'x.graphql' }).problems;
  assert.equal(problem.at, `x.graphql:${line}`);
  assert.equal(problem.coordinate, 'Role.builtIn');
});

test('a change on the REST side is caught too', () => {
  const changed = structuredClone(spec);
  changed.components.schemas.BackupStatus.enum.push('expired');
  const found = messages(SDL, changed);
  assert.ok(found.includes("BackupStatus: enum BackupStatus lacks REST's expired"), found.join('\n'));
});

test('an SDL that does not build is one problem, with its position when GraphQL gives one', () => {
  const unknown = checkAgreement('type Query { jobs: Nope }', spec, { sdlFile: 'bad.graphql' }).problems;
  assert.equal(unknown.length, 1);
  assert.match(unknown[0].message, /not a valid GraphQL schema: Unknown type "Nope"/);
  const syntax = checkAgreement('type Query {\n  jobs:\n}', spec, { sdlFile: 'bad.graphql' }).problems;
  assert.equal(syntax.length, 1);
  assert.equal(syntax[0].at, 'bad.graphql:3:1');
  assert.match(syntax[0].message, /Syntax Error/);
});

test('header parameters become camelCase argument names', () => {
  assert.equal(argName('Idempotency-Key'), 'idempotencyKey');
  assert.equal(argName('If-Match'), 'ifMatch');
  assert.equal(argName('Last-Event-ID'), 'lastEventId');
  assert.equal(argName('jobId'), 'jobId');
});
