import { GraphqlBase } from '../generated/resources/graphql.js';

/**
 * The GraphQL endpoint: `client.graphql`.
 *
 * @example
 * ```ts
 * const { data, errors } = await client.graphql.execute({ query: '{ me { id } }' });
 * ```
 */
export class Graphql extends GraphqlBase {}
