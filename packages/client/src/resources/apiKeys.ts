import { ApiKeysBase } from '../generated/resources/apiKeys.js';

/**
 * Service API keys: `client.apiKeys`.
 *
 * @example
 * ```ts
 * const { secret } = await client.apiKeys.create({ name: 'ci-pipeline' });
 * ```
 */
export class ApiKeys extends ApiKeysBase {}
