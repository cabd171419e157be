import { RolesBase } from '../generated/resources/roles.js';

/**
 * Roles, permissions and role assignment: `client.roles`.
 *
 * @example
 * ```ts
 * const roles = await client.roles.list();
 * ```
 */
export class Roles extends RolesBase {}
