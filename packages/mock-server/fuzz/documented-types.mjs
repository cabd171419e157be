import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The media types the spec documents for each operation's statuses, keyed as schemathesis labels
 * its scenarios (`GET /graphql`): `(label, status) => Set`. A 4xx is judged against them, so an
 * answer the spec documents in another type than problem+json (GraphQL request errors,
 * `application/graphql-response+json` or JSON) is not a rejection without a problem.
 */
export function documentedTypes(specFile) {
  const doc = yaml.load(readFileSync(specFile, 'utf8'));
  const resolve = (node) => (typeof node?.$ref === 'string' ? node.$ref.slice(2).split('/').reduce((n, k) => n?.[k], doc) : node);
  const table = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        table.set(`${method.toUpperCase()} ${path} ${status}`, new Set(Object.keys(resolve(response)?.content ?? {})));
      }
    }
  }
  return (label, status) => table.get(`${label} ${status}`) ?? new Set();
}
