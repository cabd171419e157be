import { pollUntilTerminal, type WaitForOptions } from '../core/polling.js';
import { createBackup, getBackup } from '../generated/operations.js';
import { BackupsBase, type GetBackupResponse } from '../generated/resources/backups.js';
import type { LongRunningSpec } from '../internal/operation.js';

/**
 * Encrypted multi-cloud backups and backup policies: `client.backups`.
 *
 * @example
 * ```ts
 * const backup = await client.backups.create({ scope: ['templates'], destination: { provider: 'gcs', bucket: 'acme-backups' } });
 * const done = await client.backups.waitFor(backup.id);
 * ```
 */
export class Backups extends BackupsBase {
  /**
   * Polls `getBackup` until the backup is `completed` or `failed`, then returns it (R8.2).
   *
   * @param backupId - The backup's ID.
   * @param options - Poll interval, overall timeout and abort signal.
   * @example
   * ```ts
   * const backup = await client.backups.waitFor('bkp_01JD9A1B2C3D4E5F6G7H8J9K0M');
   * ```
   */
  waitFor(backupId: string, options?: WaitForOptions): Promise<GetBackupResponse> {
    return pollUntilTerminal(
      (requestOptions) => this._client.request<GetBackupResponse>(getBackup, { path: { backupId } }, requestOptions),
      createBackup.longRunning as LongRunningSpec,
      options,
    );
  }
}
