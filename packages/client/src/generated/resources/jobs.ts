// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { Stream } from '../../core/streaming.js';
import type { components, operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Request body of `createImageJob`. */
export type CreateImageJobBody = NonNullable<operations["createImageJob"]['requestBody']>['content']['application/json'];

/** Response body of `createImageJob` (HTTP 202). */
export type CreateImageJobResponse = operations["createImageJob"]['responses'][202]['content']['application/json'];

/** Request body of `createVideoJob`. */
export type CreateVideoJobBody = NonNullable<operations["createVideoJob"]['requestBody']>['content']['application/json'];

/** Response body of `createVideoJob` (HTTP 202). */
export type CreateVideoJobResponse = operations["createVideoJob"]['responses'][202]['content']['application/json'];

/** Query and header parameters of `listJobs`. */
export interface JobListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listJobs"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listJobs"]['parameters']['query']>["limit"];
  /** Only jobs in this status. */
  status?: NonNullable<operations["listJobs"]['parameters']['query']>["status"];
  /** Only jobs of this type. */
  type?: NonNullable<operations["listJobs"]['parameters']['query']>["type"];
}

/** Response body of `listJobs` (HTTP 200). */
export type ListJobsResponse = operations["listJobs"]['responses'][200]['content']['application/json'];

/** One item of a `listJobs` page. */
export type ListJobsItem = ListJobsResponse["data"][number];

/** Response body of `getJob` (HTTP 200). */
export type GetJobResponse = operations["getJob"]['responses'][200]['content']['application/json'];

/** Response body of `cancelJob` (HTTP 200). */
export type CancelJobResponse = operations["cancelJob"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `streamJobEvents`. */
export interface JobEventsParams {
  /** `Last-Event-ID` header: Resume after this event ID. */
  lastEventId?: NonNullable<operations["streamJobEvents"]['parameters']['header']>["Last-Event-ID"];
}

/** The `data` of one `streamJobEvents` server-sent event. */
export type StreamJobEventsEvent = components['schemas']["JobEvent"];

/**
 * Operations tagged `jobs`: AI image and video generation jobs, their progress and their event stream.
 * Generated base of the hand-written resource class; reach it as
 * `client.jobs`.
 */
export class JobsBase extends APIResource {
  /**
   * Generate images.
   *
   * Starts an image generation job. The job runs asynchronously: poll `getJob` (the `Location`
   * header) or follow `streamJobEvents` until its status is terminal.
   *
   * `POST /generate/image` (operation `createImageJob`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.jobs.createImage({
   *   prompt: "A lighthouse on a basalt cliff at dusk, volumetric fog, 35mm film",
   *   negativePrompt: "text, watermark",
   *   width: 1024,
   *   height: 768,
   *   style: "photographic",
   *   count: 2,
   *   seed: 421337,
   *   templateId: null
   * });
   * ```
   */
  createImage(body: CreateImageJobBody, options?: RequestOptions): APIPromise<CreateImageJobResponse> {
    return this._client.request<CreateImageJobResponse>(ops.createImageJob, { body }, options);
  }

  /**
   * Generate a video.
   *
   * Starts a video generation job, optionally animating a reference image. Poll `getJob` or follow
   * `streamJobEvents` until its status is terminal.
   *
   * `POST /generate/video` (operation `createVideoJob`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.jobs.createVideo({
   *   prompt: "Slow dolly shot through a rain-soaked neon market at night",
   *   durationSeconds: 8,
   *   fps: 24,
   *   resolution: "1080p",
   *   referenceAssetId: "ast_01JD8H1J3K5M7N9P1Q3R5S7T9V"
   * });
   * ```
   */
  createVideo(body: CreateVideoJobBody, options?: RequestOptions): APIPromise<CreateVideoJobResponse> {
    return this._client.request<CreateVideoJobResponse>(ops.createVideoJob, { body }, options);
  }

  /**
   * List jobs.
   *
   * Lists generation jobs, newest first, optionally filtered by status and type.
   *
   * `GET /jobs` (operation `listJobs`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.jobs.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: JobListParams, options?: RequestOptions): PagePromise<ListJobsItem> {
    return this._client.requestPage<ListJobsItem>(ops.listJobs, { params }, options);
  }

  /**
   * Get a job.
   *
   * Returns a job with its status, progress and, once it succeeded, its output assets.
   *
   * `GET /jobs/{jobId}` (operation `getJob`).
   * @param jobId - The job's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.jobs.retrieve('job_01JD8K2M4P6R8T0V2X4Z6B8D0F');
   * ```
   */
  retrieve(jobId: string, options?: RequestOptions): APIPromise<GetJobResponse> {
    return this._client.request<GetJobResponse>(ops.getJob, { path: { jobId } }, options);
  }

  /**
   * Cancel a job.
   *
   * Cancels a queued or running job. A job that already reached a terminal status answers 409.
   *
   * `POST /jobs/{jobId}/cancel` (operation `cancelJob`).
   * @param jobId - The job's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.jobs.cancel('job_01JD8K2M4P6R8T0V2X4Z6B8D0F');
   * ```
   */
  cancel(jobId: string, options?: RequestOptions): APIPromise<CancelJobResponse> {
    return this._client.request<CancelJobResponse>(ops.cancelJob, { path: { jobId } }, options);
  }

  /**
   * Stream job events.
   *
   * A server-sent events stream of the job's progress. Each event's `event` field is the event
   * name and its `data` is a JSON `JobEvent`. The stream ends after `job.completed` or
   * `job.failed`. Reconnect with `Last-Event-ID` to resume after the last event seen.
   *
   * `GET /jobs/{jobId}/events` (operation `streamJobEvents`).
   * @param jobId - The job's ID.
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const event of await client.jobs.events('job_01JD8K2M4P6R8T0V2X4Z6B8D0F')) {
   *   console.log(event.event, event.data);
   * }
   * ```
   */
  events(jobId: string, params?: JobEventsParams, options?: RequestOptions): APIPromise<Stream<StreamJobEventsEvent>> {
    return this._client.requestStream<StreamJobEventsEvent>(ops.streamJobEvents, { path: { jobId }, params }, options);
  }
}
