import { createGraphqlMode } from './graphql-mode.js';

/**
 * Puts GraphQL (graphql-mode.js) in front of a mode's responder: operations with
 * `x-graphql-schema` are answered by it, every other one by `respond` unchanged. A spec without
 * such an operation gets `respond` itself back.
 * @returns {{respond: (ctx) => void, close: () => void}}
 */
export function withGraphql(respond, { spec, basePath, problemFor }) {
  const mode = createGraphqlMode({ spec, basePath, problemFor });
  if (mode === null) return { respond, close() {} };
  return { respond: mode.wrap(respond), close: () => mode.close() };
}
