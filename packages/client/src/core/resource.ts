import type { BaseClient } from './base-client.js';

/**
 * Base of every resource class: holds the client that sends the requests.
 *
 * @example
 * ```ts
 * const templates = new Templates(new BaseClient({ apiKey: 'sk_test' }));
 * ```
 */
export class APIResource {
  constructor(
    /** The client all calls of this resource go through. */
    protected readonly _client: BaseClient,
  ) {}
}
