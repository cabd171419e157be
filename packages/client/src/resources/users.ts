import { UsersBase } from '../generated/resources/users.js';

/**
 * Organisation members: `client.users`.
 *
 * @example
 * ```ts
 * for await (const user of client.users.list({ status: 'active' })) console.log(user.email);
 * ```
 */
export class Users extends UsersBase {}
