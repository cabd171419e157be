// The operation table of the JavaScript SDK, read from the SDK itself: src/operations.js is
// generated with it and says, for each operationId, its resource and method on the client
// (`client.templates.list`) and where each wire parameter goes in the call
// `method(...pathParams, body?, params?, options?)`. So adding a contract or an operation needs
// no driver code.
import * as sdk from '../../../sdks/javascript/src/index.js';
import { OPERATIONS } from '../../../sdks/javascript/src/operations.js';

/**
 * @typedef {{id: string, resource: string, method: string, waiter: string|null,
 *   graphql: {query: string, subscribe: string|null}|null, paged: boolean,
 *   path: string[], params: {query: Map<string, string>, header: Map<string, string>, form: Map<string, string>},
 *   body: boolean, idempotencyHeader: boolean}} Operation
 *   path: the path parameters' wire names in argument order; params: wire name → the key the
 *   call takes (query and form by wire name, headers in camelCase); graphql: the GraphQL
 *   methods (x-graphql) the operation's resource has beside it
 */

function describe(id, entry) {
  const of = (where) => entry.params.filter((p) => p.in === where);
  const isKey = (p) => p.wire.toLowerCase() === 'idempotency-key';
  return {
    id,
    resource: entry.resource,
    method: entry.method,
    waiter: entry.waiter,
    graphql: entry.graphql ?? null,
    paged: entry.paged,
    path: of('path').map((p) => p.wire),
    params: {
      query: new Map(of('query').map((p) => [p.wire, p.wire])),
      header: new Map(of('header').filter((p) => !isKey(p)).map((p) => [p.wire, p.name])),
      form: new Map(of('form').map((p) => [p.wire, p.wire])),
    },
    body: of('body').length > 0,
    idempotencyHeader: of('header').some(isKey),
  };
}

let table;
/** operationId → Operation, for every operation of the SDK's client. */
export function operations() {
  table ??= new Map(Object.entries(OPERATIONS).map(([id, entry]) => [id, describe(id, entry)]));
  return table;
}

export { sdk };
