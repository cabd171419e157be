import { pollUntilTerminal, type WaitForOptions } from '../core/polling.js';
import { createImageJob, getJob } from '../generated/operations.js';
import { JobsBase, type GetJobResponse } from '../generated/resources/jobs.js';
import type { LongRunningSpec } from '../internal/operation.js';

/**
 * Image and video generation jobs: `client.jobs`. Adds {@link Jobs.waitFor} to the generated
 * operations; `events(jobId)` streams progress as typed server-sent events.
 *
 * @example
 * ```ts
 * const job = await client.jobs.createImage({ prompt: 'A lighthouse at dusk, oil painting' });
 * for await (const ev of await client.jobs.events(job.id)) console.log(ev.event, ev.data.progress);
 * const done = await client.jobs.waitFor(job.id);
 * ```
 */
export class Jobs extends JobsBase {
  /**
   * Polls `getJob` with growing intervals until the job is `succeeded`, `failed` or `canceled`
   * (the `x-long-running` terminal states of `createImageJob`), then returns it (R8.2).
   *
   * @param jobId - The job's ID.
   * @param options - Poll interval, overall timeout and abort signal.
   * @throws {@link WaitTimeoutError} when the deadline passes first.
   * @example
   * ```ts
   * const job = await client.jobs.waitFor('job_01JD8K2M4P6R8T0V2X4Z6B8D0F', { timeout: 300_000 });
   * if (job.status === 'succeeded') console.log(job.outputAssetIds);
   * ```
   */
  waitFor(jobId: string, options?: WaitForOptions): Promise<GetJobResponse> {
    return pollUntilTerminal(
      (requestOptions) => this._client.request<GetJobResponse>(getJob, { path: { jobId } }, requestOptions),
      createImageJob.longRunning as LongRunningSpec,
      options,
    );
  }
}
