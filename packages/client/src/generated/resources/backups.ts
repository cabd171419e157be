// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listBackups`. */
export interface BackupListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listBackups"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listBackups"]['parameters']['query']>["limit"];
  /** Only backups in this status. */
  status?: NonNullable<operations["listBackups"]['parameters']['query']>["status"];
}

/** Response body of `listBackups` (HTTP 200). */
export type ListBackupsResponse = operations["listBackups"]['responses'][200]['content']['application/json'];

/** One item of a `listBackups` page. */
export type ListBackupsItem = ListBackupsResponse["data"][number];

/** Request body of `createBackup`. */
export type CreateBackupBody = NonNullable<operations["createBackup"]['requestBody']>['content']['application/json'];

/** Response body of `createBackup` (HTTP 202). */
export type CreateBackupResponse = operations["createBackup"]['responses'][202]['content']['application/json'];

/** Response body of `getBackup` (HTTP 200). */
export type GetBackupResponse = operations["getBackup"]['responses'][200]['content']['application/json'];

/** Request body of `restoreBackup`. */
export type RestoreBackupBody = NonNullable<operations["restoreBackup"]['requestBody']>['content']['application/json'];

/** Response body of `restoreBackup` (HTTP 202). */
export type RestoreBackupResponse = operations["restoreBackup"]['responses'][202]['content']['application/json'];

/** Query and header parameters of `listBackupPolicies`. */
export interface BackupListPoliciesParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listBackupPolicies"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listBackupPolicies"]['parameters']['query']>["limit"];
}

/** Response body of `listBackupPolicies` (HTTP 200). */
export type ListBackupPoliciesResponse = operations["listBackupPolicies"]['responses'][200]['content']['application/json'];

/** One item of a `listBackupPolicies` page. */
export type ListBackupPoliciesItem = ListBackupPoliciesResponse["data"][number];

/** Request body of `createBackupPolicy`. */
export type CreateBackupPolicyBody = NonNullable<operations["createBackupPolicy"]['requestBody']>['content']['application/json'];

/** Response body of `createBackupPolicy` (HTTP 201). */
export type CreateBackupPolicyResponse = operations["createBackupPolicy"]['responses'][201]['content']['application/json'];

/** Response body of `getBackupPolicy` (HTTP 200). */
export type GetBackupPolicyResponse = operations["getBackupPolicy"]['responses'][200]['content']['application/json'];

/** Request body of `updateBackupPolicy`. */
export type UpdateBackupPolicyBody = NonNullable<operations["updateBackupPolicy"]['requestBody']>['content']['application/json'];

/** Response body of `updateBackupPolicy` (HTTP 200). */
export type UpdateBackupPolicyResponse = operations["updateBackupPolicy"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `backups`: Encrypted backups to AWS S3, Azure Blob Storage or Google Cloud Storage, and backup policies.
 * Generated base of the hand-written resource class; reach it as
 * `client.backups`.
 */
export class BackupsBase extends APIResource {
  /**
   * List backups.
   *
   * Lists backups, newest first, optionally filtered by status.
   *
   * `GET /backups` (operation `listBackups`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.backups.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: BackupListParams, options?: RequestOptions): PagePromise<ListBackupsItem> {
    return this._client.requestPage<ListBackupsItem>(ops.listBackups, { params }, options);
  }

  /**
   * Create a backup.
   *
   * Starts an encrypted backup of the chosen resources to a cloud destination. Data is encrypted
   * with AES-256-GCM before it leaves the platform. Poll `getBackup` until it is terminal.
   *
   * `POST /backups` (operation `createBackup`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.create({
   *   destination: {
   *     provider: "azure_blob",
   *     storageAccount: "acmebackups",
   *     container: "studio",
   *     prefix: "manual/"
   *   },
   *   scope: [
   *     "templates",
   *     "assets"
   *   ],
   *   regions: [
   *     "westeurope",
   *     "northeurope"
   *   ],
   *   encryption: {
   *     algorithm: "AES-256-GCM",
   *     keySource: "platform_managed",
   *     kmsKeyId: null
   *   },
   *   description: "Before the Q4 template migration"
   * });
   * ```
   */
  create(body: CreateBackupBody, options?: RequestOptions): APIPromise<CreateBackupResponse> {
    return this._client.request<CreateBackupResponse>(ops.createBackup, { body }, options);
  }

  /**
   * Get a backup.
   *
   * Returns a backup with its status, size and checksum.
   *
   * `GET /backups/{backupId}` (operation `getBackup`).
   * @param backupId - The backup's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.retrieve('bkp_01JD9A1B2C3D4E5F6G7H8J9K0M');
   * ```
   */
  retrieve(backupId: string, options?: RequestOptions): APIPromise<GetBackupResponse> {
    return this._client.request<GetBackupResponse>(ops.getBackup, { path: { backupId } }, options);
  }

  /**
   * Restore a backup.
   *
   * Restores resources from a completed backup. With `dryRun` the restore only reports what it
   * would change. A backup that is not `completed` answers 409.
   *
   * `POST /backups/{backupId}/restore` (operation `restoreBackup`, sends an Idempotency-Key).
   * @param backupId - The backup's ID.
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.restore('bkp_01JD9A1B2C3D4E5F6G7H8J9K0M', {
   *   scope: [
   *     "templates"
   *   ],
   *   targetRegion: "eu-central-1",
   *   dryRun: false
   * });
   * ```
   */
  restore(backupId: string, body: RestoreBackupBody, options?: RequestOptions): APIPromise<RestoreBackupResponse> {
    return this._client.request<RestoreBackupResponse>(ops.restoreBackup, { path: { backupId }, body }, options);
  }

  /**
   * List backup policies.
   *
   * Lists the scheduled backup policies.
   *
   * `GET /backup-policies` (operation `listBackupPolicies`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.backups.listPolicies()) {
   *   console.log(item);
   * }
   * ```
   */
  listPolicies(params?: BackupListPoliciesParams, options?: RequestOptions): PagePromise<ListBackupPoliciesItem> {
    return this._client.requestPage<ListBackupPoliciesItem>(ops.listBackupPolicies, { params }, options);
  }

  /**
   * Create a backup policy.
   *
   * Schedules recurring backups. `schedule` is a five-field cron expression in UTC; `regions`
   * lists the regions every backup is replicated to (cross-region redundancy); backups older
   * than `retentionDays` are deleted.
   *
   * `POST /backup-policies` (operation `createBackupPolicy`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.createPolicy({
   *   name: "Nightly to S3",
   *   enabled: true,
   *   schedule: "0 2 * * *",
   *   retentionDays: 35,
   *   destination: {
   *     provider: "aws_s3",
   *     bucket: "acme-ai-backups",
   *     region: "eu-west-1",
   *     prefix: "studio/"
   *   },
   *   regions: [
   *     "eu-west-1",
   *     "eu-central-1"
   *   ],
   *   scope: [
   *     "templates",
   *     "assets",
   *     "audit_events"
   *   ],
   *   encryption: {
   *     algorithm: "AES-256-GCM",
   *     keySource: "customer_managed",
   *     kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
   *   }
   * });
   * ```
   */
  createPolicy(body: CreateBackupPolicyBody, options?: RequestOptions): APIPromise<CreateBackupPolicyResponse> {
    return this._client.request<CreateBackupPolicyResponse>(ops.createBackupPolicy, { body }, options);
  }

  /**
   * Get a backup policy.
   *
   * Returns one backup policy.
   *
   * `GET /backup-policies/{policyId}` (operation `getBackupPolicy`).
   * @param policyId - The backup policy's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.retrievePolicy('bpl_01JD9P0L1CY0000000000000AA');
   * ```
   */
  retrievePolicy(policyId: string, options?: RequestOptions): APIPromise<GetBackupPolicyResponse> {
    return this._client.request<GetBackupPolicyResponse>(ops.getBackupPolicy, { path: { policyId } }, options);
  }

  /**
   * Delete a backup policy.
   *
   * Deletes a backup policy. Backups it already made are kept until their retention ends.
   *
   * `DELETE /backup-policies/{policyId}` (operation `deleteBackupPolicy`).
   * @param policyId - The backup policy's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * await client.backups.deletePolicy('bpl_01JD9P0L1CY0000000000000AA');
   * ```
   */
  deletePolicy(policyId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(ops.deleteBackupPolicy, { path: { policyId } }, options);
  }

  /**
   * Update a backup policy.
   *
   * Changes a backup policy. Fields left out are unchanged; the next scheduled run uses the new settings.
   *
   * `PATCH /backup-policies/{policyId}` (operation `updateBackupPolicy`).
   * @param policyId - The backup policy's ID.
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.backups.updatePolicy('bpl_01JD9P0L1CY0000000000000AA', {
   *   enabled: false,
   *   retentionDays: 90
   * });
   * ```
   */
  updatePolicy(policyId: string, body: UpdateBackupPolicyBody, options?: RequestOptions): APIPromise<UpdateBackupPolicyResponse> {
    return this._client.request<UpdateBackupPolicyResponse>(ops.updateBackupPolicy, { path: { policyId }, body }, options);
  }
}
