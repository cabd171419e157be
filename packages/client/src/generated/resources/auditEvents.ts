// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listAuditEvents`. */
export interface AuditEventListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["limit"];
  /** Only events by this user or API key. */
  actorId?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["actorId"];
  /** Only events with this action, for example `template.update`. */
  action?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["action"];
  /** Only events on resources of this type. */
  resourceType?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["resourceType"];
  /** Only events on this resource. */
  resourceId?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["resourceId"];
  /** Only events at or after this time. */
  from?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["from"];
  /** Only events before this time. */
  to?: NonNullable<operations["listAuditEvents"]['parameters']['query']>["to"];
}

/** Response body of `listAuditEvents` (HTTP 200). */
export type ListAuditEventsResponse = operations["listAuditEvents"]['responses'][200]['content']['application/json'];

/** One item of a `listAuditEvents` page. */
export type ListAuditEventsItem = ListAuditEventsResponse["data"][number];

/** Response body of `getAuditEvent` (HTTP 200). */
export type GetAuditEventResponse = operations["getAuditEvent"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `auditEvents`: The tamper-evident audit trail of every change.
 * Generated base of the hand-written resource class; reach it as
 * `client.auditEvents`.
 */
export class AuditEventsBase extends APIResource {
  /**
   * List audit events.
   *
   * Lists audit events, newest first, filtered by actor, action, resource and time range.
   *
   * `GET /audit-events` (operation `listAuditEvents`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.auditEvents.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: AuditEventListParams, options?: RequestOptions): PagePromise<ListAuditEventsItem> {
    return this._client.requestPage<ListAuditEventsItem>(ops.listAuditEvents, { params }, options);
  }

  /**
   * Get an audit event.
   *
   * Returns one audit event.
   *
   * `GET /audit-events/{eventId}` (operation `getAuditEvent`).
   * @param eventId - The audit event's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.auditEvents.retrieve('evt_01JDA1B2C3D4E5F6G7H8J9K0M1');
   * ```
   */
  retrieve(eventId: string, options?: RequestOptions): APIPromise<GetAuditEventResponse> {
    return this._client.request<GetAuditEventResponse>(ops.getAuditEvent, { path: { eventId } }, options);
  }
}
