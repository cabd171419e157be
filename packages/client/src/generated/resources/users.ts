// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listUsers`. */
export interface UserListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listUsers"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listUsers"]['parameters']['query']>["limit"];
  /** Only users in this status. */
  status?: NonNullable<operations["listUsers"]['parameters']['query']>["status"];
  /** Only users holding this role. */
  roleId?: NonNullable<operations["listUsers"]['parameters']['query']>["roleId"];
}

/** Response body of `listUsers` (HTTP 200). */
export type ListUsersResponse = operations["listUsers"]['responses'][200]['content']['application/json'];

/** One item of a `listUsers` page. */
export type ListUsersItem = ListUsersResponse["data"][number];

/** Request body of `inviteUser`. */
export type InviteUserBody = NonNullable<operations["inviteUser"]['requestBody']>['content']['application/json'];

/** Response body of `inviteUser` (HTTP 201). */
export type InviteUserResponse = operations["inviteUser"]['responses'][201]['content']['application/json'];

/** Response body of `getUser` (HTTP 200). */
export type GetUserResponse = operations["getUser"]['responses'][200]['content']['application/json'];

/** Request body of `updateUser`. */
export type UpdateUserBody = NonNullable<operations["updateUser"]['requestBody']>['content']['application/json'];

/** Response body of `updateUser` (HTTP 200). */
export type UpdateUserResponse = operations["updateUser"]['responses'][200]['content']['application/json'];

/** Response body of `deactivateUser` (HTTP 200). */
export type DeactivateUserResponse = operations["deactivateUser"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `users`: Members of the organisation (multi-user teams).
 * Generated base of the hand-written resource class; reach it as
 * `client.users`.
 */
export class UsersBase extends APIResource {
  /**
   * List users.
   *
   * Lists the organisation's users, optionally filtered by status or role.
   *
   * `GET /users` (operation `listUsers`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.users.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: UserListParams, options?: RequestOptions): PagePromise<ListUsersItem> {
    return this._client.requestPage<ListUsersItem>(ops.listUsers, { params }, options);
  }

  /**
   * Invite a user.
   *
   * Invites a user by email with an initial set of roles. The user is `invited` until they accept.
   *
   * `POST /users` (operation `inviteUser`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.users.invite({
   *   email: "grace@acme.example",
   *   displayName: "Grace Hopper",
   *   roleIds: [
   *     "rol_01JD6V9CRE4T0R000000000000"
   *   ]
   * });
   * ```
   */
  invite(body: InviteUserBody, options?: RequestOptions): APIPromise<InviteUserResponse> {
    return this._client.request<InviteUserResponse>(ops.inviteUser, { body }, options);
  }

  /**
   * Get a user.
   *
   * Returns one user.
   *
   * `GET /users/{userId}` (operation `getUser`).
   * @param userId - The user's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.users.retrieve('usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K');
   * ```
   */
  retrieve(userId: string, options?: RequestOptions): APIPromise<GetUserResponse> {
    return this._client.request<GetUserResponse>(ops.getUser, { path: { userId } }, options);
  }

  /**
   * Update a user.
   *
   * Changes a user's display name. Fields left out are unchanged.
   *
   * `PATCH /users/{userId}` (operation `updateUser`).
   * @param userId - The user's ID.
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.users.update('usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K', {
   *   displayName: "Ada King, Countess of Lovelace"
   * });
   * ```
   */
  update(userId: string, body: UpdateUserBody, options?: RequestOptions): APIPromise<UpdateUserResponse> {
    return this._client.request<UpdateUserResponse>(ops.updateUser, { path: { userId }, body }, options);
  }

  /**
   * Deactivate a user.
   *
   * Deactivates a user. Their sessions and tokens stop working at once; their work is kept.
   *
   * `POST /users/{userId}/deactivate` (operation `deactivateUser`).
   * @param userId - The user's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.users.deactivate('usr_01JD6W4N8R2Q5X7Z9B3C5E7G9K');
   * ```
   */
  deactivate(userId: string, options?: RequestOptions): APIPromise<DeactivateUserResponse> {
    return this._client.request<DeactivateUserResponse>(ops.deactivateUser, { path: { userId } }, options);
  }
}
