// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Request body of `assignUserRoles`. */
export type AssignUserRolesBody = NonNullable<operations["assignUserRoles"]['requestBody']>['content']['application/json'];

/** Response body of `assignUserRoles` (HTTP 200). */
export type AssignUserRolesResponse = operations["assignUserRoles"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `listRoles`. */
export interface RoleListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listRoles"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listRoles"]['parameters']['query']>["limit"];
}

/** Response body of `listRoles` (HTTP 200). */
export type ListRolesResponse = operations["listRoles"]['responses'][200]['content']['application/json'];

/** One item of a `listRoles` page. */
export type ListRolesItem = ListRolesResponse["data"][number];

/** Response body of `getRole` (HTTP 200). */
export type GetRoleResponse = operations["getRole"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `listPermissions`. */
export interface RoleListPermissionsParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listPermissions"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listPermissions"]['parameters']['query']>["limit"];
}

/** Response body of `listPermissions` (HTTP 200). */
export type ListPermissionsResponse = operations["listPermissions"]['responses'][200]['content']['application/json'];

/** One item of a `listPermissions` page. */
export type ListPermissionsItem = ListPermissionsResponse["data"][number];

/**
 * Operations tagged `roles`: Role-based access control, roles, their permissions and role assignment.
 * Generated base of the hand-written resource class; reach it as
 * `client.roles`.
 */
export class RolesBase extends APIResource {
  /**
   * Assign roles to a user.
   *
   * Replaces the set of roles a user holds. The user's effective permissions change at once.
   *
   * `PUT /users/{userId}/roles` (operation `assignUserRoles`).
   * @param userId - The user's ID.
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.roles.assign('usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K', {
   *   roleIds: [
   *     "rol_01JD6V9CRE4T0R000000000000",
   *     "rol_01JD6V9AUD1T0R000000000000"
   *   ]
   * });
   * ```
   */
  assign(userId: string, body: AssignUserRolesBody, options?: RequestOptions): APIPromise<AssignUserRolesResponse> {
    return this._client.request<AssignUserRolesResponse>(ops.assignUserRoles, { path: { userId }, body }, options);
  }

  /**
   * List roles.
   *
   * Lists the built-in and custom roles with their permissions.
   *
   * `GET /roles` (operation `listRoles`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.roles.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: RoleListParams, options?: RequestOptions): PagePromise<ListRolesItem> {
    return this._client.requestPage<ListRolesItem>(ops.listRoles, { params }, options);
  }

  /**
   * Get a role.
   *
   * Returns one role with its permissions.
   *
   * `GET /roles/{roleId}` (operation `getRole`).
   * @param roleId - The role's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.roles.retrieve('rol_01JD6V9CRE4T0R000000000000');
   * ```
   */
  retrieve(roleId: string, options?: RequestOptions): APIPromise<GetRoleResponse> {
    return this._client.request<GetRoleResponse>(ops.getRole, { path: { roleId } }, options);
  }

  /**
   * List permissions.
   *
   * Lists every permission a role can grant.
   *
   * `GET /permissions` (operation `listPermissions`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.roles.listPermissions()) {
   *   console.log(item);
   * }
   * ```
   */
  listPermissions(params?: RoleListPermissionsParams, options?: RequestOptions): PagePromise<ListPermissionsItem> {
    return this._client.requestPage<ListPermissionsItem>(ops.listPermissions, { params }, options);
  }
}
