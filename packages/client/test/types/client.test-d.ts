import { describe, expectTypeOf, test } from 'vitest';
import {
  APIPromise,
  BinaryResponse,
  GraphqlSubscription,
  Page,
  PagePromise,
  SecureAIStudio,
  Stream,
  type BackupListPoliciesParams,
  type components,
  type GraphqlResult,
  type JobListParams,
  type ServerSentEvent,
  type TemplateListParams,
  type TemplateUpdateParams,
  type WithResponse,
} from '../../src/index.js';

type S = components['schemas'];
const client = new SecureAIStudio({ apiKey: 'k' });

describe('resource methods are typed from openapi.yaml', () => {
  test('retrieve returns the schema type, withResponse adds the raw response', () => {
    expectTypeOf(client.templates.retrieve('tpl_1')).toEqualTypeOf<APIPromise<S['Template']>>();
    expectTypeOf(client.templates.retrieve('tpl_1').withResponse()).resolves.toEqualTypeOf<WithResponse<S['Template']>>();
    expectTypeOf(client.jobs.retrieve).returns.resolves.toEqualTypeOf<S['Job']>();
  });

  test('list returns a PagePromise of the item type, iterable and awaitable', () => {
    expectTypeOf(client.templates.list()).toEqualTypeOf<PagePromise<S['Template']>>();
    expectTypeOf(client.templates.list()).resolves.toEqualTypeOf<Page<S['Template']>>();
    expectTypeOf(client.jobs.list({ status: 'running' })).toMatchTypeOf<AsyncIterable<S['Job']>>();
    // @ts-expect-error status is an enum in the spec
    void client.jobs.list({ status: 'exploded' });
  });

  test('params types are named <singular resource><Method>Params, as in every SDK', () => {
    expectTypeOf(client.templates.list).parameter(0).toEqualTypeOf<TemplateListParams | undefined>();
    expectTypeOf(client.templates.update).parameter(2).toEqualTypeOf<TemplateUpdateParams>();
    expectTypeOf(client.jobs.list).parameter(0).toEqualTypeOf<JobListParams | undefined>();
    expectTypeOf(client.backups.listPolicies).parameter(0).toEqualTypeOf<BackupListPoliciesParams | undefined>();
  });

  test('bodies and required header parameters are checked', () => {
    expectTypeOf(client.templates.update).parameter(1).toEqualTypeOf<S['TemplateUpdate']>();
    expectTypeOf(client.templates.update).parameter(2).toEqualTypeOf<{ ifMatch: string }>();
    // @ts-expect-error If-Match is required by the spec
    void client.templates.update('tpl_1', { name: 'x' });
    expectTypeOf(client.jobs.createImage).parameter(0).toEqualTypeOf<S['ImageJobRequest']>();
    expectTypeOf(client.auth.createToken).parameter(0).toEqualTypeOf<S['TokenRequest']>();
  });

  test('events, binary, multipart and empty responses', () => {
    expectTypeOf(client.jobs.events('job_1')).resolves.toEqualTypeOf<Stream<S['JobEvent']>>();
    expectTypeOf<Stream<S['JobEvent']>>().toMatchTypeOf<AsyncIterable<ServerSentEvent<S['JobEvent']>>>();
    expectTypeOf(client.assets.download('ast_1')).resolves.toEqualTypeOf<BinaryResponse>();
    expectTypeOf(client.assets.upload).parameter(0).toHaveProperty('file').toEqualTypeOf<Blob | Uint8Array | ArrayBuffer>();
    expectTypeOf(client.templates.delete('tpl_1', { ifMatch: '"v1"' })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.jobs.waitFor('job_1')).resolves.toEqualTypeOf<S['Job']>();
  });

  test('graphql.query and subscribe type data as the caller says, errors as the spec does', () => {
    type Me = { me: { id: string } };
    expectTypeOf(client.graphql.query<Me>('{ me { id } }')).toEqualTypeOf<APIPromise<GraphqlResult<Me>>>();
    expectTypeOf<GraphqlResult<Me>['data']>().toEqualTypeOf<Me | null | undefined>();
    expectTypeOf<GraphqlResult['errors']>().toEqualTypeOf<S['GraphqlResponse']['errors']>();
    expectTypeOf(client.graphql.subscribe<Me>('subscription { me { id } }')).resolves.toEqualTypeOf<GraphqlSubscription<GraphqlResult<Me>>>();
    expectTypeOf<GraphqlSubscription<GraphqlResult<Me>>>().toMatchTypeOf<AsyncIterable<GraphqlResult<Me>>>();
    // @ts-expect-error operationName is a string
    void client.graphql.query('{ me { id } }', undefined, { operationName: 1 });
  });
});
