// The repository's openapi.yaml for the GraphQL tests, parsed, with its spec folder (where
// x-graphql-schema points). Until the spec carries the GraphQL-over-HTTP operations
// (/tmp/requests/graphql-openapi.diff), the two things these tests need are added here: the SDL
// on the POST operation and the GET operation. Once the spec has them this adds nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { REPO_SPEC } from './helpers/mock.js';

export const SPEC_DIR = path.dirname(REPO_SPEC);

export function graphqlDocument() {
  const doc = yaml.load(readFileSync(REPO_SPEC, 'utf8'));
  const item = doc.paths['/graphql'];
  item.post['x-graphql-schema'] ??= 'graphql/schema.graphql';
  item.get ??= {
    operationId: 'executeGraphqlGet',
    'x-graphql-schema': 'graphql/schema.graphql',
    security: item.post.security,
    parameters: [
      { name: 'query', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 100000 } },
      { name: 'variables', in: 'query', schema: { type: 'string', maxLength: 100000 } },
      { name: 'operationName', in: 'query', schema: { type: 'string', maxLength: 256 } },
    ],
    responses: { 200: item.post.responses['200'], 400: item.post.responses['400'], 405: { description: 'A mutation over GET.' } },
  };
  return doc;
}
